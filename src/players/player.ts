// A player decides one side's orders for a turn from the state it can see. It may not change the state;
// any randomness comes from its own stream, seeded by the game seed, its name, its side and the turn.
import type { Scenario } from '../scenario/schema.ts';
import type { Action, GameState, Side } from '../sim/index.ts';

export interface PlayerContext {
  scenario: Scenario;
  state: GameState;
  side: Side;
}

export interface Player {
  name: string;
  side?: Side; // the only side it can play, when it is made for one (fixed doctrines, AI personalities)
  decide(ctx: PlayerContext): Action[];
}
