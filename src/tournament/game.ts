// One game of a tournament, played headless and summarised in a few plain numbers.
import { playMatch } from '../match/match.ts';
import type { Player } from '../players/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import {
  type ChallengerEndingId,
  type HolderEndingId,
  hashState,
  type Winner,
  winner,
} from '../sim/index.ts';

export interface GameSummary {
  seed: string;
  turns: number;
  ending: string; // "<challenger ending>/<holder ending>", as `tug sim` prints it
  challengerEnding: ChallengerEndingId;
  holderEnding: HolderEndingId;
  winner: Winner;
  score: { holder: number; challenger: number };
  hash: string;
}

export function playGame(
  scenario: Scenario,
  seed: string,
  players: { holder: Player; challenger: Player },
): GameSummary {
  const { state, orders } = playMatch(scenario, seed, players);
  const ending = state.ending;
  if (!ending) throw new Error(`the game on seed ${seed} did not end`);
  return {
    seed,
    turns: orders.length,
    ending: ending.id,
    challengerEnding: ending.challenger,
    holderEnding: ending.holder,
    winner: winner(ending),
    score: ending.score,
    hash: hashState(state),
  };
}

/** The seeds of a tournament: derived from one base seed, so the same base gives the same games. */
export const tournamentSeed = (base: string, index: number): string => `${base}/${index}`;
