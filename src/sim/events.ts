// The event deck: drawn by the seeded events stream, gated by conditions on the state, sometimes
// asking one side to choose. Effects change named fields and are booked to the rope as 'event'.
import type { Effect, ScenarioEvent } from '../scenario/schema.ts';
import { CONTROL_LEVELS, type ControlLevel, SIDES, severity } from '../scenario/vocabulary.ts';
import { escalate, list } from './escalation.ts';
import { compare, resolveField } from './fields.ts';
import { sparedByDeal } from './orders.ts';
import { pickWeighted } from './random.ts';
import type { EffectVia, TensionCause } from './report.ts';
import type { GameState } from './state.ts';
import { book, type TurnContext } from './turn.ts';

export function conditionsHold(
  ctx: Pick<TurnContext, 'scenario'>,
  s: GameState,
  event: ScenarioEvent,
): boolean {
  return event.when.every((c) => {
    const field = resolveField(ctx.scenario, c.field);
    return field !== null && compare(field.get(s), c.op, c.value);
  });
}

/** Whose effects these are, so that a move of tension they make is booked to them. */
export type EffectSource =
  | { cause: 'event'; event: string }
  | { cause: 'choice'; event: string; option: string };

const through = (source: EffectSource, via: EffectVia): TensionCause => ({ ...source, via });

export function applyEffects(ctx: TurnContext, effects: readonly Effect[], source: EffectSource): void {
  const { s, scenario } = ctx;
  for (const effect of effects) {
    const field = resolveField(scenario, effect.field);
    if (!field?.set) continue; // the validator reports these; the engine skips them
    const before = field.get(s);
    let next: number | string | boolean = effect.value;
    if (effect.op === 'add') {
      if (typeof before !== 'number' || typeof effect.value !== 'number') continue;
      next = before + effect.value;
    } else if (effect.op === 'atLeast' || effect.op === 'atMost') {
      const order = rank(before, effect.value);
      if (order === null) continue;
      // A floor never loosens what a side chose, a ceiling never tightens it.
      if (effect.op === 'atLeast' ? order >= 0 : order <= 0) continue;
    }
    // A deal binds the holder: no event, nor an option chosen for it, tightens a control or lists a firm
    // the deal spares until it expires.
    const tightens =
      field.kind === 'control'
        ? rank(next, before) === 1
        : field.champion !== undefined && next === true && before === false;
    if (tightens && sparedByDeal(s, field)) continue;
    const tensionBefore = s.tension;
    field.set(s, next);
    const after = field.get(s);
    // What an event or an answer costs a side is spent too: the debrief's spending counts it.
    for (const side of SIDES)
      if (
        field.path === `${side}.money` &&
        typeof before === 'number' &&
        typeof after === 'number' &&
        after < before
      )
        ctx.report.budget[side].spent.events = (ctx.report.budget[side].spent.events ?? 0) + (before - after);
    // An effect on tension itself, booked as what it moved (the field keeps it within 0–100).
    if (s.tension !== tensionBefore) {
      const amount = s.tension - tensionBefore;
      ctx.report.tension.push({ ...through(source, { kind: 'tension' }), amount, nominal: amount });
    }
    if (field.rope && typeof before === 'number' && typeof after === 'number') {
      book(ctx, field.rope.tech, field.rope.input, 'event', after - before);
    }
    // An escalation by event spurs the challenger's resolve just as one by decree.
    if (field.kind === 'control' && typeof before === 'string' && typeof after === 'string') {
      const steps = severity(after as never) - severity(before as never);
      if (steps > 0 && field.tech)
        escalate(ctx, steps, through(source, { kind: 'control', tech: field.tech, steps }));
    }
    if (field.champion && before === false && after === true)
      list(ctx, through(source, { kind: 'listing', champion: field.champion }));
  }
}

/**
 * How the current value compares with an effect's value: a number by size, a control level by severity,
 * true above false. Null when the two cannot be compared.
 */
export function rank(current: number | string | boolean, value: number | string | boolean): number | null {
  if (typeof current === 'number' && typeof value === 'number') return Math.sign(current - value);
  if (typeof current === 'boolean' && typeof value === 'boolean') return Number(current) - Number(value);
  const levels = CONTROL_LEVELS as readonly unknown[];
  if (levels.includes(current) && levels.includes(value))
    return Math.sign(severity(current as ControlLevel) - severity(value as ControlLevel));
  return null;
}

function fire(ctx: TurnContext, event: ScenarioEvent): void {
  ctx.s.fired.push(event.id);
  applyEffects(ctx, event.effects, { cause: 'event', event: event.id });
  if (event.opensTalks) ctx.talksNext = true;
  if (event.choice) {
    const options = event.choice.options.map((o) => o.id);
    ctx.s.pending.push({ event: event.id, side: event.choice.side, options });
    ctx.report.events.push({ event: event.id, choice: { side: event.choice.side, options } });
  } else {
    ctx.report.events.push({ event: event.id, choice: null });
  }
}

const eligible = (ctx: TurnContext, e: ScenarioEvent): boolean =>
  !(e.once && ctx.s.fired.includes(e.id)) &&
  !ctx.s.pending.some((p) => p.event === e.id) &&
  conditionsHold(ctx, ctx.s, e);

/**
 * Scheduled events fire on their turn, and "when-met" events the first turn their conditions hold; then,
 * with the deck's chance, one eligible event is drawn from the rest.
 */
export function drawEvents(ctx: TurnContext): void {
  const { scenario, s } = ctx;
  for (const e of scenario.events) if (e.at === s.turn && eligible(ctx, e)) fire(ctx, e);
  for (const e of scenario.events)
    if (e.trigger === 'when-met' && e.at === undefined && !s.fired.includes(e.id) && eligible(ctx, e))
      fire(ctx, e);
  // Two draws every turn, so the stream stays aligned whatever the deck holds.
  const uFire = ctx.dice.events.next();
  const uPick = ctx.dice.events.next();
  if (uFire >= scenario.eventChance) return;
  const deck = scenario.events.filter((e) => e.at === undefined && e.trigger === 'draw' && eligible(ctx, e));
  const pick = pickWeighted(
    deck.map((e) => e.weight),
    uPick,
  );
  if (pick >= 0) fire(ctx, deck[pick]!);
}

/** Decisions asked last turn: the chosen option, or the first one when the side did not choose. */
export function settleChoices(
  ctx: TurnContext,
  chosen: { holder: Map<string, string>; challenger: Map<string, string> },
): void {
  const pending = ctx.s.pending;
  ctx.s.pending = [];
  for (const p of pending) {
    const event = ctx.scenario.events[ctx.index.eventIndex.get(p.event) ?? -1];
    if (!event?.choice) continue;
    const picked = chosen[p.side].get(p.event);
    const option = event.choice.options.find((o) => o.id === picked) ?? event.choice.options[0]!;
    applyEffects(ctx, option.effects, { cause: 'choice', event: p.event, option: option.id });
    ctx.report.choices.push({
      event: p.event,
      side: p.side,
      option: option.id,
      chosen: picked !== undefined,
    });
  }
}
