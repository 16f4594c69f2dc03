// The studio's live balance preview: plays AI-against-AI games on the author's draft, one at a time, and
// sends each as it ends, so the page shows the figures filling in. The page terminates this worker when
// the draft changes again: nothing here needs to notice.
import { type PreviewJob, type PreviewReply, playPreviewGame } from '../game/studio/previewGame.ts';
import type { WorkerScope } from './protocol.ts';

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event: MessageEvent<PreviewJob>) => {
  const job = event.data;
  try {
    for (let i = 0; i < job.games; i++)
      scope.postMessage({ kind: 'game', index: i, game: playPreviewGame(job, i) } satisfies PreviewReply);
    scope.postMessage({ kind: 'done' } satisfies PreviewReply);
  } catch (e) {
    scope.postMessage({
      kind: 'failed',
      error: e instanceof Error ? e.message : String(e),
    } satisfies PreviewReply);
  }
};
