// Why tension moved in a turn. The turn's report does not break tension down, so this replays the rules'
// steps that touch it, in their order, from the state before the turn, both sides' orders and the turn's
// report: the holder's tightenings and listings and the challenger's closing of its market (as orders
// are put in force), the effects of event options settled, a deal made, the events fired, and the
// cooling at the end of the turn. Each step is clamped to 0–100 as the rules clamp it, so the steps add
// up to the change the top bar shows.
import type { Effect, Scenario } from '../scenario/schema.ts';
import { TENSION_PER_ACCESS_STEP, TENSION_PER_LISTING, TENSION_PER_STEP } from '../sim/escalation.ts';
import { applyEffects } from '../sim/events.ts';
import {
  CONTROL_LEVELS,
  checkOrders,
  cloneData,
  type GameState,
  type Orders,
  own,
  resolveField,
  setOwn,
  severity,
  type TurnReport,
} from '../sim/index.ts';
import type { TurnContext } from '../sim/turn.ts';

/** What the rules take off tension when a deal is made (sim/talks.ts applyDeal) and every turn (cool). */
export const TENSION_PER_DEAL = 3 * TENSION_PER_STEP;
export const TENSION_COOLING = 2;

/** How an event's effect moved tension: by setting it, or by the escalation of a tightening or a listing. */
export type EffectVia =
  | { kind: 'tension' }
  | { kind: 'control'; tech: string; steps: number }
  | { kind: 'listing'; champion: string };

export type TensionStep =
  | { cause: 'control'; tech: string; steps: number; amount: number; nominal: number }
  | { cause: 'listing'; champion: string; amount: number; nominal: number }
  | { cause: 'marketAccess'; steps: number; amount: number; nominal: number }
  | { cause: 'choice'; event: string; option: string; via: EffectVia; amount: number; nominal: number }
  | { cause: 'deal'; amount: number; nominal: number }
  | { cause: 'event'; event: string; via: EffectVia; amount: number; nominal: number }
  | { cause: 'cooling'; amount: number; nominal: number }
  // What the steps above do not account for (none, as the rules stand): kept so the sum is always true.
  | { cause: 'other'; amount: number; nominal: number };

/** A step without its figures: what moved tension. */
type StepCause = TensionStep extends infer T
  ? T extends TensionStep
    ? Omit<T, 'amount' | 'nominal'>
    : never
  : never;

export interface TensionMove {
  from: number;
  to: number;
  steps: TensionStep[]; // in the rules' order; amounts are what each step actually moved (after 0–100)
}

const clampTension = (x: number) => Math.min(100, Math.max(0, x));

/**
 * Why tension moved from `before` to `after` in the turn `report` explains, under `orders`. Steps that moved
 * nothing are left out, but for a deal or an escalation held back by the 0–100 range, kept with its
 * nominal size beside the amount it moved.
 */
export function tensionMove(
  scenario: Scenario,
  before: GameState,
  orders: Orders,
  report: TurnReport,
  after: GameState,
): TensionMove {
  const steps: TensionStep[] = [];
  const s = cloneData(before);
  const move = (step: StepCause, nominal: number) => {
    const from = s.tension;
    s.tension = clampTension(from + nominal);
    steps.push({ ...step, amount: s.tension - from, nominal } as TensionStep);
  };
  const holder = checkOrders(scenario, before, 'holder', orders.holder);
  const challenger = checkOrders(scenario, before, 'challenger', orders.challenger);
  if (holder.ok && challenger.ok) {
    // As the rules enact the orders: deals expire, the policies take force, escalations are counted.
    s.deals = s.deals.filter((d) => d.until >= s.turn);
    s.holder.policy = holder.value.holder;
    s.challenger.policy = challenger.value.challenger;
    for (const t of holder.value.tightened)
      move({ cause: 'control', tech: t.tech, steps: t.steps }, TENSION_PER_STEP * t.steps);
    for (const c of holder.value.listed) move({ cause: 'listing', champion: c }, TENSION_PER_LISTING);
    const access = challenger.value.accessRaised;
    if (access > 0) move({ cause: 'marketAccess', steps: access }, TENSION_PER_ACCESS_STEP * access);
    // Event effects run through the rules' own applyEffects, on this copy: a tightening an effect makes
    // escalates, and one a deal forbids is skipped, exactly as in the turn.
    const ctx = { s, scenario, explain: false, ledger: [] } as unknown as TurnContext;
    // One effect at a time, so that each is named by what it did: set tension, or tighten or list.
    const effectsOf = (effects: readonly Effect[]): { via: EffectVia; amount: number }[] =>
      effects.flatMap((effect) => {
        const field = resolveField(scenario, effect.field);
        const was = field?.get(s);
        const from = s.tension;
        applyEffects(ctx, [effect]);
        const amount = s.tension - from;
        if (amount === 0 || !field) return [];
        const now = field.get(s);
        const via: EffectVia =
          field.kind === 'control' && field.tech && typeof was === 'string' && typeof now === 'string'
            ? { kind: 'control', tech: field.tech, steps: severity(now as never) - severity(was as never) }
            : field.champion && was === false && now === true
              ? { kind: 'listing', champion: field.champion }
              : { kind: 'tension' };
        return [{ via, amount }];
      });
    for (const c of report.choices) {
      const option = scenario.events
        .find((e) => e.id === c.event)
        ?.choice?.options.find((o) => o.id === c.option);
      if (!option) continue;
      for (const { via, amount } of effectsOf(option.effects))
        steps.push({ cause: 'choice', event: c.event, option: c.option, via, amount, nominal: amount });
    }
    const deal = report.talks?.deal;
    if (deal) {
      move({ cause: 'deal' }, -TENSION_PER_DEAL);
      // What the deal changes that a later event could otherwise tighten again.
      s.deals.push(deal);
      for (const item of deal.holderGives) {
        if (item.kind === 'loosen') {
          const level = severity(own(s.holder.policy.control, item.tech) ?? 'open');
          setOwn(s.holder.policy.control, item.tech, CONTROL_LEVELS[Math.max(0, level - 1)]!);
        } else if (item.kind === 'delist') {
          s.holder.policy.entityList = s.holder.policy.entityList.filter((x) => x !== item.champion);
        }
      }
    }
    for (const fired of report.events) {
      const event = scenario.events.find((e) => e.id === fired.event);
      if (!event) continue;
      for (const { via, amount } of effectsOf(event.effects))
        steps.push({ cause: 'event', event: fired.event, via, amount, nominal: amount });
    }
    move({ cause: 'cooling' }, -TENSION_COOLING);
  }
  const rest = after.tension - s.tension;
  if (Math.abs(rest) > 1e-4) steps.push({ cause: 'other', amount: rest, nominal: rest });
  return {
    from: before.tension,
    to: after.tension,
    // Cooling at 0 moved nothing and says nothing; a deal or an escalation held back by the range is kept.
    steps: steps.filter(
      (x) => Math.abs(x.amount) > 1e-9 || (x.cause !== 'cooling' && Math.abs(x.nominal) > 1e-9),
    ),
  };
}
