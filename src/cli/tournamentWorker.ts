// A tournament worker: plays the games it is sent, one at a time, and replies with their summaries.
import { parentPort, workerData } from 'node:worker_threads';
import { parsePlayer } from '../players/index.ts';
import { playGame } from '../tournament/game.ts';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './tournamentRunner.ts';

const setup = workerData as WorkerSetup;
const holder = parsePlayer(setup.holder);
const challenger = parsePlayer(setup.challenger);
if (!parentPort || !holder || !challenger)
  throw new Error('the tournament worker was started without its setup');
const port = parentPort;

port.on('message', (request: WorkerRequest) => {
  if ('stop' in request) return process.exit(0);
  let reply: WorkerReply;
  try {
    reply = { index: request.index, summary: playGame(setup.scenario, request.seed, { holder, challenger }) };
  } catch (e) {
    reply = { index: request.index, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
