// The page's outcome ranges: computed in one worker, remembered for the page's life, and only the one
// last asked for is computed: asking for another cancels it, so clicking through the scenarios never
// queues a minute of work behind the card being looked at.
import type { Result } from '../sim/index.ts';
import type { OutcomeRange, RangeProblem, RangeRequest } from '../tournament/ranges.ts';
import { type RangeClient, rangeClient } from '../workers/clients.ts';

type Answer = Result<OutcomeRange, RangeProblem>;
type Progress = (done: number, total: number) => void;

const known = new Map<string, Answer>();
let client: RangeClient | null = null;
let running: { key: string; answer: Promise<Answer>; listeners: Set<Progress>; cancel: () => void } | null =
  null;

/** A range already computed on this page, if any. */
export const knownRange = (key: string): Answer | undefined => known.get(key);

/** The range for `request`, identified by `key`. Rejects when cancelled by a later request, or on failure. */
export function requestRange(key: string, request: RangeRequest, progress: Progress): Promise<Answer> {
  const have = known.get(key);
  if (have) return Promise.resolve(have);
  if (running?.key === key) {
    running.listeners.add(progress);
    return running.answer;
  }
  running?.cancel();
  const listeners = new Set<Progress>([progress]);
  client ??= rangeClient();
  let cancel = () => {};
  const answer = new Promise<Answer>((resolve, reject) => {
    cancel = () => {
      client?.terminate(); // the only way to stop a worker mid-loop; the next request starts a fresh one
      client = null;
      reject(new Error('cancelled'));
    };
    client!
      .compute(request, (done, total) => {
        for (const l of listeners) l(done, total);
      })
      .then(resolve, reject);
  }).then(
    (a) => {
      known.set(key, a);
      if (running?.key === key) running = null;
      return a;
    },
    (e: unknown) => {
      if (running?.key === key) {
        running = null;
        client?.terminate(); // a worker that failed is not trusted with the next request
        client = null;
      }
      throw e;
    },
  );
  running = { key, answer, listeners, cancel };
  return answer;
}
