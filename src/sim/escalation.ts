// Escalation: each tightening raises tension between the sides and the challenger's resolve, which in
// turn spurs its research (the stimulus). Both cool slowly. Every move of tension is booked in the turn's
// report with its cause, so the debrief can say why tension moved without working it out again.
import { clamp } from './numbers.ts';
import type { TensionCause, TurnReport } from './report.ts';
import type { GameState } from './state.ts';

export const TENSION_PER_STEP = 5;
export const TENSION_PER_LISTING = 8;
export const TENSION_PER_ACCESS_STEP = 6;
export const TENSION_PER_DEAL = 3 * TENSION_PER_STEP; // what a deal takes off
export const TENSION_COOLING = 2; // what every turn takes off
export const RESOLVE_PER_STEP = 6;
export const RESOLVE_PER_LISTING = 10;

type Books = { s: GameState; report: Pick<TurnReport, 'tension'> };

/** Moves tension by `nominal`, within 0–100, and books what it actually moved to `cause`. */
export function moveTension(ctx: Books, cause: TensionCause, nominal: number): void {
  const from = ctx.s.tension;
  ctx.s.tension = clamp(from + nominal, 0, 100);
  ctx.report.tension.push({ ...cause, amount: ctx.s.tension - from, nominal });
}

/** A tightening by `steps` of control levels (cause 'control', or an event's or a choice's doing). */
export function escalate(ctx: Books, steps: number, cause: TensionCause): void {
  moveTension(ctx, cause, TENSION_PER_STEP * steps);
  ctx.s.challenger.resolve = clamp(ctx.s.challenger.resolve + RESOLVE_PER_STEP * steps, 0, 100);
}

/** A champion put on the entity list. */
export function list(ctx: Books, cause: TensionCause): void {
  moveTension(ctx, cause, TENSION_PER_LISTING);
  ctx.s.challenger.resolve = clamp(ctx.s.challenger.resolve + RESOLVE_PER_LISTING, 0, 100);
}

/** The challenger closing its market to the holder's firms is an escalation too. */
export function retaliate(ctx: Books, accessSteps: number): void {
  moveTension(ctx, { cause: 'marketAccess', steps: accessSteps }, TENSION_PER_ACCESS_STEP * accessSteps);
}

export function cool(ctx: Books): void {
  moveTension(ctx, { cause: 'cooling' }, -TENSION_COOLING);
  ctx.s.challenger.resolve = clamp(ctx.s.challenger.resolve - 1, 0, 100);
}
