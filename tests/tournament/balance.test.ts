import { describe, expect, it } from 'vitest';
import { balanceMatchups, judge, sideCanPlay } from '../../src/tournament/balance.ts';
import type { TournamentReport } from '../../src/tournament/summary.ts';
import { shipped } from '../support/scenarios.ts';

/** A report in which each series ends as `ending` in every game. */
function report(holder: string, challenger: string, ending: string): TournamentReport {
  const [c, h] = ending.split('/') as [string, string];
  const challengerWins = c === 'leader' || c === 'self-reliant';
  return {
    scenario: 'x',
    holder,
    challenger,
    seed: 's',
    games: 10,
    winRate: { holder: challengerWins ? 0 : 1, challenger: challengerWins ? 1 : 0 },
    drawRate: 0,
    endings: { [ending]: 10 },
    challengerEndings: { [c]: 10 },
    holderEndings: { [h]: 10 },
    score: { holder: { median: 50, p95: 60 }, challenger: { median: 50, p95: 60 } },
    turns: { median: 40, min: 40 },
    talks: { rounds: 0, deals: 0 },
    challengerScoreSd: 0,
    meanRopeByEnding: {},
  };
}

describe('the balance targets', () => {
  const scenario = shipped('slow-tug');

  it('pass when every series goes the way the issue asks', () => {
    const endings: Record<string, string> = {
      'ai:hard|ai:easy': 'crisis/managed-competition',
      'ai:easy|ai:hard': 'leader/double-edged-sword',
      'idle|random': 'still-choked/firm-grip',
      'ai:normal|random': 'still-choked/firm-grip',
      'ai:normal|ai:normal': 'self-reliant/managed-competition',
      'ai:normal|fixed:exporter': 'next-japan/managed-competition',
    };
    const reports = balanceMatchups('slow-tug').map((m) =>
      report(
        m.holder,
        m.challenger,
        endings[`${m.holder}|${m.challenger}`] ??
          (m.challenger === 'ai:normal' ? 'self-reliant/double-edged-sword' : 'still-choked/firm-grip'),
      ),
    );
    const targets = judge(scenario, reports);
    expect(targets.map((t) => [t.pass, t.applies])).toEqual(targets.map(() => [true, true]));
  });

  it('fail, and say why, when a fixed strategy beats ai:normal or an ending is never reached', () => {
    const reports = balanceMatchups('slow-tug').map((m) =>
      report(
        m.holder,
        m.challenger,
        m.holder === 'fixed:dove'
          ? 'still-choked/firm-grip'
          : m.holder.startsWith('fixed:')
            ? 'self-reliant/managed-competition'
            : 'crisis/firm-grip',
      ),
    );
    const failed = judge(scenario, reports)
      .filter((t) => !t.pass)
      .map((t) => t.figure)
      .join('\n');
    expect(failed).toMatch(/best fixed strategy: fixed:dove won 100\.0%/);
    expect(failed).toMatch(/never reached: leader, next-japan, double-edged-sword/);
  });

  it('know that the tutorial leaves the holder nothing to play with', () => {
    expect(sideCanPlay(shipped('tutorial'), 'holder')).toBe(false);
    expect(sideCanPlay(shipped('tutorial'), 'challenger')).toBe(true);
    expect(sideCanPlay(scenario, 'holder')).toBe(true);
  });
});
