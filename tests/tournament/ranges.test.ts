import { describe, expect, it } from 'vitest';
import { outcomeRange } from '../../src/tournament/ranges.ts';
import { shipped } from '../support/scenarios.ts';

describe('outcome ranges', () => {
  const scenario = shipped('slow-tug');

  it('gives ordered percentile bands for every turn, marked as a range', () => {
    const r = outcomeRange({
      scenario,
      side: 'challenger',
      style: 'ai:normal:market-first',
      opponent: 'ai:hard',
      metric: { kind: 'rope', tech: 'bearings' },
      games: 6,
    });
    if (!r.ok) throw new Error(r.error.message);
    const range = r.value;
    expect(range.kind).toBe('range');
    expect(range.turns).toHaveLength(scenario.turns + 1);
    expect(range.bands.map((b) => b.percentile)).toEqual([5, 25, 50, 75, 95]);
    for (const band of range.bands) expect(band.values).toHaveLength(scenario.turns + 1);
    for (let t = 0; t <= scenario.turns; t++) {
      const column = range.bands.map((b) => b.values[t]!);
      expect([...column].sort((a, b) => a - b)).toEqual(column);
    }
    expect(Object.values(range.endings).reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('is the same every time for the same request', () => {
    const request = {
      scenario,
      side: 'holder' as const,
      style: 'ai:easy:hawk',
      opponent: 'random',
      metric: { kind: 'score' as const, side: 'holder' as const },
      games: 4,
      percentiles: [50],
    };
    expect(outcomeRange(request)).toEqual(outcomeRange(request));
  });

  it('names what is wrong with a bad request', () => {
    const base = { scenario, side: 'holder' as const, style: 'ai:easy', opponent: 'idle', games: 2 };
    const bad = [
      outcomeRange({ ...base, metric: { kind: 'rope', tech: 'warp-drive' } }),
      outcomeRange({ ...base, style: 'ai:easy:rd-first', metric: { kind: 'score', side: 'holder' } }),
      outcomeRange({ ...base, opponent: 'nobody', metric: { kind: 'score', side: 'holder' } }),
      outcomeRange({ ...base, games: 0, metric: { kind: 'score', side: 'holder' } }),
    ];
    expect(bad.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'ERR_UNKNOWN_TECH',
      'ERR_WRONG_SIDE',
      'ERR_UNKNOWN_PLAYER',
      'ERR_BAD_VALUE',
    ]);
  });
});
