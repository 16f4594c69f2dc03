// Seeded randomness. Every stream is a seedrandom Alea generator whose state lives in the game state,
// so the rules stay pure: a turn takes the state in, draws, and writes the advanced state out.
import alea from 'seedrandom/lib/alea.js';
import { STREAMS, type Stream } from '../scenario/vocabulary.ts';
import type { AleaState } from './state.ts';

export function seedStreams(seed: string): Record<Stream, AleaState> {
  const out = {} as Record<Stream, AleaState>;
  for (const name of STREAMS) out[name] = alea(`${seed}/${name}`, { state: true }).state();
  return out;
}

/** A draw function for one stream, advancing a working copy of its state. */
export interface Dice {
  next(): number; // [0, 1)
  state(): AleaState;
}

export function dice(state: AleaState): Dice {
  const prng = alea('', { state: { ...state } });
  return { next: () => prng(), state: () => prng.state() };
}

/** A throwaway stream for players: seeded from the game seed, the side and the turn, so it needs no state. */
export function playerDice(seed: string, label: string, turn: number): Dice {
  return dice(alea(`${seed}/player/${label}/${turn}`, { state: true }).state());
}

/** Picks an index by weight; returns -1 when every weight is zero. */
export function pickWeighted(weights: readonly number[], u: number): number {
  let total = 0;
  for (const w of weights) total += w;
  if (total <= 0) return -1;
  let x = u * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}
