// Negotiation. Each side puts on the table what it will give, and what it asks in return; a proposal binds
// only when the side it is put to accepts it, the next turn. Leverage, computed from the state, sets the
// fair rate of exchange; a seeded draw a round sets how far from fair the rules' own answer (the computer
// players', and the matching of offers that only give) still accepts. A challenger that has pulled
// technologies home needs to give less for the same concession ("谈判自然有底气").
import type { Scenario } from '../scenario/schema.ts';
import { CONTROL_LEVELS, otherSide, type Side, severity } from '../scenario/vocabulary.ts';
import { own, setOwn } from './byId.ts';
import { cloneData } from './clone.ts';
import { moveTension, TENSION_PER_DEAL } from './escalation.ts';
import { clamp } from './numbers.ts';
import type { Leverage, TalksReport } from './report.ts';
import { indexScenario } from './scenarioIndex.ts';
import type { Deal, GameState, Offer, Proposal, Table, TalkItem } from './state.ts';
import type { TurnContext } from './turn.ts';

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

/** The seeded tolerance: how far from the fair rate a side still accepts, drawn once a round. */
export const TOLERANCE = { min: 0.3, span: 0.4 } as const;
const toleranceOf = (u: number) => TOLERANCE.min + TOLERANCE.span * u;

export interface ProposalVerdict {
  verdict: 'sure' | 'depends' | 'refused';
  chance: number; // of acceptance over the round's draw, 0–1
  judge: Side; // who decides: the side the proposal is put to
  leverage: Leverage;
  values: { holder: number; challenger: number }; // at the table, what each side would give
  fairRatio: number; // what the challenger should give per unit the holder gives
  ratio: number; // what it would give per unit, in this proposal (Infinity when the holder gives nothing)
  tolerance: { min: number; max: number };
}

const tableValue = (scenario: Scenario, s: GameState, items: readonly TalkItem[]) =>
  items.reduce((sum, i) => sum + itemValue(scenario, s, i), 0);

/**
 * Whether the other side would accept a proposal, judged as the rules will judge it at the table: the
 * receiver accepts a trade no worse for it than the fair rate, give or take the round's tolerance. So a
 * proposal is sure (accepted whatever the draw), depends on the draw (with its chance), or refused.
 * Pure: the UI shows it before an offer is sent, and the AI proposes with it.
 */
export function judgeProposal(scenario: Scenario, s: GameState, p: Proposal): ProposalVerdict {
  const lev = leverage(scenario, s);
  const fair = fairRatio(lev.balance);
  const given = tableValue(scenario, s, p.gives);
  const asked = tableValue(scenario, s, p.asks);
  const values =
    p.side === 'holder' ? { holder: given, challenger: asked } : { holder: asked, challenger: given };
  const ratio = values.holder > 0 ? values.challenger / values.holder : Number.POSITIVE_INFINITY;
  const judge = p.side === 'holder' ? 'challenger' : 'holder';
  // The tolerance the receiver needs to accept: the holder wants at least fair, the challenger to give
  // at most fair; a proposal that gives nothing is never accepted.
  const needed =
    given <= 0 ? Number.POSITIVE_INFINITY : judge === 'holder' ? fair / ratio - 1 : ratio / fair - 1;
  const chance = clamp(1 - (needed - TOLERANCE.min) / TOLERANCE.span, 0, 1);
  return {
    verdict: chance >= 1 ? 'sure' : chance <= 0 ? 'refused' : 'depends',
    chance,
    judge,
    leverage: lev,
    values,
    fairRatio: fair,
    ratio,
    tolerance: { min: TOLERANCE.min, max: TOLERANCE.min + TOLERANCE.span },
  };
}

/** Accepted at this tolerance (the verdict's chance is the share of the round's draws for which it is). */
const accepted = (v: ProposalVerdict, tolerance: number) =>
  v.judge === 'holder'
    ? v.ratio * (1 + tolerance) >= v.fairRatio && v.values.challenger > 0
    : v.ratio <= v.fairRatio * (1 + tolerance) && v.values.holder > 0;

/** How far a proposal stands from the fair rate, either way (1 is fair): of two accepted, the nearer is the deal. */
export const fairDistance = (v: ProposalVerdict): number =>
  v.ratio >= v.fairRatio ? v.ratio / v.fairRatio : v.fairRatio / v.ratio;

/** The offers on a table that ask something: proposals, each awaiting the other side's answer. */
const proposalsOn = (table: Table | undefined): Proposal[] =>
  (['holder', 'challenger'] as const).flatMap((side) => {
    const offer = table?.offers[side];
    return offer && offer.asks.length > 0 ? [{ side, gives: offer.gives, asks: offer.asks }] : [];
  });

/** The proposal on the table that `side` is to answer this turn: the other side's, if it asks something. */
export const proposalTo = (s: GameState, side: Side): Proposal | null =>
  proposalsOn(s.table).find((p) => p.side === otherSide(side)) ?? null;

/**
 * The answer the rules' fair rate gives to the proposal put to `side`, at the round's tolerance and on the
 * figures it was made on: what judgeProposal's verdict foretold, and how the computer players answer. Null
 * when nothing awaits its answer.
 */
export const fairAnswer = (s: GameState, side: Side): boolean | null =>
  proposalTo(s, side) ? (s.table?.fair[side] ?? false) : null;

/**
 * A round of talks opens: one draw a round, offers or not, and each side's offer is laid on the table.
 * Nothing binds yet: a proposal that asks something waits for the answer of the side it is put to, with
 * that side's orders of the next turn (settleTalks).
 */
export function openRound(
  ctx: TurnContext,
  offers: { holder: Offer | null; challenger: Offer | null },
  seen: GameState, // the state the offers were made in
): void {
  const { s, scenario } = ctx;
  if (!s.talks.open) return;
  const u = ctx.dice.talks.next();
  const table: Table = { turn: s.turn, tolerance: toleranceOf(u), offers: {}, fair: {} };
  if (offers.holder) table.offers.holder = offers.holder;
  if (offers.challenger) table.offers.challenger = offers.challenger;
  for (const p of proposalsOn(table))
    table.fair[otherSide(p.side)] = accepted(judgeProposal(scenario, seen, p), table.tolerance);
  s.table = table;
}

/**
 * Last turn's round is settled. A proposal that asks something becomes the deal when the side it was put
 * to accepts it; when both sides' proposals are accepted, the one nearer the fair rate is the deal. Offers
 * that only give (neither side asks) are matched with each other: each side consented to give its own,
 * and the exchange must be fair enough to both at the round's tolerance.
 */
export function settleTalks(
  ctx: TurnContext,
  answers: { holder: boolean | null; challenger: boolean | null },
): void {
  const { s, scenario } = ctx;
  const table = s.table;
  if (!table) return;
  delete s.table;
  delete s.refused;
  const lev = leverage(scenario, s);
  const fair = fairRatio(lev.balance);
  const { tolerance } = table;
  const holderGives = table.offers.holder?.gives ?? [];
  const challengerGives = table.offers.challenger?.gives ?? [];
  const holderAsks = table.offers.holder?.asks ?? [];
  const challengerAsks = table.offers.challenger?.asks ?? [];

  const proposals = proposalsOn(table);

  let outcome: TalksReport['outcome'];
  let trade: { holderGives: TalkItem[]; challengerGives: TalkItem[] } | null = null;
  let proposer: TalksReport['proposer'] = null;
  let vH: number;
  let vC: number;
  if (proposals.length > 0) {
    const judged = proposals.map((p) => ({ p, v: judgeProposal(scenario, s, p) }));
    const yes = judged
      .filter((j) => answers[j.v.judge] === true)
      .sort((a, b) => fairDistance(a.v) - fairDistance(b.v));
    const chosen = yes[0] ?? judged[0]!;
    vH = chosen.v.values.holder;
    vC = chosen.v.values.challenger;
    if (yes[0]) {
      outcome = 'deal';
      proposer = chosen.p.side;
      trade =
        chosen.p.side === 'holder'
          ? { holderGives: chosen.p.gives, challengerGives: chosen.p.asks }
          : { holderGives: chosen.p.asks, challengerGives: chosen.p.gives };
    } else {
      // Named by who refused; the last refusal is kept in the state so that a counter can answer it.
      outcome = chosen.v.judge === 'holder' ? 'holder-rejected' : 'challenger-rejected';
      const last = judged[judged.length - 1]!.p;
      s.refused = { ...cloneData(last), turn: table.turn };
    }
  } else {
    vH = tableValue(scenario, s, holderGives);
    vC = tableValue(scenario, s, challengerGives);
    if (vH <= 0 || vC <= 0) outcome = 'no-offers';
    else if (vC / vH < fair / (1 + tolerance)) outcome = 'holder-rejected';
    else if (vC / vH > fair * (1 + tolerance)) outcome = 'challenger-rejected';
    else {
      outcome = 'deal';
      proposer = 'both';
      trade = { holderGives, challengerGives };
    }
  }
  let deal: Deal | null = null;
  if (trade) {
    deal = { ...trade, from: s.turn, until: s.turn + scenario.negotiation.dealTurns }; // binds the next dealTurns turns
    applyDeal(ctx, deal);
  }
  ctx.report.talks = {
    round: table.turn,
    leverage: lev,
    offers: { holder: holderGives, challenger: challengerGives },
    asks: { holder: holderAsks, challenger: challengerAsks },
    values: { holder: vH, challenger: vC },
    fairRatio: fair,
    tolerance,
    outcome,
    proposer,
    deal,
  };
}

function applyDeal(ctx: TurnContext, deal: Deal): void {
  const { s } = ctx;
  s.deals.push(deal);
  moveTension(ctx, { cause: 'deal' }, -TENSION_PER_DEAL);
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
