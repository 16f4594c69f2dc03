// A stance for either side, and the orders it gives.
import type { Scenario } from '../../scenario/schema.ts';
import type { Action, GameState, Side } from '../../sim/index.ts';
import { answerOrders } from '../answer.ts';
import { type ChallengerStance, challengerOrders } from './challengerDoctrine.ts';
import { type HolderStance, holderOrders } from './holderDoctrine.ts';

export type Stance = HolderStance | ChallengerStance;

/** A stance's orders, with its answer to a proposal put to it. */
export function stanceOrders(scenario: Scenario, state: GameState, side: Side, stance: Stance): Action[] {
  const orders =
    side === 'holder'
      ? holderOrders(scenario, state, stance as HolderStance)
      : challengerOrders(scenario, state, stance as ChallengerStance);
  return [...orders, ...answerOrders(state, side)];
}
