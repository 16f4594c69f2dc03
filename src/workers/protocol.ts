// Messages between the page and its workers. Everything is plain JSON, so it survives structured clone.
import type { Scenario } from '../scenario/schema.ts';
import type { Action, GameState, Result, Side } from '../sim/index.ts';
import type { OutcomeRange, RangeProblem, RangeRequest } from '../tournament/ranges.ts';

export interface DecideRequest {
  id: number;
  scenario: Scenario;
  state: GameState;
  side: Side;
  player: string; // a player name: `ai:<level>[:<personality>]`, `random`, `idle`…
}

export type DecideReply =
  | { id: number; ok: true; orders: Action[] }
  | { id: number; ok: false; error: string };

export interface RangeJob {
  id: number;
  request: RangeRequest;
}

export type RangeReply =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'done'; result: Result<OutcomeRange, RangeProblem> }
  | { id: number; kind: 'failed'; error: string };

/** The part of a worker's global scope the entries use (the DOM library types `self` as a window). */
export interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}
