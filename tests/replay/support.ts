// Replays for the tests: recorded once per scenario and seed, from matches played headless.
import { playMatch } from '../../src/match/match.ts';
import { parsePlayer } from '../../src/players/index.ts';
import {
  type Replay,
  replayFromMatch,
  type ScenarioLookup,
  serializeReplay,
} from '../../src/replay/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { SHIPPED_IDS, shipped } from '../support/scenarios.ts';

export const scenarios = new Map<string, Scenario>(SHIPPED_IDS.map((id) => [id, shipped(id)]));
export const find: ScenarioLookup = (id) => scenarios.get(id) ?? null;
export const slowTug = (): Scenario => scenarios.get('slow-tug')!;

const cache = new Map<string, Replay>();
export function recorded(
  scenario: Scenario,
  seed = 'test',
  holder = 'random',
  challenger = 'random',
): Replay {
  const key = `${scenario.id}/${seed}/${holder}/${challenger}`;
  let replay = cache.get(key);
  if (!replay) {
    const players = { holder: parsePlayer(holder)!, challenger: parsePlayer(challenger)! };
    replay = replayFromMatch(scenario, seed, playMatch(scenario, seed, players), {
      meta: { players: { holder, challenger } },
    });
    cache.set(key, replay);
  }
  return structuredClone(replay);
}

export const recordedText = (scenario = slowTug(), seed = 'test'): string =>
  serializeReplay(recorded(scenario, seed));

/** The replay's text with one turn's line rewritten. */
export function editTurn(text: string, turn: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(`{"turn":${turn},`));
  if (i < 0) throw new Error(`no turn ${turn} in the text`);
  const edited = edit(lines[i]!);
  if (edited === lines[i]) throw new Error(`the edit changed nothing in turn ${turn}`);
  lines[i] = edited;
  return lines.join('\n');
}
