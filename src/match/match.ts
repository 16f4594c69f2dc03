// A whole game played headless: each turn both players decide from the same state, then it resolves.
// The players decide each turn's orders as the fold of orders over resolveTurn (sim/fold.ts) reaches it.
import type { Player } from '../players/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import {
  type FoldedTurn,
  foldOrders,
  type GameState,
  newGame,
  type Orders,
  type TurnReport,
} from '../sim/index.ts';

export interface Match {
  state: GameState;
  orders: Orders[];
  reports: TurnReport[];
}

export interface MatchOptions {
  turns?: number; // stop after this many turns even if the game goes on
  keepReports?: boolean;
  onTurn?: (turn: FoldedTurn) => void; // each resolved turn, as it resolves
}

export function playMatch(
  scenario: Scenario,
  seed: string,
  players: { holder: Player; challenger: Player },
  options: MatchOptions = {},
): Match {
  const orders: Orders[] = [];
  const reports: TurnReport[] = [];
  const limit = options.turns ?? Number.POSITIVE_INFINITY;
  const folded = foldOrders(
    scenario,
    newGame(scenario, seed),
    (state, turns) =>
      state.ending || turns >= limit
        ? null
        : {
            holder: players.holder.decide({ scenario, state, side: 'holder' }),
            challenger: players.challenger.decide({ scenario, state, side: 'challenger' }),
          },
    (turn) => {
      orders.push(turn.orders);
      if (options.keepReports) reports.push(turn.report);
      options.onTurn?.(turn);
    },
  );
  if (!folded.ok) {
    // A player that submits illegal orders is a bug in the player, not a game event.
    const { error, state } = folded.error;
    const who = error.side ? `${players[error.side].name} (${error.side})` : 'a player';
    throw new Error(`${who} gave illegal orders on turn ${state.turn}: ${error.message}`);
  }
  return { state: folded.value.state, orders, reports };
}
