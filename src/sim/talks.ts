// Negotiation. Each side puts on the table what it will give. Leverage, computed from the state, sets the
// fair rate of exchange; a seeded draw sets how far from fair each side will still accept. A challenger
// that has pulled technologies home needs to give less for the same concession ("谈判自然有底气").
import type { Scenario } from '../scenario/schema.ts';
import { own, setOwn } from './byId.ts';
import { TENSION_PER_STEP } from './escalation.ts';
import { clamp } from './numbers.ts';
import type { Leverage, TalksReport } from './report.ts';
import { indexScenario } from './scenarioIndex.ts';
import type { Deal, GameState, TalkItem } from './state.ts';
import type { TurnContext } from './turn.ts';
import { CONTROL_LEVELS, severity } from './vocabulary.ts';

export function leverage(scenario: Scenario, s: GameState): Leverage {
  const { weight } = indexScenario(scenario);
  let selfReliance = 0;
  let chokepoints = 0;
  let holderChain = 0;
  let fromChallenger = 0;
  let revenue = 0;
  s.techs.forEach((t, i) => {
    const w = weight[i]!;
    const parity = clamp(t.challenger.capability / Math.max(1, t.holder.capability), 0, 1);
    selfReliance += w * (0.5 * t.domestic.challenger + 0.5 * parity);
    chokepoints +=
      w * t.domestic.holder * (1 - parity) + w * (1 - t.domestic.challenger) * (1 - parity) * 0.5;
    holderChain += w * (t.holder.chain / 100);
    const price = scenario.technologies[i]!.price;
    fromChallenger += price * t.domestic.holder * t.demand.domestic;
    revenue += price * (t.domestic.holder * t.demand.domestic + t.foreign.holder * t.demand.foreign);
  });
  const dependence = revenue > 0 ? fromChallenger / revenue : 0;
  const resolve = s.challenger.resolve / 100;
  const allies = s.holder.policy.allies / 3;
  const challenger = 100 * (0.55 * selfReliance + 0.3 * dependence + 0.15 * resolve);
  const holder = 100 * (0.6 * clamp(chokepoints, 0, 1) + 0.25 * holderChain + 0.15 * allies);
  const total = challenger + holder;
  return {
    holder,
    challenger,
    balance: total > 0 ? challenger / total : 0.5,
    parts: { selfReliance, dependence, resolve, chokepoints, holderChain, allies },
  };
}

/** How much an item is worth at the table: concessions on big markets and severe controls weigh more. */
export function itemValue(scenario: Scenario, s: GameState, item: TalkItem): number {
  const { weight, techIndex } = indexScenario(scenario);
  const w = (tech: string) => weight[techIndex.get(tech) ?? 0] ?? 0;
  switch (item.kind) {
    case 'loosen':
      return (1 + severity(own(s.holder.policy.control, item.tech) ?? 'open')) * (0.5 + 2 * w(item.tech));
    case 'purchase':
      return 2 * (0.5 + 2 * w(item.tech));
    case 'delist':
      return 3;
    case 'pause':
      return 2;
    case 'openMarket':
      return 2.5 * s.challenger.policy.marketAccess;
  }
}

/** What the challenger should give per unit of value the holder gives, at this balance of leverage. */
export const fairRatio = (balance: number): number => {
  const b = clamp(balance, 0.05, 0.95);
  return (1 - b) / b;
};

export function runTalks(
  ctx: TurnContext,
  offers: { holder: TalkItem[] | null; challenger: TalkItem[] | null },
): void {
  const { s, scenario } = ctx;
  if (!s.talks.open) return;
  const u = ctx.dice.talks.next(); // one draw per round, offers or not
  const lev = leverage(scenario, s);
  const holderGives = offers.holder ?? [];
  const challengerGives = offers.challenger ?? [];
  const value = (items: TalkItem[]) => items.reduce((sum, i) => sum + itemValue(scenario, s, i), 0);
  const vH = value(holderGives);
  const vC = value(challengerGives);
  const fair = fairRatio(lev.balance);
  const tolerance = 0.3 + 0.4 * u;
  let outcome: TalksReport['outcome'];
  if (vH <= 0 || vC <= 0) outcome = 'no-offers';
  else if (vC / vH < fair / (1 + tolerance)) outcome = 'holder-rejected';
  else if (vC / vH > fair * (1 + tolerance)) outcome = 'challenger-rejected';
  else outcome = 'deal';
  let deal: Deal | null = null;
  if (outcome === 'deal') {
    deal = { holderGives, challengerGives, from: s.turn, until: s.turn + scenario.negotiation.dealTurns }; // binds the next dealTurns turns
    applyDeal(ctx, deal);
  }
  ctx.report.talks = {
    leverage: lev,
    offers: { holder: holderGives, challenger: challengerGives },
    values: { holder: vH, challenger: vC },
    fairRatio: fair,
    tolerance,
    outcome,
    deal,
  };
}

function applyDeal(ctx: TurnContext, deal: Deal): void {
  const { s } = ctx;
  s.deals.push(deal);
  s.tension = clamp(s.tension - 3 * TENSION_PER_STEP, 0, 100);
  for (const item of [...deal.holderGives, ...deal.challengerGives]) {
    switch (item.kind) {
      case 'loosen': {
        const level = severity(own(s.holder.policy.control, item.tech) ?? 'open');
        setOwn(s.holder.policy.control, item.tech, CONTROL_LEVELS[Math.max(0, level - 1)]!);
        ctx.loosenedByDeal.add(item.tech);
        break;
      }
      case 'delist':
        s.holder.policy.entityList = s.holder.policy.entityList.filter((c) => c !== item.champion);
        break;
      case 'openMarket':
        s.challenger.policy.marketAccess = 0;
        break;
      case 'purchase':
        // Binds the challenger's procurement preference on this technology to at most 1 while the deal runs.
        setOwn(
          s.challenger.policy.procurement,
          item.tech,
          Math.min(1, own(s.challenger.policy.procurement, item.tech) ?? 0),
        );
        break;
      case 'pause':
        break;
    }
  }
}

/** Deals bind for their term; then they lapse, and what they loosened may be tightened again. */
export function expireDeals(ctx: TurnContext): void {
  const { s } = ctx;
  const lapsing = s.deals.filter((d) => d.until < s.turn);
  for (const _ of lapsing) ctx.report.notes.push({ kind: 'deal-expired', side: 'holder' });
  s.deals = s.deals.filter((d) => d.until >= s.turn);
}

export function talksOpen(scenario: Scenario, turn: number): boolean {
  const { first, every } = scenario.negotiation;
  return turn >= first && (turn - first) % every === 0;
}
