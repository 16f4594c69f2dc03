// The page's side of the workers: promises in, plain JSON out. Each client owns one worker; a request
// sent while another is running waits its turn in the worker's queue.
import type { Scenario } from '../scenario/schema.ts';
import type { Action, GameState, Result, Side } from '../sim/index.ts';
import type { OutcomeRange, RangeProblem, RangeRequest } from '../tournament/ranges.ts';
import type { DecideReply, DecideRequest, RangeJob, RangeReply } from './protocol.ts';

export interface AiClient {
  /** The orders `player` gives for `side` in `state`; rejects with the worker's message on a bad request. */
  decide(scenario: Scenario, state: GameState, side: Side, player: string): Promise<Action[]>;
  terminate(): void;
}

export function aiClient(): AiClient {
  const worker = new Worker(new URL('./aiWorker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (a: Action[]) => void; reject: (e: Error) => void }>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<DecideReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.orders);
    else w.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    for (const w of waiting.values()) w.reject(new Error(event.message || 'the AI worker failed'));
    waiting.clear();
  };
  return {
    decide(scenario, state, side, player) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, scenario, state, side, player } satisfies DecideRequest);
      });
    },
    terminate: () => worker.terminate(),
  };
}

export interface RangeClient {
  /** Plays the request's games in the worker; `progress` hears after each game. */
  compute(
    request: RangeRequest,
    progress?: (done: number, total: number) => void,
  ): Promise<Result<OutcomeRange, RangeProblem>>;
  terminate(): void;
}

export function rangeClient(): RangeClient {
  const worker = new Worker(new URL('./rangeWorker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<
    number,
    {
      resolve: (r: Result<OutcomeRange, RangeProblem>) => void;
      reject: (e: Error) => void;
      progress: (done: number, total: number) => void;
    }
  >();
  let next = 1;
  worker.onmessage = (event: MessageEvent<RangeReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    if (reply.kind === 'progress') return w.progress(reply.done, reply.total);
    waiting.delete(reply.id);
    if (reply.kind === 'done') w.resolve(reply.result);
    else w.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    for (const w of waiting.values()) w.reject(new Error(event.message || 'the range worker failed'));
    waiting.clear();
  };
  return {
    compute(request, progress = () => {}) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject, progress });
        worker.postMessage({ id, request } satisfies RangeJob);
      });
    },
    terminate: () => worker.terminate(),
  };
}
