// How good a state is for a side, on 0–1. A finished game is worth its result (won, drawn, lost; see
// src/sim/winner.ts) plus a little of its score. An unfinished one is judged by where its trends
// lead: the lanes' ropes and bars are projected to the last turn and tested, softly, against each
// ending's marks, the way the board will name the ending.
import type { LaneTest, Scenario } from '../../scenario/schema.ts';
import {
  type EndingFigures,
  endingFigures,
  figureScores,
  type GameState,
  type LaneBars,
  laneBars,
  marksOf,
  points,
  type Side,
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
  const lanes = laneBars(scenario, state);
  return valueOfFigures(scenario, state, endingFigures(scenario, state, lanes), lanes, side, leaning);
}

/** Where a look-ahead starts from: the figures and the lanes, to measure trends against. */
export interface Snapshot {
  figures: EndingFigures;
  lanes: LaneBars[];
}

export function snapshot(scenario: Scenario, state: GameState): Snapshot {
  const lanes = laneBars(scenario, state);
  return { figures: endingFigures(scenario, state, lanes), lanes };
}

/**
 * The value of an unfinished game from the figures and lanes now and where they were `turnsAgo` turns
 * ago, extrapolated (damped) over the turns that remain.
 */
export function projectedValue(
  scenario: Scenario,
  from: Snapshot,
  state: GameState,
  turnsAgo: number,
  side: Side,
  leaning: Leaning = NO_LEANING,
): number {
  if (state.ending) return stateValue(scenario, state, side, leaning);
  const lanesNow = laneBars(scenario, state);
  const now = endingFigures(scenario, state, lanesNow);
  const start = from.figures;
  const remaining = Math.max(0, scenario.turns - state.turn + 1);
  const k = turnsAgo > 0 ? (0.6 * remaining) / turnsAgo : 0;
  const ahead = (a: number, b: number) => a + (a - b) * k;
  const bar = (a: number, b: number) => Math.min(100, Math.max(0, ahead(a, b)));
  const lanes = lanesNow.map((l, i): LaneBars => {
    const b = from.lanes[i]!;
    return {
      tech: l.tech,
      rope: Math.min(100, Math.max(-100, ahead(l.rope, b.rope))),
      make: bar(l.make, b.make),
      sell: bar(l.sell, b.sell),
      chain: bar(l.chain, b.chain),
    };
  });
  const f: EndingFigures = {
    lanes: now.lanes,
    rope: ahead(now.rope, start.rope),
    make: Math.min(100, Math.max(0, ahead(now.make, start.make))),
    home: clampUnit(ahead(now.home, start.home)),
    abroad: clampUnit(ahead(now.abroad, start.abroad)),
    chain: Math.min(100, Math.max(0, ahead(now.chain, start.chain))),
    holderHealth: Math.max(0, ahead(now.holderHealth, start.holderHealth)),
    industryIndex: now.industryIndex,
    crisisTurns: now.crisisTurns,
  };
  return valueOfFigures(scenario, state, f, lanes, side, leaning);
}

function valueOfFigures(
  scenario: Scenario,
  state: GameState,
  f: EndingFigures,
  lanes: readonly LaneBars[],
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
  // Soft odds: near the end, a lane a few points short of a mark is a long shot and a few past nearly
  // sure; with many turns to go, a projection is a guess, so the odds spread wider around each mark.
  const remaining = Math.max(0, scenario.turns - state.turn + 1) / scenario.turns;
  const spread = 4 + 16 * remaining;
  const odds = (test: LaneTest) => {
    let expected = 0;
    for (const lane of lanes) {
      let p = 1;
      for (const { mark, at } of marksOf(test)) p = Math.min(p, clampUnit((lane[mark] - at) / spread + 0.5));
      expected += p;
    }
    return clampUnit((expected - test.lanes + 1) / 2);
  };
  const win = Math.max(odds(e.leader), odds(e.selfReliant));
  const escaped = Math.max(win, odds(e.nextJapan));
  // A challenger stuck at home against a holder whose firms bled is a draw, and so is a crisis that left
  // the holder's firms unhealthy; see winner.ts.
  const hurt = f.holderHealth < e.holderHurt ? 1 : 0;
  const draw = (escaped - win) * hurt;
  const crisisDraw = f.holderHealth < e.holderHealthy ? 0.5 : 0;
  const challengerResult = (1 - crisisRisk) * (win + 0.5 * draw) + crisisRisk * crisisDraw;
  const holderResult = (1 - crisisRisk) * (1 - win - 0.5 * draw) + crisisRisk * (1 - crisisDraw);
  const score = figureScores(scenario, state, f);
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
