// A game is its scenario, its seed and its orders: replaying it is a fold of the orders over resolveTurn.
// Written once, here, for every caller: live games, recording, verification, forks, matches.
import type { Scenario } from '../scenario/schema.ts';
import type { Orders } from './actions.ts';
import type { TurnReport } from './report.ts';
import { type OrdersError, type ResolveOptions, resolveTurn } from './resolve.ts';
import type { Result } from './result.ts';
import type { GameState } from './state.ts';

/** One resolved turn of a fold: the `index`-th, its orders, and the states before and after. */
export interface FoldedTurn {
  index: number;
  orders: Orders;
  before: GameState;
  state: GameState;
  report: TurnReport;
}

/** Where a fold stopped: the rules refused the `index`-th orders in `state`. */
export interface FoldRefusal {
  error: OrdersError;
  index: number;
  orders: Orders;
  state: GameState;
}

export interface Folded {
  state: GameState;
  turns: number; // turns resolved
}

/** The orders of the `index`-th turn, decided in `state`; null to stop. */
export type NextOrders = (state: GameState, index: number) => Orders | null;

/**
 * Folds orders over resolveTurn from `start`: a list of orders, or orders decided turn by turn. Stops when
 * the orders run out, when `onTurn` returns false, or at the first turn the rules refuse.
 */
export function foldOrders(
  scenario: Scenario,
  start: GameState,
  orders: readonly Orders[] | NextOrders,
  onTurn?: (turn: FoldedTurn) => unknown, // false stops the fold
  options?: ResolveOptions,
): Result<Folded, FoldRefusal> {
  const next: NextOrders = typeof orders === 'function' ? orders : (_, i) => orders[i] ?? null;
  let state = start;
  for (let index = 0; ; index++) {
    const turnOrders = next(state, index);
    if (!turnOrders) return { ok: true, value: { state, turns: index } };
    const r = resolveTurn(scenario, state, turnOrders, options);
    if (!r.ok) return { ok: false, error: { error: r.error, index, orders: turnOrders, state } };
    const before = state;
    state = r.value.state;
    if (onTurn?.({ index, orders: turnOrders, before, state, report: r.value.report }) === false)
      return { ok: true, value: { state, turns: index + 1 } };
  }
}
