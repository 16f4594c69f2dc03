// Switching plans: "hold one setting for k turns, then switch to another". A plan is named
// `switch:<first>:<k>:<then>` over the fixed doctrines (`switch:dove:6:hawk` stays open for six turns, then
// bans everything, lists every champion and brings in allies). They check that the AI cannot be gamed by
// a course change its look-ahead did not expect.
import { FIXED_PLAYERS } from './fixed.ts';
import type { Player } from './player.ts';

export interface SwitchPlan {
  first: string; // a fixed doctrine, without `fixed:`
  turns: number; // played on turns 1 … turns
  second: string; // played from turn turns + 1
}

export const switchName = (p: SwitchPlan): string => `switch:${p.first}:${p.turns}:${p.second}`;

/** The plan a name describes, with its side, or null when it is not a switching plan of one side. */
export function parseSwitch(name: string): (SwitchPlan & { side: 'holder' | 'challenger' }) | null {
  const m = /^switch:([a-z-]+):(\d{1,3}):([a-z-]+)$/.exec(name);
  if (!m) return null;
  const first = FIXED_PLAYERS[`fixed:${m[1]}`];
  const second = FIXED_PLAYERS[`fixed:${m[3]}`];
  const turns = Number(m[2]);
  if (!first || !second || first.side !== second.side || turns < 1 || m[1] === m[3]) return null;
  return { first: m[1]!, turns, second: m[3]!, side: first.side };
}

export function switchingPlayer(name: string): Player | null {
  const plan = parseSwitch(name);
  if (!plan) return null;
  const first = FIXED_PLAYERS[`fixed:${plan.first}`]!.player;
  const second = FIXED_PLAYERS[`fixed:${plan.second}`]!.player;
  return {
    name,
    side: plan.side,
    decide: (ctx) => (ctx.state.turn <= plan.turns ? first : second).decide(ctx),
  };
}

/**
 * The switching plans the balance report plays against ai:hard: the open-then-crush holder at several k
 * (the plan that gamed the AI), a crush that relaxes, a licensor that escalates; a challenger that builds
 * at home then goes abroad, and one that researches then sells.
 */
export const SWITCH_PLANS: readonly SwitchPlan[] = [
  { first: 'dove', turns: 3, second: 'hawk' },
  { first: 'dove', turns: 6, second: 'hawk' },
  { first: 'dove', turns: 10, second: 'hawk' },
  { first: 'licensor', turns: 6, second: 'hawk' },
  { first: 'hawk', turns: 8, second: 'dove' },
  { first: 'domestic-only', turns: 8, second: 'exporter' },
  { first: 'research-only', turns: 6, second: 'globalist' },
  { first: 'research-only', turns: 12, second: 'globalist' },
];
