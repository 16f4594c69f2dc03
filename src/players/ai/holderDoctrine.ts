// The holder's doctrine: a stance turned into a turn's orders from the public state. Controls go on where
// the challenger is catching up, ease off when the holder's own firms bleed, and allies and listings
// back them up when the stance says so.
import type { Scenario } from '../../scenario/schema.ts';
import {
  CONTROL_LEVELS,
  cloneData,
  costs,
  type GameState,
  type HolderPolicy,
  indexScenario,
  own,
  setOwn,
  severity,
  type TalkItem,
} from '../../sim/index.ts';
import { orderWriter } from './orderWriter.ts';
import { proposalOrders } from './proposal.ts';

export interface HolderStance {
  control: number; // the most severe control it imposes (0 open … 3 ban)
  watch: number; // challenger capability over its own at which a technology is controlled (0 = all)
  list: boolean; // entity-list the champions while export controls are in force
  allies: number; // ally coordination while export controls are in force
  research: number; // own R&D on technologies where the challenger is catching up
  support: number; // support to its firms when their revenue falls
  ease: number; // revenue index below which it eases one control a turn (0 = never)
  talks: boolean; // offer to loosen at the table
  priceCut: number; // price cut (0–3) where the challenger has won a tenth of its home market, controls aside
  license: number; // challenger capability over its own above which it licenses an open technology (0 = never)
}

/** Capability gap (holder − challenger) inside which the holder funds its own R&D. */
const RESEARCH_GAP = 35;

/** The settings the stance wants, trimmed to what the holder's income pays for. */
export function wantedHolderPolicy(scenario: Scenario, s: GameState, stance: HolderStance): HolderPolicy {
  const { weight } = indexScenario(scenario);
  const policy = cloneData(s.holder.policy);
  const vulnerable = s.challenger.industryIndex < scenario.endings.crisis.depth + 0.06;
  const easing = stance.ease > 0 && s.holder.health < stance.ease && !vulnerable;
  let eased = false;
  // Ease the biggest market first: that is where the firms lose most.
  const byMarket = scenario.technologies
    .map((d, i) => ({ d, i }))
    .sort((a, b) => weight[b.i]! - weight[a.i]!);
  for (const { d, i } of byMarket) {
    const t = s.techs[i]!;
    const current = severity(own(policy.control, d.id) ?? 'open');
    const catching = t.challenger.capability >= stance.watch * t.holder.capability;
    let target = catching ? Math.max(current, stance.control) : current;
    if (current > stance.control) target = stance.control;
    if (easing && !eased && current > 0) {
      target = current - 1;
      eased = true;
    }
    setOwn(policy.control, d.id, CONTROL_LEVELS[target]!);
    setOwn(
      policy.research,
      d.id,
      t.holder.capability - t.challenger.capability < RESEARCH_GAP ? stance.research : 0,
    );
    // Compete where it still sells: win buyers back on price, and license what the challenger nearly has.
    const selling = target <= 1;
    setOwn(policy.priceCut, d.id, selling && t.domestic.challenger >= 0.1 ? stance.priceCut : 0);
    const license =
      selling && stance.license > 0 && t.challenger.capability >= stance.license * t.holder.capability;
    policy.licensed = policy.licensed.filter((x) => x !== d.id);
    if (license) policy.licensed.push(d.id);
  }
  const controlling = Object.values(policy.control).some((c) => severity(c) > 0);
  const biting = Object.values(policy.control).some((c) => severity(c) >= 2);
  policy.allies = controlling ? stance.allies : 0;
  policy.entityList =
    stance.list && biting ? scenario.champions.map((c) => c.id) : easing ? [] : policy.entityList;
  policy.support = s.holder.health < 1 ? stance.support : 0;
  const limit = 0.85 * Math.max(s.holder.income, 1);
  const ids = byMarket.map((x) => x.d.id).reverse();
  let k = 0;
  while (costs.holderUpkeep(scenario, policy).total > limit && k < 4 * (ids.length + 1)) {
    if (policy.support > 0) policy.support--;
    else {
      const id = ids[k % ids.length]!;
      if ((own(policy.research, id) ?? 0) > 0)
        setOwn(policy.research, id, (own(policy.research, id) ?? 0) - 1);
    }
    k++;
  }
  return policy;
}

export function holderOrders(scenario: Scenario, s: GameState, stance: HolderStance) {
  const want = wantedHolderPolicy(scenario, s, stance);
  const have = s.holder.policy;
  const upkeep = costs.holderUpkeep(scenario, want);
  // Allies cost capital every turn. What they already cost is reserved; raising them comes after the
  // controls and listings, from what those leave: a ban now matters more than allies now.
  const alliesRaise = Math.max(0, want.allies - have.allies);
  const writer = orderWriter(scenario, s, 'holder', {
    money: s.holder.money - upkeep.total,
    capital: s.holder.capital - (upkeep.capital - alliesRaise),
  });
  // Loosening and cuts first: they free capital and money for what follows.
  for (const def of scenario.technologies) {
    if (severity(own(want.control, def.id) ?? 'open') < severity(own(have.control, def.id) ?? 'open'))
      writer.add({ type: 'setControl', tech: def.id, level: own(want.control, def.id)! });
  }
  for (const c of have.entityList)
    if (!want.entityList.includes(c)) writer.add({ type: 'setEntityList', champion: c, listed: false });
  for (const def of scenario.technologies) {
    if ((own(want.research, def.id) ?? 0) < (own(have.research, def.id) ?? 0))
      writer.add({ type: 'setResearch', tech: def.id, level: own(want.research, def.id) ?? 0 });
  }
  if (want.allies < have.allies) writer.add({ type: 'setAllies', level: want.allies });
  if (want.support < have.support) writer.add({ type: 'setSupport', level: want.support });
  // Then the raises, the most valuable market first.
  const { weight } = indexScenario(scenario);
  const byMarket = scenario.technologies
    .map((d, i) => ({ d, i }))
    .sort((a, b) => weight[b.i]! - weight[a.i]!);
  let waiting = false; // a wanted control the capital could not pay for yet
  for (const { d } of byMarket) {
    if (severity(own(want.control, d.id) ?? 'open') > severity(own(have.control, d.id) ?? 'open'))
      if (!writer.add({ type: 'setControl', tech: d.id, level: own(want.control, d.id)! })) waiting = true;
  }
  // Allies once the controls they are to enforce are all in place; listings after them: without allies,
  // third countries fill the gap a ban leaves.
  if (alliesRaise > 0 && !waiting) {
    // As many levels as the capital left pays for.
    const level = have.allies + Math.min(alliesRaise, Math.floor(writer.purse.capital + 1e-9));
    if (level > have.allies)
      writer.add({ type: 'setAllies', level }, { money: 0, capital: level - have.allies });
  }
  for (const c of want.entityList)
    if (!have.entityList.includes(c)) writer.add({ type: 'setEntityList', champion: c, listed: true });
  for (const { d } of byMarket) {
    if ((own(want.research, d.id) ?? 0) > (own(have.research, d.id) ?? 0))
      writer.add({ type: 'setResearch', tech: d.id, level: own(want.research, d.id) ?? 0 });
  }
  if (want.support > have.support) writer.add({ type: 'setSupport', level: want.support });
  for (const def of scenario.technologies) {
    const cut = own(want.priceCut, def.id) ?? 0;
    if (cut !== (own(have.priceCut, def.id) ?? 0))
      writer.add({ type: 'setPriceCut', tech: def.id, level: cut });
    const licensed = want.licensed.includes(def.id);
    if (licensed !== have.licensed.includes(def.id))
      writer.add({ type: 'setLicense', tech: def.id, licensed });
  }
  if (stance.talks && s.talks.open) {
    for (const offer of proposalOrders(scenario, s, 'holder')) writer.add(offer);
  }
  return writer.finish();
}

/** What the holder gives at the table: one step on its most severe control, or a pause. */
export function holderOffer(scenario: Scenario, s: GameState): TalkItem[] {
  const { weight } = indexScenario(scenario);
  let best: string | null = null;
  let most = 0;
  scenario.technologies.forEach((def, i) => {
    const sev = severity(own(s.holder.policy.control, def.id) ?? 'open');
    const cost = sev * weight[i]!;
    if (sev > 0 && cost > most) {
      most = cost;
      best = def.id;
    }
  });
  if (best) return [{ kind: 'loosen', tech: best }];
  const listed = s.holder.policy.entityList[0];
  if (listed) return [{ kind: 'delist', champion: listed }];
  return [{ kind: 'pause' }];
}
