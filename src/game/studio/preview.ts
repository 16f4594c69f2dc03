// The live balance preview's figures: from a few dozen AI-vs-AI games on the draft, the endings' spread,
// each side's score, and which of the balance report's targets hold (docs/balance.md reads them the same
// way, over more games).
import type { Scenario } from '../../scenario/schema.ts';
import { CHALLENGER_ENDINGS, HOLDER_ENDINGS } from '../../sim/index.ts';
import { sd } from '../../tournament/stats.ts';

/** One game of the preview, as the worker sends it. */
export interface PreviewGame {
  challengerEnding: string;
  holderEnding: string;
  winner: 'holder' | 'challenger' | 'draw';
  score: { holder: number; challenger: number };
  /** The challenger's score and the mean rope, turn by turn (as they would stand if the game ended then). */
  scoreByTurn: number[];
  holderScoreByTurn: number[];
  ropeByTurn: number[];
}

export interface PreviewTarget {
  key: 'split' | 'endings' | 'dice' | 'reached';
  holds: boolean;
  figure: string;
}

export interface PreviewFigures {
  games: number;
  wins: { holder: number; challenger: number; draw: number }; // shares of games
  challengerEndings: Record<string, number>; // ending → games
  holderEndings: Record<string, number>;
  scoreSd: number;
  targets: PreviewTarget[];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function previewFigures(
  scenario: Pick<Scenario, 'tutorial'>,
  games: readonly PreviewGame[],
): PreviewFigures {
  const n = Math.max(games.length, 1);
  const count = (f: (g: PreviewGame) => boolean) => games.filter(f).length / n;
  const wins = {
    holder: count((g) => g.winner === 'holder'),
    challenger: count((g) => g.winner === 'challenger'),
    draw: count((g) => g.winner === 'draw'),
  };
  const tally = (key: 'challengerEnding' | 'holderEnding') => {
    const out: Record<string, number> = {};
    for (const g of games) out[g[key]] = (out[g[key]] ?? 0) + 1;
    return out;
  };
  const challengerEndings = tally('challengerEnding');
  const holderEndings = tally('holderEnding');
  const scoreSd = sd(games.map((g) => g.score.challenger));
  const distinct = Object.keys(challengerEndings).length;
  const missing = [...CHALLENGER_ENDINGS, ...HOLDER_ENDINGS].filter(
    (e) => !challengerEndings[e] && !holderEndings[e],
  );
  const inRange = (x: number) => x >= 0.3 && x <= 0.7;
  const targets: PreviewTarget[] = [
    {
      key: 'split',
      holds: Boolean(scenario.tutorial) || (inRange(wins.holder) && inRange(wins.challenger)),
      figure: `${pct(wins.holder)} / ${pct(wins.challenger)}`,
    },
    { key: 'endings', holds: distinct >= 2, figure: String(distinct) },
    { key: 'dice', holds: scoreSd >= 4, figure: scoreSd.toFixed(1) },
    { key: 'reached', holds: missing.length === 0, figure: missing.join(', ') },
  ];
  return { games: games.length, wins, challengerEndings, holderEndings, scoreSd, targets };
}
