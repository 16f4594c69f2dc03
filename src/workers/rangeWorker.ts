// Outcome ranges are computed here: a hundred games take seconds, and the page stays responsive.
import { outcomeRange } from '../tournament/ranges.ts';
import type { RangeJob, RangeReply, WorkerScope } from './protocol.ts';

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event: MessageEvent<RangeJob>) => {
  const { id, request } = event.data;
  const send = (reply: RangeReply) => scope.postMessage(reply);
  try {
    const result = outcomeRange(request, (done, total) => send({ id, kind: 'progress', done, total }));
    send({ id, kind: 'done', result });
  } catch (e) {
    send({ id, kind: 'failed', error: e instanceof Error ? e.message : String(e) });
  }
};
