// Writes a side's orders one move at a time, keeping each move only if the whole order stays legal, so
// an AI never submits an order the rules refuse. Moves are tried in the order of their priority.
import type { Scenario } from '../../scenario/schema.ts';
import { type Action, checkOrders, type GameState, type Side } from '../../sim/index.ts';

export interface OrderWriter {
  /** Adds the move if the order stays legal with it; says whether it was kept. */
  add(action: Action): boolean;
  readonly orders: Action[];
}

export function orderWriter(scenario: Scenario, state: GameState, side: Side): OrderWriter {
  const orders: Action[] = [];
  return {
    orders,
    add(action) {
      orders.push(action);
      if (checkOrders(scenario, state, side, orders).ok) return true;
      orders.pop();
      return false;
    },
  };
}
