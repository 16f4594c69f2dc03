// Each shipped scenario plays as its article says: every ending can be reached by some pairing of
// players, and the scenario's own lesson shows up in the numbers. Players are the fixed doctrines of
// src/players/fixed.ts, so these games are the same on every run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playMatch } from '../../src/match/match.ts';
import { parsePlayer } from '../../src/players/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { type GameState, leverage, severity } from '../../src/sim/index.ts';
import { shipped } from '../support/scenarios.ts';

const player = (name: string) => {
  const p = parsePlayer(name);
  if (!p) throw new Error(`no player ${name}`);
  return p;
};

function play(scenario: Scenario, holder: string, challenger: string, seed: string, turns?: number) {
  return playMatch(
    scenario,
    seed,
    { holder: player(holder), challenger: player(challenger) },
    { keepReports: true, ...(turns === undefined ? {} : { turns }) },
  );
}

/** The first of up to 20 seeds on which this pairing reaches the ending, or null. */
function reach(scenario: Scenario, holder: string, challenger: string, ending: string): string | null {
  for (let seed = 1; seed <= 20; seed++) {
    const { state } = play(scenario, holder, challenger, String(seed));
    if (state.ending?.challenger === ending || state.ending?.holder === ending) return String(seed);
  }
  return null;
}

/** A pairing of players that need no search (fixed doctrines, idle, random, ai:easy) reaching each ending. */
const REACHED_BY: Record<string, [ending: string, holder: string, challenger: string][]> = {
  'slow-tug': [
    ['self-reliant', 'idle', 'ai:easy'],
    ['next-japan', 'random', 'ai:easy'],
    ['still-choked', 'idle', 'idle'],
    ['crisis', 'fixed:hawk', 'idle'],
    ['firm-grip', 'idle', 'idle'],
    ['double-edged-sword', 'fixed:hawk', 'ai:easy'],
    ['managed-competition', 'idle', 'random'],
  ],
  chokehold: [
    ['next-japan', 'idle', 'ai:easy'],
    ['still-choked', 'idle', 'idle'],
    ['crisis', 'fixed:hawk', 'idle'],
    ['firm-grip', 'random', 'idle'],
    ['managed-competition', 'idle', 'idle'],
  ],
  'next-japan': [
    ['self-reliant', 'idle', 'ai:easy'],
    ['next-japan', 'idle', 'fixed:domestic-only'],
    ['still-choked', 'idle', 'idle'],
    ['crisis', 'fixed:hawk', 'idle'],
    ['firm-grip', 'idle', 'idle'],
    ['double-edged-sword', 'idle', 'fixed:globalist'],
    ['managed-competition', 'idle', 'ai:easy'],
  ],
};

/**
 * Endings only a searching AI reaches: the balance report's games are their witness (docs/balance.json,
 * which tests/tournament/report.test.ts keeps honest), since one game of ai:normal costs seconds.
 */
const REACHED_IN_REPORT: Record<string, string[]> = {
  // Leader in slow-tug went out of the report when the customer's audit first slowed the chain, and came
  // back with rules 4's design-in sizes (docs/balance-notes.md).
  'slow-tug': ['leader'],
  chokehold: ['leader', 'self-reliant', 'double-edged-sword'],
  'next-japan': ['leader'],
};

describe.each(Object.keys(REACHED_BY))('every ending of %s', (id) => {
  const scenario = shipped(id);
  it.each(REACHED_BY[id]!)('%s is reached by %s holder vs %s challenger', (ending, holder, challenger) => {
    expect(reach(scenario, holder, challenger, ending)).not.toBeNull();
  });

  it.each(REACHED_IN_REPORT[id] ?? [])('%s is reached in the balance report', (ending) => {
    const report = JSON.parse(readFileSync('docs/balance.json', 'utf8')) as {
      scenarios: {
        id: string;
        reports: { challengerEndings: Record<string, number>; holderEndings: Record<string, number> }[];
      }[];
    };
    const series = report.scenarios.find((s) => s.id === id)!.reports;
    const games = series.reduce(
      (n, r) => n + (r.challengerEndings[ending] ?? 0) + (r.holderEndings[ending] ?? 0),
      0,
    );
    expect(games).toBeGreaterThan(0);
  });
});

describe('next-japan: making and selling only at home ends as The Next Japan', () => {
  const scenario = shipped('next-japan');
  it.each(['idle', 'random', 'fixed:licensor', 'fixed:hawk', 'fixed:dove'])('against %s', (holder) => {
    for (const seed of ['1', '2', '3']) {
      const { state } = play(scenario, holder, 'fixed:domestic-only', seed);
      const e = state.ending!;
      expect(e.challenger, `seed ${seed}: ${JSON.stringify(e.figures)}`).toBe('next-japan');
      expect(e.figures.lanes.selfReliant).toBeLessThan(scenario.endings.selfReliant.lanes);
      expect(e.figures.lanes.nextJapan).toBeGreaterThanOrEqual(scenario.endings.nextJapan.lanes);
    }
  });

  it('while selling abroad and entering the chain escapes it', () => {
    // Its ropes end near the Self-reliant mark, so the seed decides; domestic-only never gets there.
    const escaped = ['1', '2', '3'].filter((seed) =>
      ['leader', 'self-reliant'].includes(
        play(scenario, 'idle', 'fixed:globalist', seed).state.ending!.challenger,
      ),
    );
    expect(escaped.length).toBeGreaterThanOrEqual(1);
  });
});

describe('chokehold: controls escalate visibly and cost the holder’s firms', () => {
  const scenario = shipped('chokehold');
  const tightness = (s: GameState) =>
    Object.values(s.holder.policy.control).reduce((sum, level) => sum + severity(level), 0);

  it('escalate on their own, even under a holder that only takes the defaults', () => {
    const { reports } = play(scenario, 'idle', 'fixed:domestic-only', '1');
    const states = [] as GameState[];
    let state = play(scenario, 'idle', 'fixed:domestic-only', '1', 1).state;
    states[1] = state;
    for (const t of [5, 11, 30]) states[t] = play(scenario, 'idle', 'fixed:domestic-only', '1', t).state;
    state = states[1]!;
    expect(state.holder.policy.entityList).toContain('telecom-champion');
    expect(tightness(states[5]!)).toBeGreaterThan(tightness(state));
    expect(tightness(states[11]!)).toBeGreaterThan(tightness(states[5]!));
    expect(states[11]!.holder.policy.control['ai-accelerators']).toBe('ban');
    expect(states[30]!.holder.policy.entityList.length).toBeGreaterThan(1);
    const fired = reports.flatMap((r) => r.events.map((e) => e.event));
    expect(fired).toEqual(expect.arrayContaining(['rules-tighten', 'special-edition-restricted']));
  });

  it('and cost the holder’s firms their revenue', () => {
    const before = play(scenario, 'idle', 'fixed:domestic-only', '1', 10);
    const after = play(scenario, 'idle', 'fixed:domestic-only', '1', 24);
    const ai = (s: GameState) => s.techs.find((t) => t.id === 'ai-accelerators')!;
    expect(ai(before.state).domestic.holder).toBeGreaterThan(0.5);
    expect(ai(after.state).domestic.holder).toBe(0); // the special edition is banned
    expect(after.state.holder.health).toBeLessThan(before.state.holder.health - 0.08);
    // Far from healthy: a Firm grip is out of its reach.
    expect(after.state.holder.health).toBeLessThan(scenario.endings.holderHealthy - 0.1);
  });

  it('a hawk keeps its bans: no event choice left at its default loosens them', () => {
    // rules-tighten fires on turn 5 and its default is "downgraded" for two technologies.
    const at = (t: number) => play(scenario, 'fixed:hawk', 'fixed:domestic-only', '1', t).state;
    const levels = (s: GameState) =>
      scenario.technologies.map((d) => severity(s.holder.policy.control[d.id] ?? 'open'));
    for (let t = 1; t < 7; t++) {
      const [a, b] = [levels(at(t)), levels(at(t + 1))];
      for (const [i, level] of a.entries()) expect(b[i]).toBeGreaterThanOrEqual(level);
    }
  });
});

describe('slow-tug: progress is slow, cumulative, and worth something at the table', () => {
  const scenario = shipped('slow-tug');

  it('is slow: no rope moves more than ropeStep in a turn, and research gains are small', () => {
    const { reports } = play(scenario, 'random', 'fixed:domestic-only', '1');
    for (const r of reports) {
      for (const rope of r.ropes)
        expect(Math.abs(rope.to - rope.from)).toBeLessThanOrEqual(scenario.ropeStep + 1e-9);
      for (const t of r.techs) expect(t.researchGain).toBeLessThan(20); // a breakthrough is at most 17
    }
  });

  it('is cumulative: capability and ropes keep moving the challenger’s way', () => {
    const at = (turns: number) => play(scenario, 'idle', 'fixed:domestic-only', '1', turns).state;
    const [t10, t20, t40] = [at(10), at(20), at(40)];
    const mean = (s: GameState, f: (t: GameState['techs'][number]) => number) =>
      s.techs.reduce((sum, t) => sum + f(t), 0) / s.techs.length;
    const cap = (s: GameState) => mean(s, (t) => t.challenger.capability);
    const rope = (s: GameState) => mean(s, (t) => t.rope);
    expect(cap(t20)).toBeGreaterThan(cap(t10));
    expect(cap(t40)).toBeGreaterThan(cap(t20));
    expect(rope(t40)).toBeGreaterThan(rope(t10) + 10);
  });

  it('is worth something at the table: the same offer, refused early, is accepted later', () => {
    let early = 0;
    let late = 0;
    for (const seed of ['1', '2', '3', '4', '5', '6']) {
      const { reports } = play(scenario, 'fixed:trader', 'fixed:bargainer', seed);
      for (const r of reports) {
        if (r.talks?.outcome !== 'deal') continue;
        if (r.turn <= 16) early++;
        else late++;
      }
    }
    // Breakthroughs can bring leverage early in a lucky game, but most deals still come late.
    expect(early).toBeLessThan(late);
    expect(late).toBeGreaterThanOrEqual(4);
  });

  it('and only progress buys leverage: a challenger that makes nothing gains none', () => {
    const lev = (challenger: string, turns: number) =>
      leverage(scenario, play(scenario, 'idle', challenger, '1', turns).state).balance;
    expect(lev('fixed:domestic-only', 32)).toBeGreaterThan(lev('fixed:domestic-only', 1) + 0.1);
    expect(lev('idle', 32)).toBeLessThan(lev('idle', 1) + 0.03);
  });
});
