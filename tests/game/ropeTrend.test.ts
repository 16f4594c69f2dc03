// A rope's trend: the causes of its last turns' moves, added up, account for the whole move.
import { describe, expect, it } from 'vitest';
import { ropeTrend, TREND_TURNS } from '../../src/game/ropeTrend.ts';
import { playMatch } from '../../src/match/match.ts';
import { parsePlayer } from '../../src/players/index.ts';
import { shipped } from '../support/scenarios.ts';

describe('ropeTrend', () => {
  const scenario = shipped('slow-tug');
  const { reports } = playMatch(
    scenario,
    'trend',
    { holder: parsePlayer('fixed:competitor')!, challenger: parsePlayer('fixed:exporter')! },
    { keepReports: true, turns: 14 },
  );

  it('covers the last turns, and its causes add up to the move', () => {
    for (const def of scenario.technologies) {
      const trend = ropeTrend(reports, def.id)!;
      expect(trend.turns).toBe(TREND_TURNS);
      const first = reports[reports.length - TREND_TURNS]!.ropes.find((r) => r.tech === def.id)!;
      const last = reports[reports.length - 1]!.ropes.find((r) => r.tech === def.id)!;
      expect(trend.from).toBe(first.from);
      expect(trend.to).toBe(last.to);
      const sum = trend.causes.reduce((s, c) => s + c.amount, 0);
      expect(sum).toBeCloseTo(trend.to - trend.from, 6);
      // Largest first.
      const sizes = trend.causes.map((c) => Math.abs(c.amount));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    }
  });

  it('covers fewer turns early in the game, and none before the first', () => {
    expect(ropeTrend(reports.slice(0, 2), scenario.technologies[0]!.id)!.turns).toBe(2);
    expect(ropeTrend([], scenario.technologies[0]!.id)).toBeNull();
    expect(ropeTrend(reports, 'no-such-tech')).toBeNull();
  });
});
