// Writes a side's orders one move at a time. Each move is priced with the rules' own one-off costs
// against a purse (what is left once the new running costs are paid); a move that does not fit is
// dropped. The whole order is then checked once; should the rules still refuse it (a deal binds, a
// store is full), it is rebuilt move by move, keeping each move only if the order stays legal. So an
// AI never submits an order the rules refuse, and rarely pays for more than one check.
import type { Scenario } from '../../scenario/schema.ts';
import {
  type Action,
  checkOrders,
  costs,
  type GameState,
  indexScenario,
  type Side,
} from '../../sim/index.ts';

export interface Purse {
  money: number;
  capital: number;
}

export interface OrderWriter {
  /** Adds the move if the purse covers it (its one-off cost, plus `extra`); says whether it was kept. */
  add(action: Action, extra?: Purse): boolean;
  /** What is left in the purse. */
  readonly purse: Readonly<Purse>;
  /** The orders, checked. */
  finish(): Action[];
}

export function orderWriter(scenario: Scenario, state: GameState, side: Side, purse: Purse): OrderWriter {
  const orders: Action[] = [];
  const left = { ...purse };
  const { techIndex } = indexScenario(scenario);
  return {
    purse: left,
    add(action, extra = { money: 0, capital: 0 }) {
      const oneOff = costs.oneOffCost(state, scenario, action, (id) => techIndex.get(id) ?? 0);
      const cost = { money: oneOff.money + extra.money, capital: oneOff.capital + extra.capital };
      if (cost.money > left.money + 1e-9 || cost.capital > left.capital + 1e-9) return false;
      left.money -= cost.money;
      left.capital -= cost.capital;
      orders.push(action);
      return true;
    },
    finish() {
      if (checkOrders(scenario, state, side, orders).ok) return orders;
      const kept: Action[] = [];
      for (const a of orders) if (checkOrders(scenario, state, side, [...kept, a]).ok) kept.push(a);
      return kept;
    },
  };
}
