// Property-based fuzz over mutated valid scenarios: the validator never throws and always answers with
// readable problems, and a scenario it accepts never crashes the engine, whoever plays it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playMatch } from '../../src/match/match.ts';
import { random } from '../../src/players/random.ts';
import { validateScenarioText } from '../../src/scenario/validate.ts';
import { minimalScenario } from '../support/minimal.ts';
import { SHIPPED_IDS, shipped } from '../support/scenarios.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every node of a JSON tree, by path. */
function nodes(v: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => void nodes(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) nodes(x, [...at, k], out);
  return out;
}

function get(v: Json, path: Path): Json {
  return path.reduce<Json>((x, k) => (x as Record<string | number, Json>)[k]!, v);
}

function set(root: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (Array.isArray(parent)) parent[key as number] = value;
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

const strings = (v: Json): string[] =>
  nodes(v)
    .map((p) => get(v, p))
    .filter((x): x is string => typeof x === 'string');

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(null, '', '__proto__', 'constructor', '<script>alert(1)</script>', 'ban', true),
  fc.constantFrom<Json>(0, -1, 0.5, 1e9, 1e308, -1e308, 5e-324, 40, 100, 101),
  fc.constantFrom<Json>({}, [], { __proto__: { polluted: 1 } } as unknown as Json),
);

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'scale', 'swap', 'duplicate'),
  value: hostile,
  factor: fc.double({ min: -0.5, max: 3, noNaN: true }),
});

interface Mutation {
  at: number;
  kind: string;
  value: Json;
  factor: number;
}

function mutate(base: Json, ms: readonly Mutation[]): Json {
  let doc = structuredClone(base);
  for (const m of ms) {
    const all = nodes(doc);
    const path = all[m.at % all.length]!;
    const here = get(doc, path);
    switch (m.kind) {
      case 'replace':
        doc = set(doc, path, m.value);
        break;
      case 'delete':
        if (path.length > 0) doc = set(doc, path, undefined);
        break;
      case 'scale':
        if (typeof here === 'number') doc = set(doc, path, here * m.factor);
        break;
      case 'swap': {
        const pool = strings(doc);
        if (typeof here === 'string' && pool.length > 0)
          doc = set(doc, path, pool[(m.at * 7919) % pool.length]!);
        break;
      }
      case 'duplicate':
        if (Array.isArray(here) && here.length > 0) here.push(structuredClone(here[0]!));
        break;
    }
  }
  return doc;
}

const bases: [string, Json][] = [
  ['mini', minimalScenario() as unknown as Json],
  ...SHIPPED_IDS.map((id) => [id, JSON.parse(JSON.stringify(shipped(id)))] as [string, Json]),
];

describe.each(bases)('fuzzing %s', (_, base) => {
  it('the validator never throws and always explains itself', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        const text = JSON.stringify(mutate(base, ms));
        const v = validateScenarioText(text);
        expect(Array.isArray(v.problems)).toBe(true);
        if (v.scenario === null) expect(v.problems.some((p) => p.severity === 'error')).toBe(true);
        for (const p of v.problems) {
          expect(typeof p.message).toBe('string');
          expect(p.message).not.toMatch(/failed on this file/); // the validator's own catch-all
        }
      }),
      { numRuns: 80 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it('an accepted scenario never crashes the engine', () => {
    // Numbers nudged within their ranges are mostly still valid: those reach the engine.
    const nudge = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('scale', 'swap', 'duplicate'),
      value: fc.constant<Json>(null),
      factor: fc.double({ min: 0, max: 2.5, noNaN: true }),
    });
    let played = 0;
    fc.assert(
      fc.property(
        fc.array(nudge, { minLength: 1, maxLength: 6 }),
        fc.string({ maxLength: 8 }),
        (ms, seed) => {
          const v = validateScenarioText(JSON.stringify(mutate(base, ms)));
          if (!v.scenario) return;
          played++;
          const { state } = playMatch(v.scenario, seed, { holder: random, challenger: random });
          expect(state.ending).not.toBeNull();
          const text = JSON.stringify(state);
          expect(text).not.toMatch(/null|NaN|Infinity/);
        },
      ),
      { numRuns: 12 },
    );
    expect(played).toBeGreaterThan(3);
  }, 60_000);
});
