// A stance for either side, and the orders it gives.
import type { Scenario } from '../../scenario/schema.ts';
import type { Action, GameState, Side } from '../../sim/index.ts';
import { type ChallengerStance, challengerOrders } from './challengerDoctrine.ts';
import { type HolderStance, holderOrders } from './holderDoctrine.ts';

export type Stance = HolderStance | ChallengerStance;

export function stanceOrders(scenario: Scenario, state: GameState, side: Side, stance: Stance): Action[] {
  return side === 'holder'
    ? holderOrders(scenario, state, stance as HolderStance)
    : challengerOrders(scenario, state, stance as ChallengerStance);
}
