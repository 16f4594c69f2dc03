// The challenger's doctrine: a stance (a handful of dials) turned into a turn's orders from the public
// state. The easy AI plays one stance; the others search among stances by looking ahead with them.
import type { Scenario } from '../../scenario/schema.ts';
import {
  type ChallengerPolicy,
  cloneData,
  costs,
  type GameState,
  indexScenario,
  own,
  setOwn,
  severity,
  type TalkItem,
} from '../../sim/index.ts';
import { orderWriter } from './orderWriter.ts';
import { proposalOrders } from './proposal.ts';

export interface ChallengerStance {
  research: number; // R&D level on the technologies in focus
  spread: number; // 0–1: share of the technologies in focus, the most promising first
  home: number; // share of home demand its lines should be able to serve
  eager: boolean; // build toward `home` at once, before buyers ask (a hedge against bans)
  abroad: number; // extra capacity for exports, over foreign demand, once designed in abroad
  procurement: number; // domestic preference once the product is usable
  ecosystem: number; // certification and standards work once the product is reliable enough
  exportDrive: number; // export subsidy once foreign customers have designed it in
  driveAt: number; // chain from which the export drive starts
  stockpile: boolean; // buy imports ahead when a shortage threatens the industries
  retaliate: number; // market access answered to bans and listings (0 = never retaliate)
  squeeze: number; // home share (weighted) from which the market is restricted unprovoked (0 = never)
  spend: number; // share of last turn's income committed to running costs; the rest builds lines
  talks: boolean; // offer purchase commitments at the table
}

/** Capability from which domestic buyers can use the product at all (the rules' USABLE is 15). */
const PROCURE_FROM = 25;

interface TechView {
  i: number;
  id: string;
  priority: number; // market weight over the distance still to climb
  ready: boolean; // at or above the reliability threshold
}

function techViews(scenario: Scenario, s: GameState): TechView[] {
  const { weight } = indexScenario(scenario);
  return scenario.technologies
    .map((def, i) => {
      const t = s.techs[i]!;
      const gap = Math.max(0, def.reliabilityThreshold - t.challenger.capability);
      return {
        i,
        id: def.id,
        priority: weight[i]! / (1 + (gap * def.difficulty) / 60),
        ready: t.challenger.capability >= def.reliabilityThreshold,
      };
    })
    .sort((a, b) => b.priority - a.priority || a.i - b.i);
}

/** The running settings the stance wants, trimmed to what its spending share of income allows. */
export function wantedChallengerPolicy(
  scenario: Scenario,
  s: GameState,
  stance: ChallengerStance,
): ChallengerPolicy {
  const views = techViews(scenario, s);
  const inFocus = Math.max(1, Math.ceil(stance.spread * views.length - 1e-9));
  const policy = cloneData(s.challenger.policy);
  const escalated =
    Object.values(s.holder.policy.control).some((c) => severity(c) >= 3) ||
    s.holder.policy.entityList.length > 0;
  // When the running costs exceed the stance's spending, levels are cut one at a time in this order,
  // round after round: unfocused research first, then export drive and ecosystem, the focus last.
  const trim: { kind: 'research' | 'ecosystem' | 'exportDrive'; id: string }[] = [];
  views.forEach((v, rank) => {
    const def = scenario.technologies[v.i]!;
    const t = s.techs[v.i]!;
    const atFrontier = t.challenger.capability >= t.holder.capability - 1;
    const focused = rank < inFocus;
    setOwn(
      policy.research,
      v.id,
      atFrontier
        ? Math.min(1, stance.research)
        : focused
          ? stance.research
          : Math.max(0, stance.research - 2),
    );
    setOwn(
      policy.ecosystem,
      v.id,
      v.ready || t.challenger.capability >= def.reliabilityThreshold - 1 ? stance.ecosystem : 0,
    );
    setOwn(
      policy.exportDrive,
      v.id,
      t.challenger.chain >= stance.driveAt && v.ready ? stance.exportDrive : 0,
    );
    const usable = t.challenger.capability >= PROCURE_FROM;
    const current = own(s.challenger.policy.procurement, v.id) ?? 0;
    // Preference is raised one level a turn (each costs capital), and never lowered: that is wasted capital.
    setOwn(policy.procurement, v.id, usable && current < stance.procurement ? current + 1 : current);
    if (!focused) trim.push({ kind: 'research', id: v.id });
  });
  for (const v of [...views].reverse()) trim.push({ kind: 'exportDrive', id: v.id });
  for (const v of [...views].reverse()) trim.push({ kind: 'ecosystem', id: v.id });
  for (const v of [...views].reverse().slice(0, views.length - 1)) trim.push({ kind: 'research', id: v.id });
  // Retaliation answers escalation and is withdrawn when the holder backs down; a squeeze needs no
  // excuse once domestic firms can serve the market, and bleeds the holder's firms and their chain.
  const { weight } = indexScenario(scenario);
  const home = s.techs.reduce((sum, t, i) => sum + weight[i]! * t.domestic.challenger, 0);
  const squeezing = stance.squeeze > 0 && home >= stance.squeeze;
  policy.marketAccess =
    escalated || squeezing
      ? Math.max(s.challenger.policy.marketAccess, Math.max(stance.retaliate, squeezing ? 2 : 0))
      : 0;

  const limit = stance.spend * Math.max(s.challenger.income, 1);
  let k = 0;
  while (costs.challengerUpkeep(scenario, policy).total > limit && k < trim.length * 3) {
    const item = trim[k % trim.length]!;
    const dial = policy[item.kind];
    const level = own(dial, item.id) ?? 0;
    if (level > 0) setOwn(dial, item.id, level - 1);
    k++;
  }
  return policy;
}

export function challengerOrders(scenario: Scenario, s: GameState, stance: ChallengerStance) {
  const want = wantedChallengerPolicy(scenario, s, stance);
  const upkeep = costs.challengerUpkeep(scenario, want);
  const writer = orderWriter(scenario, s, 'challenger', {
    money: s.challenger.money - upkeep.total,
    capital: s.challenger.capital - upkeep.capital,
  });
  const have = s.challenger.policy;
  const dials = ['research', 'ecosystem', 'exportDrive', 'procurement'] as const;
  const type = {
    research: 'setResearch',
    ecosystem: 'setEcosystem',
    exportDrive: 'setExportDrive',
    procurement: 'setProcurement',
  } as const;
  // Cuts first, so that the money they free can pay for the raises.
  for (const pass of ['down', 'up'] as const) {
    for (const dial of dials) {
      for (const def of scenario.technologies) {
        const from = own(have[dial], def.id) ?? 0;
        const to = own(want[dial], def.id) ?? 0;
        if (pass === 'down' ? to < from : to > from)
          writer.add({ type: type[dial], tech: def.id, level: to });
      }
    }
  }
  if (want.marketAccess !== have.marketAccess)
    writer.add({ type: 'setMarketAccess', level: want.marketAccess });

  // Lines: where the product sells up to what the lines can make, or buyers go short, build more.
  for (const v of techViews(scenario, s)) {
    const def = scenario.technologies[v.i]!;
    const t = s.techs[v.i]!;
    const c = t.challenger;
    if (c.capability < PROCURE_FROM) continue;
    const planned = c.capacity + c.pipeline.reduce((sum, l) => sum + l.units, 0);
    const sold = t.domestic.challenger * t.demand.domestic;
    const bound = sold >= 0.85 * c.capacity;
    let need =
      t.demand.domestic * Math.min(stance.home, t.domestic.challenger + t.shortage + (bound ? 0.12 : 0));
    if (c.chain > 0 && v.ready) need += t.demand.foreign * stance.abroad;
    const affordable = Math.floor(writer.purse.money / def.lineCost + 1e-9);
    const lines = Math.min(costs.MAX_LINES, affordable, Math.ceil((need - planned) / def.lineCapacity));
    if (lines >= 1) writer.add({ type: 'buildLine', tech: def.id, lines });
  }

  if (stance.stockpile && s.challenger.industryIndex < scenario.endings.crisis.depth + 0.08) {
    for (const v of techViews(scenario, s)) {
      const t = s.techs[v.i]!;
      if (t.shortage > 0.05 && t.challenger.stockpile < t.demand.domestic)
        writer.add({ type: 'stockpile', tech: v.id, quarters: 1 });
    }
  }

  if (stance.talks && s.talks.open) {
    for (const offer of proposalOrders(scenario, s, 'challenger')) writer.add(offer);
  }
  return writer.finish();
}

/** What the challenger gives at the table: buying where it still depends on imports costs it least. */
export function challengerOffer(scenario: Scenario, s: GameState): TalkItem[] {
  const controlled = scenario.technologies.filter(
    (d) => severity(own(s.holder.policy.control, d.id) ?? 'open') > 0,
  );
  if (controlled.length === 0 && s.holder.policy.entityList.length === 0) return [];
  let best: string | null = null;
  let lowest = Number.POSITIVE_INFINITY;
  scenario.technologies.forEach((def, i) => {
    const t = s.techs[i]!;
    const standing = t.challenger.capability / def.reliabilityThreshold;
    if ((own(s.challenger.policy.procurement, def.id) ?? 0) <= 1 && standing < lowest) {
      lowest = standing;
      best = def.id;
    }
  });
  const gives: TalkItem[] = [];
  if (best) gives.push({ kind: 'purchase', tech: best });
  if (s.challenger.policy.marketAccess > 0) gives.push({ kind: 'openMarket' });
  return gives;
}
