// The after-action report covers the whole game: it keeps the moments that moved the ropes most, wherever
// they fell, and tells them in the order they happened.
import { describe, expect, it } from 'vitest';
import { afterAction } from '../../src/game/aar.ts';
import { playMatch } from '../../src/match/match.ts';
import { parsePlayer } from '../../src/players/index.ts';
import { shipped } from '../support/scenarios.ts';

describe('the after-action report', () => {
  const scenario = shipped('chokehold');
  const { orders, reports } = playMatch(
    scenario,
    'aar',
    { holder: parsePlayer('random')!, challenger: parsePlayer('random')! },
    { keepReports: true },
  );

  it('has more moments than it shows, and keeps those of the whole game', () => {
    const all = afterAction(orders, reports!).moments;
    const kept = afterAction(orders, reports!, 40).moments;
    expect(all.length).toBeGreaterThan(40);
    expect(kept).toHaveLength(40);
    const last = reports!.length;
    expect(kept.some((m) => m.turn > last / 2)).toBe(true);
    // In the order they happened, and the weightiest of all.
    expect(kept.map((m) => m.turn)).toEqual([...kept.map((m) => m.turn)].sort((a, b) => a - b));
    const threshold = Math.min(...kept.map((m) => m.weight));
    expect(all.filter((m) => m.weight > threshold).length).toBeLessThanOrEqual(40);
  });
});
