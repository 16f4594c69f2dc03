// Looking ahead: a copy of the game played forward with both sides following a model of their play.
// The copy's random streams are reseeded from the AI's own stream, so the AI samples possible futures
// instead of reading the real game's next draws, and the real game's streams are never touched.
import type { Scenario } from '../../scenario/schema.ts';
import {
  type Action,
  type GameState,
  type Orders,
  resolveTurn,
  type Side,
  seedStreams,
} from '../../sim/index.ts';

const LOOK_AHEAD = { explain: false } as const;

export type Behaviour = (state: GameState) => Action[];

export interface Line {
  side: Side; // the side looking ahead
  first: Action[]; // its orders this turn
  own: Behaviour; // how it plays later turns
  opponent: Behaviour; // how it expects the other side to play, this turn and later
}

export interface Outcome {
  state: GameState;
  turns: number; // turns resolved
}

export function rollout(
  scenario: Scenario,
  state: GameState,
  line: Line,
  horizon: number,
  seed: string,
): Outcome {
  // resolveTurn copies the state it is given, so a shallow copy with fresh streams leaves `state` alone.
  let s: GameState = { ...state, rng: seedStreams(seed) };
  let turns = 0;
  while (!s.ending && turns < horizon) {
    const mine = turns === 0 ? line.first : line.own(s);
    const theirs = line.opponent(s);
    const orders: Orders =
      line.side === 'holder' ? { holder: mine, challenger: theirs } : { holder: theirs, challenger: mine };
    // The look-ahead reads states only, so the report's explanations are left out.
    let r = resolveTurn(scenario, s, orders, LOOK_AHEAD);
    // Models write legal orders; should one not, that side stands still rather than ending the look-ahead.
    if (!r.ok && r.error.side) r = resolveTurn(scenario, s, { ...orders, [r.error.side]: [] }, LOOK_AHEAD);
    if (!r.ok) break;
    s = r.value.state;
    turns++;
  }
  return { state: s, turns };
}
