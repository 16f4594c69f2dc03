// What each level may do. Budgets count simulated turns, never time, so a game replays identically on
// any machine; they are calibrated (npm run bench) so that a decision fits the time limits in a
// browser: 100 ms at normal, 1 s at hard.
import type { AiLevel } from './aiName.ts';

export interface LevelRules {
  search: boolean; // looks ahead; easy plays its personality's signature stance, with slips
  candidates: number; // stances of its family it considers (plus the one it is playing now)
  firstSweeps: number; // sampled futures every stance is tried on before the weaker are dropped
  loyalty: number; // how much better (in value, 0–1) another stance must look to replace the one being played
  budget: number; // simulated turns per decision
  horizon: number; // turns looked ahead; the turns left after it are projected from the trend, softly
  // judged against each ending's marks (value.ts), which ranks stances on few futures better than a
  // played-out ending's win or loss does
  choiceBudget: number; // simulated turns per pending event decision
  choiceHorizon: number; // turns looked ahead for an event decision, whose effects come at once
  slip: number; // easy: chance each turn of leaving its settings as they are
  strata: number; // the opponent's course is drawn stratified over this many futures in a row
  modelsOpponent: boolean; // expects the opponent to play what a normal AI's search would choose in its seat
}

export const LEVEL_RULES: Record<AiLevel, LevelRules> = {
  easy: {
    search: false,
    candidates: 1,
    firstSweeps: 0,
    loyalty: 0,
    budget: 0,
    horizon: 0,
    choiceBudget: 0,
    choiceHorizon: 0,
    slip: 0.35,
    strata: 1,
    modelsOpponent: false,
  },
  normal: {
    search: true,
    candidates: 2,
    firstSweeps: 2,
    loyalty: 0.05,
    budget: 180,
    horizon: 30,
    choiceBudget: 20,
    choiceHorizon: 10,
    slip: 0,
    strata: 2,
    modelsOpponent: false,
  },
  // Hard weighs one stance more than normal on five times the futures, over the same horizon, and looks one
  // step deeper: it expects the opponent to play what normal's search would choose in its seat (on dice of
  // its own), not its settings in force. Seven stances on fewer futures each played worse than normal
  // (slow-tug, six seeds a side: docs/balance-notes.md): the best of many noisy estimates is mostly the luckiest.
  hard: {
    search: true,
    candidates: 3,
    firstSweeps: 2,
    loyalty: 0.05,
    budget: 900,
    horizon: 30,
    choiceBudget: 120,
    choiceHorizon: 60,
    slip: 0,
    strata: 2,
    modelsOpponent: true,
  },
};
