// A tournament's report: who won how often, how the games ended, and the spread of the scores.
import { CHALLENGER_ENDINGS, HOLDER_ENDINGS, type Side } from '../sim/index.ts';
import type { GameSummary } from './game.ts';
import { median, percentile } from './stats.ts';

export interface ScoreSpread {
  median: number;
  p95: number; // 95th percentile, nearest rank
}

export interface TournamentReport {
  scenario: string;
  holder: string;
  challenger: string;
  seed: string; // the base seed; game i is played on `${seed}/${i}`
  games: number;
  winRate: Record<Side, number>; // fraction of games each side won (see sim/winner.ts)
  drawRate: number;
  endings: Record<string, number>; // "<challenger ending>/<holder ending>" → games
  challengerEndings: Record<string, number>;
  holderEndings: Record<string, number>;
  score: Record<Side, ScoreSpread>;
  turns: { median: number; min: number };
}

export function summarise(
  meta: { scenario: string; holder: string; challenger: string; seed: string },
  games: readonly GameSummary[],
): TournamentReport {
  const n = games.length;
  const count = (pred: (g: GameSummary) => boolean) => games.filter(pred).length;
  const rate = (k: number) => (n > 0 ? k / n : 0);
  const tally = (key: (g: GameSummary) => string, order: readonly string[] = []) => {
    const out: Record<string, number> = Object.fromEntries(order.map((k) => [k, 0]));
    for (const g of games) out[key(g)] = (out[key(g)] ?? 0) + 1;
    return out;
  };
  const spread = (side: Side): ScoreSpread => {
    const xs = games.map((g) => g.score[side]);
    return { median: median(xs), p95: percentile(xs, 95) };
  };
  const endings = tally((g) => g.ending);
  return {
    ...meta,
    games: n,
    winRate: {
      holder: rate(count((g) => g.winner === 'holder')),
      challenger: rate(count((g) => g.winner === 'challenger')),
    },
    drawRate: rate(count((g) => g.winner === 'draw')),
    endings: Object.fromEntries(
      Object.entries(endings).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    ),
    challengerEndings: tally((g) => g.challengerEnding, CHALLENGER_ENDINGS),
    holderEndings: tally((g) => g.holderEnding, HOLDER_ENDINGS),
    score: { holder: spread('holder'), challenger: spread('challenger') },
    turns: {
      median: median(games.map((g) => g.turns)),
      min: games.reduce((m, g) => Math.min(m, g.turns), Number.POSITIVE_INFINITY),
    },
  };
}
