// Escalation: each tightening raises tension between the sides and the challenger's resolve, which in
// turn spurs its research (the stimulus). Both cool slowly.
import { clamp } from './numbers.ts';
import type { GameState } from './state.ts';

export const TENSION_PER_STEP = 5;
export const TENSION_PER_LISTING = 8;
export const TENSION_PER_ACCESS_STEP = 6;
export const RESOLVE_PER_STEP = 6;
export const RESOLVE_PER_LISTING = 10;

export function escalate(ctx: { s: GameState }, controlSteps: number, listings: number): void {
  const { s } = ctx;
  s.tension = clamp(s.tension + TENSION_PER_STEP * controlSteps + TENSION_PER_LISTING * listings, 0, 100);
  s.challenger.resolve = clamp(
    s.challenger.resolve + RESOLVE_PER_STEP * controlSteps + RESOLVE_PER_LISTING * listings,
    0,
    100,
  );
}

/** The challenger closing its market to the holder's firms is an escalation too. */
export function retaliate(ctx: { s: GameState }, accessSteps: number): void {
  ctx.s.tension = clamp(ctx.s.tension + TENSION_PER_ACCESS_STEP * accessSteps, 0, 100);
}

export function cool(s: GameState): void {
  s.tension = clamp(s.tension - 2, 0, 100);
  s.challenger.resolve = clamp(s.challenger.resolve - 1, 0, 100);
}
