// One game of the studio's balance preview, played headless: the AI against the AI on the author's draft,
// with the challenger's score and the mean rope kept turn by turn for the fan charts.
import { parsePlayer } from '../../players/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { newGame, provisionalScores, resolveTurn, winner } from '../../sim/index.ts';
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
  const holder = parsePlayer(job.holder)!;
  const challenger = parsePlayer(job.challenger)!;
  let state = newGame(scenario, `studio/${index}`);
  const scoreByTurn: number[] = [];
  const holderScoreByTurn: number[] = [];
  const ropeByTurn: number[] = [];
  const meanRope = () => state.techs.reduce((s, t) => s + t.rope, 0) / Math.max(1, state.techs.length);
  while (!state.ending) {
    const r = resolveTurn(scenario, state, {
      holder: holder.decide({ scenario, state, side: 'holder' }),
      challenger: challenger.decide({ scenario, state, side: 'challenger' }),
    });
    if (!r.ok) throw new Error(r.error.message);
    state = r.value.state;
    const score = state.ending ? state.ending.score : provisionalScores(scenario, state);
    scoreByTurn.push(score.challenger);
    holderScoreByTurn.push(score.holder);
    ropeByTurn.push(meanRope());
  }
  const e = state.ending;
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
