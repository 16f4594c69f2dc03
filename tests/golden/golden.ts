// The golden replays: for every scenario in scenarios/, a few fixed matches recorded as replays, each
// beside a trace of every state it passed through, so that a rule change that alters them fails with the
// turn and the fields that changed. `npm run golden` regenerates them on purpose.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playMatch } from '../../src/match/match.ts';
import { parsePlayer } from '../../src/players/index.ts';
import { type Replay, replayFromMatch, serializeReplay } from '../../src/replay/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { canonicalJson, type GameState, newGame, resolveTurn } from '../../src/sim/index.ts';

export const GOLDEN_DIR = dirname(fileURLToPath(import.meta.url));

/** The matches recorded for every scenario: random play reaches many rules, doctrines hold a course. */
export const GOLDEN_MATCHES = [
  { name: 'random', seed: 'golden-random', holder: 'random', challenger: 'random' },
  { name: 'doctrine', seed: 'golden-doctrine', holder: 'fixed:hawk', challenger: 'fixed:exporter' },
] as const;
export type GoldenMatch = (typeof GOLDEN_MATCHES)[number];

export const goldenPaths = (scenarioId: string, match: GoldenMatch) => ({
  replay: join(GOLDEN_DIR, `${scenarioId}.${match.name}.replay.json`),
  states: join(GOLDEN_DIR, `${scenarioId}.${match.name}.states.jsonl`),
});

/** Every golden file in the folder, for finding those of scenarios that are gone. */
export const goldenFiles = (): string[] =>
  readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.replay.json') || f.endsWith('.states.jsonl'));

/** A golden match played now: its replay file and its trace (one canonical state per line, start first). */
export function makeGolden(scenario: Scenario, match: GoldenMatch): { replay: string; states: string } {
  const holder = parsePlayer(match.holder)!;
  const challenger = parsePlayer(match.challenger)!;
  const played = playMatch(scenario, match.seed, { holder, challenger });
  const replay = replayFromMatch(scenario, match.seed, played, {
    meta: {
      players: { holder: holder.name, challenger: challenger.name },
      title: `golden replay: ${match.name}`,
    },
  });
  const states = [canonicalJson(newGame(scenario, match.seed))];
  let state = newGame(scenario, match.seed);
  for (const orders of played.orders) {
    const r = resolveTurn(scenario, state, orders);
    if (!r.ok) throw new Error(r.error.message);
    state = r.value.state;
    states.push(canonicalJson(state));
  }
  return { replay: serializeReplay(replay), states: `${states.join('\n')}\n` };
}

export function readGolden(
  scenarioId: string,
  match: GoldenMatch,
): { replay: string; states: GameState[] } | null {
  const paths = goldenPaths(scenarioId, match);
  if (!existsSync(paths.replay) || !existsSync(paths.states)) return null;
  const states = readFileSync(paths.states, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GameState);
  return { replay: readFileSync(paths.replay, 'utf8'), states };
}

/** Every leaf of a JSON value by its path, e.g. techs[1].challenger.capability. */
export function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, '[]');
    value.forEach((v, i) => {
      leaves(v, `${path}[${i}]`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) out.set(path, '{}');
    for (const k of keys) leaves((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
  } else out.set(path, value);
  return out;
}

/** The fields that differ between two states, as "path was X, now Y"; empty when they are equal. */
export function changedFields(was: unknown, now: unknown): string[] {
  const a = leaves(was);
  const b = leaves(now);
  const out: string[] = [];
  for (const [path, v] of a) {
    if (!b.has(path)) out.push(`${path} was ${JSON.stringify(v)}, now gone`);
    else if (JSON.stringify(b.get(path)) !== JSON.stringify(v))
      out.push(`${path} was ${JSON.stringify(v)}, now ${JSON.stringify(b.get(path))}`);
  }
  for (const [path, v] of b) if (!a.has(path)) out.push(`${path} is new: ${JSON.stringify(v)}`);
  return out;
}

/**
 * Replays a golden match's orders under today's rules against its trace: null when every state is the
 * same, else a message naming the first turn that changed and the fields that changed in it.
 */
export function goldenDrift(scenario: Scenario, replay: Replay, trace: GameState[]): string | null {
  let state = newGame(scenario, replay.seed);
  const check = (turn: number): string | null => {
    const expected = trace[turn];
    if (!expected)
      return `turn ${turn}: the trace stops at turn ${trace.length - 1}, but the replay goes on.`;
    if (canonicalJson(expected) === canonicalJson(state)) return null;
    const fields = changedFields(expected, JSON.parse(canonicalJson(state)));
    const shown = fields.slice(0, 6).join('; ');
    const more = fields.length > 6 ? `; and ${fields.length - 6} more fields` : '';
    return `${turn === 0 ? 'the start' : `turn ${turn}`} changed: ${shown}${more}.`;
  };
  const first = check(0);
  if (first) return first;
  for (let i = 0; i < replay.turns.length; i++) {
    const r = resolveTurn(scenario, state, replay.turns[i]!.orders);
    if (!r.ok) return `turn ${i + 1} changed: its recorded orders are now refused: ${r.error.message}`;
    state = r.value.state;
    const drift = check(i + 1);
    if (drift) return drift;
  }
  if (trace.length !== replay.turns.length + 1)
    return `the trace holds ${trace.length - 1} turns, the replay ${replay.turns.length}: regenerate both.`;
  return null;
}
