import { describe, expect, it } from 'vitest';
import { successiveHalving } from '../../src/players/ai/search.ts';

/** Candidate c is worth c / 10 on average; samples add the same noise to every candidate. */
const trial = (c: number, sample: number) => ({ value: c / 10 + ((sample * 7) % 5) / 100, turns: 10 });

describe('successive halving', () => {
  it('finds the best candidate, and gives the survivors the same samples', () => {
    const r = successiveHalving(8, trial, 400);
    expect(r.best).toBe(7);
    expect(r.means[7]).toBeGreaterThan(r.means[6]!);
  });

  it('starts no round once its budget is spent', () => {
    let spent = 0;
    successiveHalving(
      8,
      (c, s) => {
        spent += 10;
        return trial(c, s);
      },
      100,
    );
    // The first round in full (8 × 10); a second, begun within budget, sweeps its 4 survivors once
    // (4 × 10); then the budget is spent and no third round starts.
    expect(spent).toBe(120);
  });

  it('tries every candidate on as many samples as asked before dropping any', () => {
    const seen = new Map<number, number[]>();
    successiveHalving(
      4,
      (c, s) => {
        seen.set(c, [...(seen.get(c) ?? []), s]);
        return trial(c, s);
      },
      0,
      2,
    );
    for (const c of [0, 1, 2, 3]) expect(seen.get(c)).toEqual([0, 1]);
  });

  it('never drops the candidate it is told to keep', () => {
    const r = successiveHalving(8, trial, 1000, 1, 0);
    expect(Number.isNaN(r.means[0]!)).toBe(false);
    const seen: number[] = [];
    successiveHalving(
      8,
      (c, s) => {
        if (c === 0) seen.push(s);
        return trial(c, s);
      },
      1000,
      1,
      0,
    );
    expect(seen.length).toBeGreaterThan(1); // still sampled after the first round
  });
});
