import { describe, expect, it } from 'vitest';
import { points, winner } from '../../src/sim/index.ts';
import type { GameSummary } from '../../src/tournament/game.ts';
import { percentile } from '../../src/tournament/stats.ts';
import { summarise } from '../../src/tournament/summary.ts';

describe('who won', () => {
  it('reads the winner from the ending, as docs/tournament.md says', () => {
    expect(winner({ challenger: 'leader', holder: 'double-edged-sword' })).toBe('challenger');
    expect(winner({ challenger: 'self-reliant', holder: 'managed-competition' })).toBe('challenger');
    expect(winner({ challenger: 'still-choked', holder: 'firm-grip' })).toBe('holder');
    expect(winner({ challenger: 'crisis', holder: 'managed-competition' })).toBe('holder');
    expect(winner({ challenger: 'next-japan', holder: 'managed-competition' })).toBe('holder');
    expect(winner({ challenger: 'next-japan', holder: 'double-edged-sword' })).toBe('draw');
    expect(points({ challenger: 'next-japan', holder: 'double-edged-sword' })).toEqual({
      holder: 0.5,
      challenger: 0.5,
    });
  });
});

describe('tournament figures', () => {
  it('takes percentiles by nearest rank', () => {
    const xs = [5, 1, 4, 2, 3];
    expect(percentile(xs, 50)).toBe(3);
    expect(percentile(xs, 95)).toBe(5);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });

  it('summarises games into win rates, endings and score spreads', () => {
    const game = (ending: string, score: number): GameSummary => {
      const [c, h] = ending.split('/') as [GameSummary['challengerEnding'], GameSummary['holderEnding']];
      return {
        seed: 's',
        turns: 40,
        ending,
        challengerEnding: c,
        holderEnding: h,
        winner: winner({ challenger: c, holder: h }),
        score: { holder: 100 - score, challenger: score },
        hash: 'x',
      };
    };
    const r = summarise({ scenario: 'x', holder: 'a', challenger: 'b', seed: 't' }, [
      game('self-reliant/managed-competition', 60),
      game('still-choked/firm-grip', 20),
      game('still-choked/firm-grip', 30),
      game('next-japan/double-edged-sword', 40),
    ]);
    expect(r.games).toBe(4);
    expect(r.winRate).toEqual({ holder: 0.5, challenger: 0.25 });
    expect(r.drawRate).toBe(0.25);
    expect(r.endings).toEqual({
      'still-choked/firm-grip': 2,
      'next-japan/double-edged-sword': 1,
      'self-reliant/managed-competition': 1,
    });
    expect(r.challengerEndings['still-choked']).toBe(2);
    expect(r.challengerEndings.leader).toBe(0);
    expect(r.score.challenger).toEqual({ median: 30, p95: 60 });
  });
});
