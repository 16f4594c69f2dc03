// One game of the studio's balance preview, played headless: the AI against the AI on the author's draft,
// with the challenger's score and the mean rope kept turn by turn for the fan charts.
import { playMatch } from '../../match/match.ts';
import { parsePlayer } from '../../players/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { provisionalScores, winner } from '../../sim/index.ts';
import type { PreviewGame } from './preview.ts';

export interface PreviewJob {
  scenario: Scenario; // validated by the page
  games: number;
  holder: string;
  challenger: string;
}

export type PreviewReply =
  | { kind: 'game'; index: number; game: PreviewGame }
  | { kind: 'done' }
  | { kind: 'failed'; error: string };

export function playPreviewGame(job: PreviewJob, index: number): PreviewGame {
  const { scenario } = job;
  const scoreByTurn: number[] = [];
  const holderScoreByTurn: number[] = [];
  const ropeByTurn: number[] = [];
  const { state } = playMatch(
    scenario,
    `studio/${index}`,
    { holder: parsePlayer(job.holder)!, challenger: parsePlayer(job.challenger)! },
    {
      onTurn: ({ state: s }) => {
        const score = s.ending ? s.ending.score : provisionalScores(scenario, s);
        scoreByTurn.push(score.challenger);
        holderScoreByTurn.push(score.holder);
        ropeByTurn.push(s.techs.reduce((sum, t) => sum + t.rope, 0) / Math.max(1, s.techs.length));
      },
    },
  );
  // A game that ended early (a crisis) keeps its final values to the last turn, as outcome ranges do.
  for (const series of [scoreByTurn, holderScoreByTurn, ropeByTurn])
    while (series.length > 0 && series.length < scenario.turns) series.push(series[series.length - 1]!);
  const e = state.ending!;
  return {
    challengerEnding: e.challenger,
    holderEnding: e.holder,
    winner: winner(e),
    score: e.score,
    scoreByTurn,
    holderScoreByTurn,
    ropeByTurn,
  };
}
