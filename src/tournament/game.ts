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
  talks: { rounds: number; deals: number }; // rounds of talks held, and how many ended in a deal
  ropes: Record<string, number>; // each technology's final rope
  meanRope: number; // their mean: where the board stood at the end
}

export function playGame(
  scenario: Scenario,
  seed: string,
  players: { holder: Player; challenger: Player },
): GameSummary {
  const { state, orders, reports } = playMatch(scenario, seed, players, { keepReports: true });
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
    talks: {
      rounds: reports.filter((r) => r.talks).length,
      deals: reports.filter((r) => r.talks?.outcome === 'deal').length,
    },
    ropes: Object.fromEntries(state.techs.map((t) => [t.id, t.rope])),
    meanRope: state.techs.reduce((sum, t) => sum + t.rope, 0) / Math.max(1, state.techs.length),
  };
}

/** The seeds of a tournament: derived from one base seed, so the same base gives the same games. */
export const tournamentSeed = (base: string, index: number): string => `${base}/${index}`;
