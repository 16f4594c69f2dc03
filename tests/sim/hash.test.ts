// canonicalJson is written for speed; its output must stay the plain definition's, or every recorded
// replay and golden hash would change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playMatch } from '../../src/match/match.ts';
import { random } from '../../src/players/random.ts';
import { canonicalJson } from '../../src/sim/index.ts';
import { SHIPPED_IDS, shipped } from '../support/scenarios.ts';

/** The definition: JSON with every object's keys sorted, undefined members left out. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const keys = Object.keys(value as object).sort();
  const parts: string[] = [];
  for (const k of keys) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) parts.push(`${JSON.stringify(k)}:${reference(v)}`);
  }
  return `{${parts.join(',')}}`;
}

describe('canonicalJson', () => {
  it('writes what the definition writes, for any JSON-like value', () => {
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: 'small' },
        fc.double(),
        fc.integer(),
        fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 5e-7),
        fc.string({ unit: 'grapheme' }),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
        fc.array(tie('any'), { maxLength: 5 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('any'), { maxKeys: 5 }),
      ),
    })).any;
    fc.assert(
      fc.property(value, (v) => canonicalJson(v) === reference(v)),
      { numRuns: 500 },
    );
  });

  it('keeps holes in arrays as the definition does', () => {
    // biome-ignore lint/suspicious/noSparseArray: the quirk under test
    const sparse = [1, , 3];
    expect(canonicalJson(sparse)).toBe(reference(sparse));
  });

  it.each(SHIPPED_IDS)('writes the states of a whole game of %s as the definition does', (id) => {
    const scenario = shipped(id);
    const m = playMatch(scenario, 'canonical', { holder: random, challenger: random });
    expect(canonicalJson(m.state)).toBe(reference(m.state));
    expect(canonicalJson(scenario)).toBe(reference(scenario));
  });
});
