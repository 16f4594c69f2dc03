// cloneData stands in for structuredClone on the game's plain data: it must give an equal, independent
// copy, keep a hostile `__proto__` id as a key, and leave the game's hashes as they were.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarioFiles.ts';
import { playMatch } from '../../src/match/match.ts';
import { idle } from '../../src/players/idle.ts';
import { cloneData, hashState } from '../../src/sim/index.ts';

describe('cloneData', () => {
  it('copies any JSON value equal to structuredClone, and independent of the original', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = cloneData(value);
        expect(copy).toStrictEqual(structuredClone(value));
        expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
      }),
    );
  });

  it('copies a played game state to the same hash, and a change to the copy leaves the original alone', () => {
    const scenario = loadScenario('slow-tug');
    const { state } = playMatch(scenario, 'clone/1', { holder: idle, challenger: idle });
    const copy = cloneData(state);
    expect(hashState(copy)).toBe(hashState(state));
    copy.techs[0]!.rope += 10;
    copy.holder.policy.entityList.push('x');
    expect(hashState(copy)).not.toBe(hashState(state));
    expect(state.holder.policy.entityList).not.toContain('x');
  });

  it('keeps an own __proto__ key as a key, never as the prototype', () => {
    const map = JSON.parse('{"__proto__": {"level": 2}, "constructor": 1}') as Record<string, unknown>;
    const copy = cloneData(map);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ level: 2 });
  });
});
