// A whole game played headless: each turn both players decide from the same state, then it resolves.
// A game is its scenario, its seed and the list of orders: folding the orders over resolveTurn replays it.
import type { Player } from '../players/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { type GameState, newGame, type Orders, resolveTurn, type TurnReport } from '../sim/index.ts';

export interface Match {
  state: GameState;
  orders: Orders[];
  reports: TurnReport[];
}

export interface MatchOptions {
  turns?: number; // stop after this many turns even if the game goes on
  keepReports?: boolean;
}

export function playMatch(
  scenario: Scenario,
  seed: string,
  players: { holder: Player; challenger: Player },
  options: MatchOptions = {},
): Match {
  let state = newGame(scenario, seed);
  const orders: Orders[] = [];
  const reports: TurnReport[] = [];
  const limit = options.turns ?? Number.POSITIVE_INFINITY;
  while (!state.ending && orders.length < limit) {
    const turnOrders: Orders = {
      holder: players.holder.decide({ scenario, state, side: 'holder' }),
      challenger: players.challenger.decide({ scenario, state, side: 'challenger' }),
    };
    const result = resolveTurn(scenario, state, turnOrders);
    if (!result.ok) {
      // A player that submits illegal orders is a bug in the player, not a game event.
      const who = result.error.side
        ? `${players[result.error.side].name} (${result.error.side})`
        : 'a player';
      throw new Error(`${who} gave illegal orders on turn ${state.turn}: ${result.error.message}`);
    }
    orders.push(turnOrders);
    if (options.keepReports) reports.push(result.value.report);
    state = result.value.state;
  }
  return { state, orders, reports };
}

/** Replays orders from the start: the fold that makes every game reproducible. */
export function replayOrders(scenario: Scenario, seed: string, orders: readonly Orders[]): GameState {
  let state = newGame(scenario, seed);
  for (const o of orders) {
    const result = resolveTurn(scenario, state, o);
    if (!result.ok) throw new Error(result.error.message);
    state = result.value.state;
  }
  return state;
}
