import { describe, expect, it } from 'vitest';
import { parsePlayer } from '../../src/players/index.ts';
import { parseSwitch } from '../../src/players/switching.ts';
import { newGame } from '../../src/sim/index.ts';
import { balanceMatchups, judge, judgeAll, sideCanPlay } from '../../src/tournament/balance.ts';
import type { TournamentReport } from '../../src/tournament/summary.ts';
import { shipped } from '../support/scenarios.ts';

const ROPE: Record<string, number> = {
  leader: 40,
  'self-reliant': 20,
  'next-japan': 0,
  'still-choked': -20,
  crisis: -40,
};

/** A report of 10 games: `endings` lists each game's ending ("challenger/holder"), repeated to fill 10. */
function report(holder: string, challenger: string, endings: string[], sd = 6): TournamentReport {
  const games = Array.from({ length: 10 }, (_, i) => endings[i % endings.length]!);
  const count = (pred: (c: string, h: string) => boolean) =>
    games.filter((g) => pred(...(g.split('/') as [string, string]))).length;
  const won = (c: string) => c === 'leader' || c === 'self-reliant';
  const tally = (k: 0 | 1) => {
    const out: Record<string, number> = {};
    for (const g of games) out[g.split('/')[k]!] = (out[g.split('/')[k]!] ?? 0) + 1;
    return out;
  };
  const byEnding: TournamentReport['meanRopeByEnding'] = {};
  for (const [c, n] of Object.entries(tally(0))) byEnding[c] = { games: n, meanRope: ROPE[c]! };
  return {
    scenario: 'x',
    holder,
    challenger,
    seed: 's',
    games: 10,
    winRate: {
      holder: count((c, h) => !won(c) && !(c === 'next-japan' && h === 'double-edged-sword')) / 10,
      challenger: count((c) => won(c)) / 10,
    },
    drawRate: 0,
    endings: {},
    challengerEndings: tally(0),
    holderEndings: tally(1),
    score: { holder: { median: 50, p95: 60 }, challenger: { median: 50, p95: 60 } },
    turns: { median: 40, min: 40 },
    talks: { rounds: 10, deals: 3 },
    challengerScoreSd: sd,
    meanRopeByEnding: byEnding,
  };
}

const HOLDER_WINS = ['still-choked/firm-grip', 'crisis/managed-competition'];
const CHALLENGER_WINS = ['leader/double-edged-sword', 'self-reliant/managed-competition'];

/** Series where ai:hard wins, ai:normal vs ai:normal is even, and every ending comes up somewhere. */
function healthy(scenarioId: string): TournamentReport[] {
  return balanceMatchups(scenarioId).map((m) => {
    if (m.holder === 'ai:normal' && m.challenger === 'ai:normal')
      return report(m.holder, m.challenger, [...HOLDER_WINS, ...CHALLENGER_WINS, 'next-japan/firm-grip']);
    if (m.holder.startsWith('ai:hard'))
      return report(m.holder, m.challenger, [...HOLDER_WINS, 'next-japan/firm-grip']);
    if (m.challenger.startsWith('ai:hard')) return report(m.holder, m.challenger, CHALLENGER_WINS);
    // Against ai:normal, the doctrines win half their games.
    if (m.challenger === 'ai:normal')
      return report(m.holder, m.challenger, [HOLDER_WINS[0]!, CHALLENGER_WINS[0]!]);
    return report(m.holder, m.challenger, ['next-japan/firm-grip', CHALLENGER_WINS[1]!]);
  });
}

describe('the balance targets', () => {
  const scenario = shipped('slow-tug');

  it('pass when every series goes the way the issue asks', () => {
    const targets = judge(scenario, healthy('slow-tug'));
    expect(targets.filter((t) => !t.pass).map((t) => t.target)).toEqual([]);
    const overall = judgeAll([{ scenario, reports: healthy('slow-tug') }]);
    expect(overall.filter((t) => !t.pass).map((t) => t.figure)).toEqual([]);
  });

  it('fail, and say why, when a switching plan beats ai:hard, talks fail or the board disagrees', () => {
    const reports = healthy('slow-tug').map((r) => {
      if (r.holder === 'switch:dove:6:hawk') return report(r.holder, r.challenger, HOLDER_WINS);
      if (r.holder === 'ai:normal' && r.challenger === 'ai:normal')
        return {
          ...r,
          talks: { rounds: 10, deals: 1 },
          meanRopeByEnding: { leader: { games: 500, meanRope: -50 } },
        };
      return r;
    });
    const failed = judge(scenario, reports)
      .filter((t) => !t.pass)
      .map((t) => t.figure)
      .join('\n');
    expect(failed).toMatch(/best: switch:dove:6:hawk won 100\.0%/);
    expect(failed).toMatch(/1 deals in 10 rounds \(10\.0%\)/);
    expect(failed).toMatch(/leader -\d/);
  });

  it('count the reach series (a hawk against a challenger that does nothing) toward endings reached, not the rope order', () => {
    const reports = healthy('slow-tug').map((r) =>
      r.holder === 'fixed:hawk' && r.challenger === 'idle'
        ? { ...r, meanRopeByEnding: { crisis: { games: 4, meanRope: 90 } } }
        : r,
    );
    const order = judge(scenario, reports).find((t) => t.target.includes('mean final rope'))!;
    expect(order.figure).not.toMatch(/90\.0/);
    expect(order.pass).toBe(true);
  });

  it("count no doctrine's wins where it has no move of its own (the holder in the challenger's tutorial)", () => {
    const lesson = shipped('tutorial');
    // In the tutorial every holder doctrine "wins" against ai:normal; in slow-tug none does.
    const tutorial = balanceMatchups(lesson.id).map((m) =>
      report(m.holder, m.challenger, m.challenger === 'ai:normal' ? HOLDER_WINS : CHALLENGER_WINS),
    );
    const slowTug = healthy('slow-tug').map((r) =>
      r.challenger === 'ai:normal' && r.holder !== 'ai:normal'
        ? report(r.holder, r.challenger, CHALLENGER_WINS)
        : r,
    );
    const overall = judgeAll([
      { scenario: lesson, reports: tutorial },
      { scenario, reports: slowTug },
    ]);
    const holders = overall.find((t) => t.target.startsWith('≥ 3 holder doctrines'))!;
    expect(holders.pass).toBe(false);
    expect(holders.figure).toMatch(/^0 do/);
  });

  it('know that the tutorial leaves the holder nothing to play with', () => {
    expect(sideCanPlay(shipped('tutorial'), 'holder')).toBe(false);
    expect(sideCanPlay(shipped('tutorial'), 'challenger')).toBe(true);
    expect(sideCanPlay(scenario, 'holder')).toBe(true);
  });

  it("in the holder's tutorial, judge no plan against a hard challenger with no moves, nor a win it cannot reach", () => {
    const lesson = shipped('tutorial-holder');
    expect(sideCanPlay(lesson, 'challenger')).toBe(false);
    // The holder's doctrines beat a challenger that cannot move; no challenger ever wins; one ending only.
    const reports = balanceMatchups(lesson.id).map((m) =>
      report(m.holder, m.challenger, [
        'still-choked/firm-grip',
        'crisis/managed-competition',
        'next-japan/double-edged-sword',
      ]),
    );
    const targets = judge(lesson, reports);
    const read = (words: string) => targets.find((t) => t.target.includes(words))!;
    const plans = read('no fixed doctrine');
    // The holder's plans beat it every time here (the challenger cannot move); the challenger's are judged.
    expect(plans.pass).toBe(true);
    expect(plans.figure).toMatch(/^best: fixed:bargainer won 0\.0%/);
    expect(plans.figure).toMatch(
      /not judged, as ai:hard has no move of its own against them here .*fixed:hawk/,
    );
    const reached = read('every ending');
    expect(reached.pass).toBe(true);
    expect(reached.figure).toMatch(
      /never reached: leader, self-reliant \(leader and self-reliant out of reach by design/,
    );
    expect(read('SD ≥ 4').applies).toBe(false);
    // A holder ending no one reached still fails: the holder can play.
    const noGrip = reports.map((r) => ({ ...r, holderEndings: { 'managed-competition': 10 } }));
    expect(judge(lesson, noGrip).find((t) => t.target.includes('every ending'))!.pass).toBe(false);
  });
});

describe('switching plans', () => {
  it('play one fixed doctrine for k turns, then another, on one side', () => {
    expect(parseSwitch('switch:dove:6:hawk')).toEqual({
      first: 'dove',
      turns: 6,
      second: 'hawk',
      side: 'holder',
    });
    expect(parseSwitch('switch:dove:6:exporter')).toBeNull(); // two sides
    expect(parseSwitch('switch:dove:x:hawk')).toBeNull();
    const plan = parsePlayer('switch:dove:2:hawk')!;
    const hawk = parsePlayer('fixed:hawk')!;
    const dove = parsePlayer('fixed:dove')!;
    const scenario = shipped('chokehold');
    const s = newGame(scenario, 'k');
    expect(plan.side).toBe('holder');
    expect(plan.decide({ scenario, state: s, side: 'holder' })).toEqual(
      dove.decide({ scenario, state: s, side: 'holder' }),
    );
    const later = { ...s, turn: 3 };
    expect(plan.decide({ scenario, state: later, side: 'holder' })).toEqual(
      hawk.decide({ scenario, state: later, side: 'holder' }),
    );
  });
});
