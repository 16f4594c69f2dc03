// Outcome ranges, "what usually happens": a scenario played on many seeds by a stand-in for the player's
// style against an opponent, summarised turn by turn as percentile bands of one rope or one score. It
// is a range of what happened in sampled games, for a fan chart, not a prediction of this game.

import { playMatch } from '../match/match.ts';
import { parseStyle } from '../players/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { type GameState, provisionalScores, type Result, type Side } from '../sim/index.ts';
import { percentileBands, RANGE_PERCENTILES } from './stats.ts';

export type RangeMetric =
  | { kind: 'rope'; tech: string } // a technology's rope, −100 (holder) … +100 (challenger)
  | { kind: 'score'; side: Side }; // a side's score as it would stand if the game ended that turn

export interface RangeRequest {
  scenario: Scenario;
  side: Side; // the side the player plays
  style: string; // a player name standing in for the player's style (an AI name plays as its fast style)
  opponent: string; // the opponent's player name (an AI name likewise)
  metric: RangeMetric;
  games?: number; // 100 unless told
  seed?: string; // base seed of the sampled games; game i is played on `${seed}/${i}`
  percentiles?: number[]; // 5, 25, 50, 75, 95 unless told
}

export interface OutcomeRange {
  kind: 'range'; // a spread over sampled games, never a forecast
  scenario: string;
  side: Side;
  style: string;
  opponent: string;
  metric: RangeMetric;
  games: number;
  turns: number[]; // 0 (the start) … the scenario's last turn
  bands: { percentile: number; values: number[] }[]; // one value per entry of `turns`
  endings: Record<string, number>; // "<challenger ending>/<holder ending>" → games
}

export interface RangeProblem {
  code: 'ERR_UNKNOWN_PLAYER' | 'ERR_WRONG_SIDE' | 'ERR_UNKNOWN_TECH' | 'ERR_BAD_VALUE';
  message: string;
}

export const RANGE_GAMES = 100;

const refuse = (code: RangeProblem['code'], message: string): { ok: false; error: RangeProblem } => ({
  ok: false,
  error: { code, message },
});

/**
 * Reads a metric from a state: a rope, or a side's score as it would stand if the game ended then (its
 * final score once it has). Null when the metric is malformed or names no technology of the scenario.
 */
export function metricReader(scenario: Scenario, metric: RangeMetric): ((s: GameState) => number) | null {
  if (metric?.kind === 'rope') {
    const i = scenario.technologies.findIndex((t) => t.id === metric.tech);
    return i < 0 ? null : (s) => s.techs[i]!.rope;
  }
  if (metric?.kind === 'score' && (metric.side === 'holder' || metric.side === 'challenger'))
    return (s) => (s.ending ? s.ending.score[metric.side] : provisionalScores(scenario, s)[metric.side]);
  return null;
}

export function outcomeRange(
  req: RangeRequest,
  progress: (done: number, total: number) => void = () => {},
): Result<OutcomeRange, RangeProblem> {
  const { scenario, side, metric } = req;
  const games = req.games ?? RANGE_GAMES;
  if (!Number.isInteger(games) || games < 1 || games > 1000)
    return refuse('ERR_BAD_VALUE', 'An outcome range plays 1 to 1000 games.');
  const bands = req.percentiles ?? [...RANGE_PERCENTILES];
  if (bands.some((p) => typeof p !== 'number' || !(p >= 0 && p <= 100)))
    return refuse('ERR_BAD_VALUE', 'Percentiles are numbers from 0 to 100.');
  if (side !== 'holder' && side !== 'challenger')
    return refuse('ERR_BAD_VALUE', 'The side is holder or challenger.');
  const other: Side = side === 'holder' ? 'challenger' : 'holder';
  const players = {} as Record<Side, ReturnType<typeof parseStyle> & object>;
  for (const [who, name] of [
    [side, req.style],
    [other, req.opponent],
  ] as const) {
    const p = typeof name === 'string' ? parseStyle(name) : null;
    if (!p)
      return refuse('ERR_UNKNOWN_PLAYER', `There is no player ${JSON.stringify(String(name)).slice(0, 40)}.`);
    if (p.side && p.side !== who)
      return refuse('ERR_WRONG_SIDE', `${name} plays the ${p.side}, not the ${who}.`);
    players[who] = p;
  }
  const read = metricReader(scenario, metric);
  if (!read)
    return metric?.kind === 'rope'
      ? refuse(
          'ERR_UNKNOWN_TECH',
          `There is no technology ${JSON.stringify(String(metric.tech)).slice(0, 40)}.`,
        )
      : refuse(
          'ERR_BAD_VALUE',
          'The metric is a rope ({ kind: "rope", tech }) or a score ({ kind: "score", side }).',
        );

  const base = req.seed ?? 'range';
  const series: number[][] = []; // by game, by turn
  const endings: Record<string, number> = {};
  for (let g = 0; g < games; g++) {
    const values: number[] = [];
    const { state } = playMatch(scenario, `${base}/${g}`, players, {
      onTurn: (turn) => {
        if (turn.index === 0) values.push(read(turn.before));
        values.push(read(turn.state));
      },
    });
    // A game that ended early (a crisis) keeps its final value to the last turn: it is over.
    while (values.length <= scenario.turns) values.push(values[values.length - 1]!);
    series.push(values);
    const id = state.ending!.id; // playMatch plays to the end
    endings[id] = (endings[id] ?? 0) + 1;
    progress(g + 1, games);
  }
  const turns = Array.from({ length: scenario.turns + 1 }, (_, t) => t);
  return {
    ok: true,
    value: {
      kind: 'range',
      scenario: scenario.id,
      side,
      style: req.style,
      opponent: req.opponent,
      metric,
      games,
      turns,
      bands: percentileBands(series, bands),
      endings,
    },
  };
}
