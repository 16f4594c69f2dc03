// Plays a tournament's games on worker threads (one per core, two by default) and gathers them in seed
// order, so the report does not depend on which worker finished first.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/schema.ts';
import { type GameSummary, tournamentSeed } from '../tournament/game.ts';
import { summarise, type TournamentReport } from '../tournament/summary.ts';

export interface TournamentOptions {
  scenario: Scenario;
  holder: string;
  challenger: string;
  games: number;
  seed: string; // base seed
  workers?: number;
}

export type WorkerRequest = { index: number; seed: string } | { stop: true };
export type WorkerReply = { index: number; summary: GameSummary } | { index: number; error: string };
export interface WorkerSetup {
  scenario: Scenario;
  holder: string;
  challenger: string;
}

const BOOT = new URL('./tournamentWorker.boot.mjs', import.meta.url);

export const defaultWorkers = (): number => Math.max(1, Math.min(2, availableParallelism()));

export function runTournament(
  options: TournamentOptions,
  progress: (done: number, total: number) => void = () => {},
): Promise<TournamentReport> {
  const { games, seed } = options;
  const results: GameSummary[] = new Array(games);
  const count = Math.max(1, Math.min(options.workers ?? defaultWorkers(), games));
  const setup: WorkerSetup = {
    scenario: options.scenario,
    holder: options.holder,
    challenger: options.challenger,
  };
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let failed = false;
    const workers: Worker[] = [];
    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else
        resolve(
          summarise(
            { scenario: options.scenario.id, holder: options.holder, challenger: options.challenger, seed },
            results,
          ),
        );
    };
    const feed = (w: Worker) => {
      if (next < games) {
        const index = next++;
        w.postMessage({ index, seed: tournamentSeed(seed, index) } satisfies WorkerRequest);
      }
    };
    if (games === 0) return finish();
    for (let i = 0; i < count; i++) {
      const w = new Worker(BOOT, { workerData: setup });
      workers.push(w);
      w.on('message', (reply: WorkerReply) => {
        if ('error' in reply)
          return finish(new Error(`game ${tournamentSeed(seed, reply.index)}: ${reply.error}`));
        results[reply.index] = reply.summary;
        done++;
        progress(done, games);
        if (done === games) finish();
        else feed(w);
      });
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => {
        if (done < games && code !== 0) finish(new Error(`a tournament worker stopped with code ${code}`));
      });
      feed(w);
    }
  });
}
