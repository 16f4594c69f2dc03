// The replay checks as a page: served by Vite, opened in Chromium by replay.test.ts. It verifies the
// golden replays with the same src/replay code the command line runs, records a game per scenario for
// the Node-vs-Chromium comparison, plays a fork from turn 10, and opens the link in its own address.
import { playMatch } from '../../src/match/match.ts';
import { random } from '../../src/players/random.ts';
import {
  forkReplay,
  type Outcome,
  openLink,
  type Replay,
  readReplay,
  recordTurn,
  replayFromMatch,
  scenarioHash,
  verifyReplayText,
} from '../../src/replay/index.ts';
import { shippedScenarios } from '../../src/scenario/shipped.ts';
import { resolveTurn } from '../../src/sim/index.ts';
import { CROSS_SEED } from './replayShared.ts';

const goldens = import.meta.glob<string>('../golden/*.replay.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const scenarios = shippedScenarios();
const find = (id: string) => scenarios.find((s) => s.id === id) ?? null;

const failure = <T>(r: Outcome<T>) =>
  r.ok ? null : { code: r.error.code, turn: r.error.turn, message: r.error.message };

function forkFrom10(text: string): Replay | string {
  const read = readReplay(text);
  if (!read.ok) return read.error.message;
  const scenario = find(read.value.replay.scenario.id)!;
  const fork = forkReplay(scenario, read.value.replay, 10, {
    players: { holder: 'random', challenger: 'random' },
  });
  if (!fork.ok) return fork.error.message;
  let { replay, state } = fork.value;
  while (!state.ending) {
    // Other orders than the parent's from turn 11 on: the random players' choices for another seed.
    const other = { ...state, seed: `${state.seed}/fork` };
    const orders = {
      holder: random.decide({ scenario, state: other, side: 'holder' }),
      challenger: random.decide({ scenario, state: other, side: 'challenger' }),
    };
    const r = resolveTurn(scenario, state, orders);
    if (!r.ok) return r.error.message;
    state = r.value.state;
    replay = recordTurn(replay, orders, state);
  }
  return replay;
}

function turnsIn(text: string): number {
  const read = readReplay(text);
  return read.ok ? read.value.replay.turns.length : 0;
}

function report() {
  const link = location.hash ? openLink(location.href, find) : null;
  return {
    userAgent: navigator.userAgent,
    goldens: Object.entries(goldens).map(([path, text]) => {
      const r = verifyReplayText(text, find);
      return { file: path.split('/').pop()!, turns: r.ok ? r.value.turns : null, failure: failure(r) };
    }),
    scenarios: scenarios.map((scenario) => ({
      id: scenario.id,
      contentHash: scenarioHash(scenario),
      replay: replayFromMatch(
        scenario,
        CROSS_SEED,
        playMatch(scenario, CROSS_SEED, { holder: random, challenger: random }),
      ),
    })),
    fork: Object.entries(goldens)
      // A game shorter than ten turns (the tutorial has eight) has no turn 10 to fork from.
      .filter(([path, text]) => path.endsWith('.random.replay.json') && turnsIn(text) > 10)
      .map(([path, text]) => ({ file: path.split('/').pop()!, fork: forkFrom10(text) })),
    link:
      link === null
        ? null
        : {
            kind: link.ok ? link.value.kind : null,
            turns: link.ok && link.value.kind === 'replay' ? link.value.verified.turns : null,
            failure: failure(link),
          },
  };
}

export type PageReport = ReturnType<typeof report>;

declare global {
  interface Window {
    replayReport?: PageReport | { crashed: string };
  }
}

try {
  window.replayReport = report();
} catch (e) {
  window.replayReport = { crashed: String((e as Error)?.stack ?? e) };
}
