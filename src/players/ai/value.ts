// How good a state is for a side, on 0–1. A finished game is worth its result (won, drawn, lost; see
// src/sim/winner.ts) plus a little of its score. An unfinished one is judged by where its trends
// lead: the figures that name the ending are projected to the last turn and classified, softly, the way
// the ending will be.
import type { Scenario } from '../../scenario/schema.ts';
import {
  type EndingFigures,
  endingFigures,
  type GameState,
  points,
  type Side,
  scores,
} from '../../sim/index.ts';

const clampUnit = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** How much of a state's value is the result, and how much the score (which breaks ties). */
const RESULT_WEIGHT = 0.8;

/** A personality's leaning: extra weight on the figures it cares about, added to the result. */
export interface Leaning {
  make: number; // the challenger's capability (rd-first likes it; hawks like it low)
  markets: number; // the challenger's shares at home and abroad (market-first)
  health: number; // the holder's firms (doves)
}

export const NO_LEANING: Leaning = { make: 0, markets: 0, health: 0 };

export function stateValue(
  scenario: Scenario,
  state: GameState,
  side: Side,
  leaning: Leaning = NO_LEANING,
): number {
  if (state.ending) {
    const r = points(state.ending)[side];
    const score = state.ending.score[side] / 100;
    return lean(RESULT_WEIGHT * r + (1 - RESULT_WEIGHT) * score, side, state.ending.figures, leaning);
  }
  return valueOfFigures(scenario, state, endingFigures(scenario, state), side, leaning);
}

/**
 * The value of an unfinished game from the figures now and where they were `turnsAgo` turns ago,
 * extrapolated (damped) over the turns that remain.
 */
export function projectedValue(
  scenario: Scenario,
  start: EndingFigures,
  state: GameState,
  turnsAgo: number,
  side: Side,
  leaning: Leaning = NO_LEANING,
): number {
  if (state.ending) return stateValue(scenario, state, side, leaning);
  const now = endingFigures(scenario, state);
  const remaining = Math.max(0, scenario.turns - state.turn + 1);
  const k = turnsAgo > 0 ? (0.6 * remaining) / turnsAgo : 0;
  const ahead = (a: number, b: number) => a + (a - b) * k;
  const f: EndingFigures = {
    make: Math.min(100, Math.max(0, ahead(now.make, start.make))),
    home: clampUnit(ahead(now.home, start.home)),
    abroad: clampUnit(ahead(now.abroad, start.abroad)),
    chain: Math.min(100, Math.max(0, ahead(now.chain, start.chain))),
    holderHealth: Math.max(0, ahead(now.holderHealth, start.holderHealth)),
    industryIndex: now.industryIndex,
    crisisTurns: now.crisisTurns,
  };
  return valueOfFigures(scenario, state, f, side, leaning);
}

function valueOfFigures(
  scenario: Scenario,
  state: GameState,
  f: EndingFigures,
  side: Side,
  leaning: Leaning,
): number {
  const e = scenario.endings;
  // Crisis: how close the industries are to a crisis ending, by the turns already spent below the line.
  const crisisRisk =
    f.industryIndex < e.crisis.depth
      ? Math.min(1, (f.crisisTurns + 1) / e.crisis.turns)
      : f.industryIndex < e.crisis.depth + 0.04
        ? 0.15
        : 0;
  const ratio = (x: number, y: number) => (y > 0 ? x / y : 1);
  const selfReliant = Math.min(
    ratio(f.make, e.selfReliant.make),
    ratio(f.home, e.selfReliant.home),
    ratio(f.abroad, e.selfReliant.abroad),
  );
  const leader = Math.min(
    ratio(f.make, e.leader.make),
    ratio(f.abroad, e.leader.abroad),
    ratio(f.chain, e.leader.chain),
  );
  const nextJapan = Math.min(ratio(f.make, e.nextJapan.make), ratio(f.home, e.nextJapan.home));
  // Soft odds: near the end, a figure at 85% of its line is a long shot and at 110% nearly sure; with
  // many turns to go, a projection is a guess, so the odds spread wider around the line.
  const remaining = Math.max(0, scenario.turns - state.turn + 1) / scenario.turns;
  const spread = 0.125 + 0.35 * remaining;
  const odds = (x: number) => clampUnit((x - 0.975 + spread) / (2 * spread));
  const win = odds(Math.max(selfReliant, leader));
  const escaped = Math.max(win, odds(nextJapan));
  // A challenger stuck at home against a holder whose firms bled is a draw; see winner.ts.
  const hurt = f.holderHealth < e.holderHurt ? 1 : 0;
  const draw = (escaped - win) * hurt;
  const challengerResult = (1 - crisisRisk) * (win + 0.5 * draw);
  const holderResult = 1 - (1 - crisisRisk) * (win + 0.5 * draw);
  const score = scores(scenario, state, f, false);
  const r = side === 'challenger' ? challengerResult : holderResult;
  return lean(RESULT_WEIGHT * r + (1 - RESULT_WEIGHT) * (score[side] / 100), side, f, leaning);
}

function lean(v: number, side: Side, f: EndingFigures, leaning: Leaning): number {
  if (leaning === NO_LEANING) return v;
  const make = f.make / 100;
  const markets = 0.5 * f.home + 0.5 * clampUnit(f.abroad / 0.2);
  const health = clampUnit(f.holderHealth);
  const sign = side === 'challenger' ? 1 : -1;
  return v + 0.1 * (sign * leaning.make * make + sign * leaning.markets * markets + leaning.health * health);
}
