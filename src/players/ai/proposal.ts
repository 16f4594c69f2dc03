// What the AI puts on the table. It asks for what is worth most to it and gives the cheapest concessions
// that make the proposal acceptable, judged the way the rules will judge it (judgeProposal). When the
// other side's last proposal was refused, it counters it: it gives part of what was asked, and asks for
// what was offered.
import type { Scenario } from '../../scenario/schema.ts';
import {
  type Action,
  checkOrders,
  type GameState,
  indexScenario,
  judgeProposal,
  otherSide,
  own,
  type Side,
  severity,
  type TalkItem,
} from '../../sim/index.ts';

/** At least this chance of acceptance, or the AI does not bother proposing. */
const GOOD_ENOUGH = 0.5;
const MOST_ITEMS = 4;

interface Ranked {
  item: TalkItem;
  rank: number; // asks: worth to the proposer, more first; gives: cost to the proposer, less first
}

/** What the side could ask of the other, most wanted first. */
function wanted(scenario: Scenario, s: GameState, side: Side): Ranked[] {
  const { weight } = indexScenario(scenario);
  const out: Ranked[] = [];
  if (side === 'challenger') {
    scenario.technologies.forEach((d, i) => {
      const sev = severity(own(s.holder.policy.control, d.id) ?? 'open');
      // A control hurts most where the challenger still buys abroad and the market is big.
      const t = s.techs[i]!;
      if (sev > 0)
        out.push({ item: { kind: 'loosen', tech: d.id }, rank: sev * weight[i]! * (1 + t.shortage) });
    });
    for (const c of s.holder.policy.entityList)
      out.push({ item: { kind: 'delist', champion: c }, rank: 0.4 });
    // A pause in escalation is insurance: worth little while controls bite, most while none do yet.
    out.push({ item: { kind: 'pause' }, rank: out.length > 0 ? 0.05 : 1 });
  } else {
    if (s.challenger.policy.marketAccess > 0)
      out.push({ item: { kind: 'openMarket' }, rank: s.challenger.policy.marketAccess });
    scenario.technologies.forEach((d, i) => {
      const t = s.techs[i]!;
      // A purchase commitment keeps the holder's firms selling where they still sell most.
      const sales = d.price * t.domestic.holder * t.demand.domestic;
      if (sales > 0) out.push({ item: { kind: 'purchase', tech: d.id }, rank: sales / 1000 });
    });
  }
  return out.sort((a, b) => b.rank - a.rank);
}

/** What the side could give, cheapest to it first. */
function concessions(scenario: Scenario, s: GameState, side: Side): Ranked[] {
  const { weight } = indexScenario(scenario);
  const out: Ranked[] = [];
  if (side === 'challenger') {
    scenario.technologies.forEach((d, i) => {
      const t = s.techs[i]!;
      // Committing to buy costs least where the home product is far from usable and little preferred.
      const preference = own(s.challenger.policy.procurement, d.id) ?? 0;
      const standing = t.challenger.capability / Math.max(1, d.reliabilityThreshold);
      out.push({ item: { kind: 'purchase', tech: d.id }, rank: standing + 0.5 * preference });
    });
    if (s.challenger.policy.marketAccess > 0) out.push({ item: { kind: 'openMarket' }, rank: 0.9 });
  } else {
    out.push({ item: { kind: 'pause' }, rank: 0.3 });
    scenario.technologies.forEach((d, i) => {
      const sev = severity(own(s.holder.policy.control, d.id) ?? 'open');
      const t = s.techs[i]!;
      // Loosening costs least where the challenger is far behind anyway, and on small markets.
      const parity = t.challenger.capability / Math.max(1, t.holder.capability);
      if (sev > 0) out.push({ item: { kind: 'loosen', tech: d.id }, rank: weight[i]! * 3 + parity });
    });
    for (const c of s.holder.policy.entityList)
      out.push({ item: { kind: 'delist', champion: c }, rank: 1.2 });
  }
  return out.sort((a, b) => a.rank - b.rank);
}

const same = (a: TalkItem, b: TalkItem) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A proposal for this side, or null when nothing worth asking can be made acceptable. Asks first (as
 * much as it wants, within what it can pay for), then gives, cheapest first, until the other side would
 * surely accept, or at least more often than not.
 */
export function proposal(
  scenario: Scenario,
  s: GameState,
  side: Side,
): { gives: TalkItem[]; asks: TalkItem[] } | null {
  if (!s.talks.open) return null;
  const refused = s.refused;
  let asks = wanted(scenario, s, side);
  let gives = concessions(scenario, s, side);
  if (refused && refused.side === otherSide(side)) {
    // A counter: ask for what they offered, give from what they asked, cheapest first.
    const offered = refused.gives;
    const theyAsked = refused.asks;
    asks = [
      ...asks.filter((a) => offered.some((o) => same(o, a.item))),
      ...asks.filter((a) => !offered.some((o) => same(o, a.item))),
    ];
    gives = [
      ...gives.filter((g) => theyAsked.some((o) => same(o, g.item))),
      ...gives.filter((g) => !theyAsked.some((o) => same(o, g.item))),
    ];
  }
  if (asks.length === 0 || gives.length === 0) return null;
  const legal = (p: { gives: TalkItem[]; asks: TalkItem[] }) =>
    checkOrders(scenario, s, side, [{ type: 'offer', ...p }]).ok;
  // The most wanted single ask that can be paid for; then a second ask while it stays acceptable.
  for (const ask of asks.slice(0, 3)) {
    const p = { gives: [] as TalkItem[], asks: [ask.item] };
    let v = judgeProposal(scenario, s, { side, ...p });
    for (const g of gives) {
      if (v.verdict === 'sure' || p.gives.length >= MOST_ITEMS) break;
      p.gives.push(g.item);
      v = judgeProposal(scenario, s, { side, ...p });
    }
    if (v.chance < GOOD_ENOUGH || !legal(p)) continue;
    // Give no more than needed: drop concessions, dearest first, while the verdict holds.
    for (let k = p.gives.length - 1; k >= 0 && p.gives.length > 1; k--) {
      const fewer = { gives: p.gives.filter((_, j) => j !== k), asks: p.asks };
      if (judgeProposal(scenario, s, { side, ...fewer }).chance >= v.chance) p.gives = fewer.gives;
    }
    for (const more of asks) {
      if (p.asks.length >= 2) break;
      if (p.asks.some((a) => same(a, more.item))) continue;
      const bigger = { gives: p.gives, asks: [...p.asks, more.item] };
      if (judgeProposal(scenario, s, { side, ...bigger }).chance >= v.chance && legal(bigger))
        p.asks = bigger.asks;
    }
    return p;
  }
  return null;
}

/** The proposal as an order, or nothing. */
export function proposalOrders(scenario: Scenario, s: GameState, side: Side): Action[] {
  const p = proposal(scenario, s, side);
  return p ? [{ type: 'offer', gives: p.gives, asks: p.asks }] : [];
}
