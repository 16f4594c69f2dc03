// One turn. Both sides' orders are checked against the state they saw; then the turn resolves in a
// fixed order on a private copy, and returns the new state with a report of what happened and why.
import type { Scenario } from '../scenario/schema.ts';
import { type Side, STREAMS } from '../scenario/vocabulary.ts';
import type { Orders } from './actions.ts';
import { challengerChain, holderChain } from './chain.ts';
import { cloneData } from './clone.ts';
import { STOCKPILE_PREMIUM } from './costs.ts';
import { growDemand, incomes, industries, refillCapital } from './economy.ts';
import { checkEnding } from './ending.ts';
import { cool, escalate, list, retaliate } from './escalation.ts';
import { drawEvents, settleChoices } from './events.ts';
import { markets } from './markets.ts';
import { tidy } from './numbers.ts';
import { checkOrders, type Plan } from './orders.ts';
import { dice } from './random.ts';
import type { BudgetReport, TurnReport } from './report.ts';
import { applySpillovers, holderResearch, research } from './research.ts';
import { type ErrorCode, ok, type Result, type RuleError } from './result.ts';
import { effectiveCapacity, explainRope, moveRope, ropeInputs, ropeTarget } from './rope.ts';
import { indexScenario } from './scenarioIndex.ts';
import type { GameState } from './state.ts';
import { expireDeals, openRound, settleTalks, talksOpen } from './talks.ts';
import { book, type TurnContext } from './turn.ts';

export interface Resolution {
  state: GameState;
  report: TurnReport;
}

export interface ResolveOptions {
  /**
   * False leaves out the report's account of each rope's move by cause (its ropes list is empty). The
   * next state is the same either way; looking ahead, which reads only states, resolves turns faster so.
   */
  explain?: boolean;
}

/** Orders refused: by a side's rule (a RuleError), or by the game itself (it is over; a number went non-finite). */
export interface OrdersError extends Omit<RuleError, 'code'> {
  side: Side | null; // null when the game itself refuses
  code: ErrorCode | 'ERR_NOT_FINITE';
}

export function resolveTurn(
  scenario: Scenario,
  state: GameState,
  orders: Orders,
  options: ResolveOptions = {},
): Result<Resolution, OrdersError> {
  if (state.ending)
    return { ok: false, error: { side: null, code: 'ERR_GAME_OVER', message: 'The game is over.' } };
  const holderPlan = checkOrders(scenario, state, 'holder', orders.holder);
  if (!holderPlan.ok) return { ok: false, error: { side: 'holder', ...holderPlan.error } };
  const challengerPlan = checkOrders(scenario, state, 'challenger', orders.challenger);
  if (!challengerPlan.ok) return { ok: false, error: { side: 'challenger', ...challengerPlan.error } };

  const s = cloneData(state);
  const index = indexScenario(scenario);
  const upstream = scenario.technologies.map((t) => t.dependsOn.map((d) => index.techIndex.get(d)!));
  const upstreamFactor = (i: number) => upstream[i]!.reduce((f, u) => Math.min(f, s.techs[u]!.fulfilment), 1);
  const n = s.techs.length;
  const emptyBudget = (): BudgetReport => ({ income: 0, spent: {}, capitalSpent: 0, funding: 1 });
  const ctx: TurnContext = {
    scenario,
    index,
    s,
    dice: Object.fromEntries(STREAMS.map((k) => [k, dice(s.rng[k])])) as TurnContext['dice'],
    before: s.techs.map((t, i) => ropeInputs(t, effectiveCapacity(s, i, upstream[i]!))),
    startCapacity: s.techs.map((t, i) => ({
      capacity: t.challenger.capacity,
      upstream: upstreamFactor(i),
      demand: t.demand.domestic,
      shortage: t.shortage,
    })),
    ledger: s.techs.map(() => ({})),
    explain: options.explain ?? true,
    report: {
      turn: s.turn,
      ropes: [],
      techs: s.techs.map((t) => ({
        tech: t.id,
        breakthrough: 0,
        researchGain: 0,
        shortage: 0,
        stockpileUsed: 0,
        linesOnline: 0,
        designIn: 0,
        production: 0,
        unitCost: t.challenger.unitCost,
        revenue: { holder: 0, challenger: 0 },
      })),
      industries: [],
      budget: { holder: emptyBudget(), challenger: emptyBudget() },
      events: [],
      choices: [],
      talks: null,
      notes: [],
      tension: [],
      ending: null,
    },
    spill: new Array<number>(n).fill(0),
    revenue: { holder: new Array<number>(n).fill(0), challenger: new Array<number>(n).fill(0) },
    qualityLoss: new Array<number>(n).fill(0),
    paid: { holder: 1, challenger: 1 },
    supportPaid: 0,
    shortfall: 0,
    loosenedByDeal: new Set(),
    talksNext: false,
  };

  // The first turn tells each side how its R&D turned out (the luck drawn for this game).
  if (s.turn === 1)
    for (const t of s.techs)
      ctx.report.notes.push({
        kind: 'rd-outlook',
        side: 'challenger',
        tech: t.id,
        amount: t.challenger.outlook,
      });
  expireDeals(ctx);
  enact(ctx, holderPlan.value, challengerPlan.value);
  // After enact: enact replaces both policies with the plans (built from the state before the turn), so a
  // choice that sets a control, the allies or market access must land on top of them, not under them.
  settleChoices(ctx, {
    holder: new Map(holderPlan.value.choices.map((c) => [c.event, c.option])),
    challenger: new Map(challengerPlan.value.choices.map((c) => [c.event, c.option])),
  });
  // Last round's proposals are answered before this turn's round (if any) lays out new ones.
  settleTalks(ctx, { holder: holderPlan.value.answer, challenger: challengerPlan.value.answer });
  openRound(ctx, { holder: holderPlan.value.offer, challenger: challengerPlan.value.offer }, state);
  drawEvents(ctx);
  growDemand(ctx);
  for (const i of index.order) {
    research(ctx, i);
    holderResearch(ctx, i);
    commission(ctx, i);
    markets(ctx, i);
    challengerChain(ctx, i);
  }
  applySpillovers(ctx);
  industries(ctx);
  incomes(ctx);
  for (let i = 0; i < n; i++) holderChain(ctx, i);
  refillCapital(ctx);
  cool(ctx);
  for (const k of STREAMS) s.rng[k] = ctx.dice[k].state();
  tidyNumbers(s);
  ropes(ctx, upstream);

  const resolved = s.turn;
  s.turn += 1;
  s.talks = talksOpen(scenario, s.turn)
    ? { open: true, reason: 'scheduled' }
    : ctx.talksNext
      ? { open: true, reason: 'event' }
      : { open: false, reason: '' };
  s.ending = checkEnding(scenario, s, resolved);
  if (s.ending) {
    s.pending = [];
    delete s.table;
    s.talks = { open: false, reason: '' };
  }
  ctx.report.ending = s.ending;
  // The guard: a state with a number that is not finite (a NaN score, an Infinity rope) is never produced.
  const broken = nonFinitePath(s);
  if (broken !== null) {
    return {
      ok: false,
      error: {
        side: null,
        code: 'ERR_NOT_FINITE',
        message: `The rules produced a number that is not finite at ${broken} on turn ${resolved}; the turn is refused.`,
        params: { path: broken, turn: resolved },
      },
    };
  }
  return ok({ state: s, report: ctx.report });
}

/** The path of the first number in the state that is not finite, or null when every one is. */
function nonFinitePath(value: unknown, path = 'state'): string | null {
  // The paths are spelled only when there is one to name: every turn of every look-ahead asks.
  return allFinite(value) ? null : spellNonFinite(value, path);
}

function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (!value || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!allFinite(value[i])) return false;
    return true;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!allFinite(record[key])) return false;
  return true;
}

function spellNonFinite(value: unknown, path: string): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (!value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = spellNonFinite(value[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const found = spellNonFinite((value as Record<string, unknown>)[key], `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

/** Puts both sides' new policies in force, spends for them, and queues their one-off moves. */
function enact(ctx: TurnContext, holder: Plan, challenger: Plan): void {
  const { s, scenario, index } = ctx;
  s.holder.policy = holder.holder;
  s.challenger.policy = challenger.challenger;
  for (const t of holder.tightened) {
    escalate(ctx, t.steps, { cause: 'control', tech: t.tech, steps: t.steps });
    ctx.report.notes.push({ kind: 'control-changed', side: 'holder', tech: t.tech, amount: t.steps });
  }
  for (const c of holder.listed) {
    list(ctx, { cause: 'listing', champion: c });
    ctx.report.notes.push({ kind: 'entity-listed', side: 'holder', text: c });
  }
  if (challenger.accessRaised > 0) retaliate(ctx, challenger.accessRaised);

  for (const [side, plan] of [
    ['holder', holder],
    ['challenger', challenger],
  ] as const) {
    const wallet = s[side];
    const budget = ctx.report.budget[side];
    wallet.money = Math.max(0, wallet.money - plan.money);
    // Allies stay in line only while their capital is paid: what cannot be paid lapses.
    let upkeepCapital = plan.upkeep.capital;
    const affordable = Math.max(0, wallet.capital - plan.capital);
    if (side === 'holder' && upkeepCapital > affordable) {
      s.holder.policy.allies = Math.floor(affordable);
      upkeepCapital = s.holder.policy.allies;
      ctx.report.notes.push({ kind: 'allies-lapsed', side, amount: s.holder.policy.allies });
    }
    wallet.capital = Math.max(0, wallet.capital - plan.capital - upkeepCapital);
    budget.capitalSpent = plan.capital + upkeepCapital;
    const paid = plan.upkeep.total > 0 ? Math.min(1, wallet.money / plan.upkeep.total) : 1;
    wallet.money = Math.max(0, wallet.money - plan.upkeep.total * paid);
    wallet.funding = paid;
    ctx.paid[side] = paid;
    budget.funding = paid;
    for (const [purpose, amount] of Object.entries(plan.upkeep.money))
      if (amount > 0) budget.spent[purpose] = amount * paid;
    if (paid < 1) ctx.report.notes.push({ kind: 'underfunded', side, amount: paid });
  }
  ctx.supportPaid = (holder.upkeep.money.support ?? 0) * ctx.paid.holder;

  for (const b of challenger.builds) {
    const def = scenario.technologies[index.techIndex.get(b.tech)!]!;
    s.techs[index.techIndex.get(b.tech)!]!.challenger.pipeline.push({
      units: def.lineCapacity * b.lines,
      ready: s.turn + def.buildTurns,
    });
    ctx.report.budget.challenger.spent.lines =
      (ctx.report.budget.challenger.spent.lines ?? 0) + def.lineCost * b.lines;
  }
  for (const p of challenger.stockpiles) {
    const i = index.techIndex.get(p.tech)!;
    s.techs[i]!.challenger.stockpile += p.units;
    const cost = p.units * scenario.technologies[i]!.price * STOCKPILE_PREMIUM; // what checkOrders charged
    ctx.report.budget.challenger.spent.stockpile = (ctx.report.budget.challenger.spent.stockpile ?? 0) + cost;
  }
}

/** Production lines whose build time is up come online. */
function commission(ctx: TurnContext, tech: number): void {
  const c = ctx.s.techs[tech]!.challenger;
  const ready = c.pipeline.filter((l) => l.ready <= ctx.s.turn);
  if (ready.length === 0) return;
  c.pipeline = c.pipeline.filter((l) => l.ready > ctx.s.turn);
  for (const line of ready) {
    c.capacity += line.units;
    ctx.report.techs[tech]!.linesOnline += line.units;
    ctx.report.notes.push({
      kind: 'line-online',
      side: 'challenger',
      tech: ctx.s.techs[tech]!.id,
      amount: line.units,
    });
  }
}

function ropes(ctx: TurnContext, upstream: number[][]): void {
  const { s, scenario } = ctx;
  s.techs.forEach((t, i) => {
    const start = ctx.startCapacity[i]!;
    const ratio = (capacity: number, factor: number, demand: number) =>
      demand > 0 ? Math.min(1, (capacity * factor) / demand) : 1;
    const factor = upstream[i]!.reduce((f, u) => Math.min(f, s.techs[u]!.fulfilment), 1);
    const withLines = ratio(t.challenger.capacity, start.upstream, start.demand);
    book(ctx, i, 'capacityC', 'capacity', withLines - ratio(start.capacity, start.upstream, start.demand));
    book(ctx, i, 'capacityC', 'upstream', ratio(t.challenger.capacity, factor, start.demand) - withLines);
    book(ctx, i, 'homeH', 'dependence', t.shortage - start.shortage);
    const after = ropeInputs(t, effectiveCapacity(s, i, upstream[i]!));
    const targetFrom = ropeTarget(ctx.before[i]!);
    const targetTo = ropeTarget(after);
    const to = tidy(moveRope(t.rope, targetTo, scenario.ropeStep));
    if (ctx.explain)
      ctx.report.ropes.push(
        explainRope(t.id, ctx.before[i]!, after, ctx.ledger[i]!, { from: t.rope, to, targetFrom, targetTo }),
      );
    t.rope = to;
    t.ropeTarget = tidy(targetTo);
  });
}

/** Rounds every number in the state except the generators' (which must stay exact) to 1e-6. */
function tidyNumbers(value: unknown): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v === 'number') value[i] = tidy(v);
      else if (v && typeof v === 'object') tidyNumbers(v);
    }
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === 'rng') continue;
    const v = record[key];
    if (typeof v === 'number') record[key] = tidy(v);
    else if (v && typeof v === 'object') tidyNumbers(v);
  }
}
