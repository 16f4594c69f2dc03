// The rope: a target derived from both sides' make/sell/chain, a slow pull toward it, and an
// explanation whose parts add up to each move and name what caused it.
import { describe, expect, it } from 'vitest';
import { playMatch } from '../../src/match/match.ts';
import { FIXED_PLAYERS } from '../../src/players/fixed.ts';
import { random } from '../../src/players/random.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import type { RopeInputs, TurnReport } from '../../src/sim/index.ts';
import { effectiveCapacity, moveRope, ROPE_PULL, ropeInputs, ropeTarget } from '../../src/sim/rope.ts';
import { shipped } from '../support/scenarios.ts';
import { draftEvent, tinyScenario } from '../support/tinyScenario.ts';
import { challenger, holder, ropeMove, start, step, steps, tech } from '../support/turns.ts';

const scenario = tinyScenario();

const even: RopeInputs = {
  capC: 60,
  capH: 60,
  capacityC: 1,
  homeC: 0.4,
  homeH: 0.4,
  abroadC: 0.3,
  abroadH: 0.3,
  chainC: 50,
  chainH: 50,
};

describe('the rope target', () => {
  it('is 0 when both triads are equal, and ±100 when one side has everything', () => {
    expect(ropeTarget(even)).toBe(0);
    const nothing = { cap: 0, home: 0, abroad: 0, chain: 0 };
    const everything = { cap: 100, home: 1, abroad: 1, chain: 100 };
    const side = (c: typeof nothing, h: typeof nothing): RopeInputs => ({
      capC: c.cap,
      capH: h.cap,
      capacityC: 1,
      homeC: c.home,
      homeH: h.home,
      abroadC: c.abroad,
      abroadH: h.abroad,
      chainC: c.chain,
      chainH: h.chain,
    });
    expect(ropeTarget(side(everything, nothing))).toBe(100);
    expect(ropeTarget(side(nothing, everything))).toBe(-100);
  });

  it('moves toward the challenger with each of its make, sell and chain, and away with the holder’s', () => {
    const up: (keyof RopeInputs)[] = ['capC', 'homeC', 'abroadC', 'chainC'];
    const down: (keyof RopeInputs)[] = ['capH', 'homeH', 'abroadH', 'chainH'];
    for (const k of up) expect(ropeTarget({ ...even, [k]: even[k] * 1.2 })).toBeGreaterThan(0);
    for (const k of down) expect(ropeTarget({ ...even, [k]: even[k] * 1.2 })).toBeLessThan(0);
    // Capability without capacity makes less: the challenger must also be able to produce.
    expect(ropeTarget({ ...even, capacityC: 0.2 })).toBeLessThan(0);
  });

  it('is what the state stores after each turn', () => {
    for (const r of steps(scenario, start(scenario), 3)) {
      r.state.techs.forEach((t, i) => {
        const upstream = scenario.technologies[i]!.dependsOn.map((d) =>
          r.state.techs.findIndex((x) => x.id === d),
        );
        expect(t.ropeTarget).toBeCloseTo(
          ropeTarget(ropeInputs(t, effectiveCapacity(r.state, i, upstream))),
          5,
        );
      });
    }
  });
});

describe('the pull', () => {
  it('closes part of the gap each turn, never more than the step', () => {
    expect(moveRope(0, 5, 4)).toBeCloseTo(ROPE_PULL * 5, 12);
    expect(moveRope(0, 100, 4)).toBe(4);
    expect(moveRope(10, -100, 4)).toBe(6);
    expect(moveRope(99, 100, 25)).toBeLessThanOrEqual(100);
    expect(moveRope(-99, -100, 25)).toBeGreaterThanOrEqual(-100);
  });

  it('moves no rope by more than ropeStep a turn in play', () => {
    const tight = tinyScenario((d) => {
      d.ropeStep = 1;
    });
    for (const sc of [scenario, tight]) {
      const { reports } = playMatch(
        sc,
        'pull',
        { holder: FIXED_PLAYERS['fixed:hawk']!.player, challenger: FIXED_PLAYERS['fixed:exporter']!.player },
        { keepReports: true },
      );
      for (const r of reports)
        for (const rope of r.ropes)
          expect(Math.abs(rope.to - rope.from)).toBeLessThanOrEqual(sc.ropeStep + 1e-9);
    }
  });
});

function expectExplained(reports: TurnReport[]) {
  for (const r of reports) {
    for (const rope of r.ropes) {
      const sum = rope.contributions.reduce((a, c) => a + c.amount, 0);
      expect(Math.abs(sum - (rope.to - rope.from)), `${rope.tech} on turn ${r.turn}`).toBeLessThan(1e-6);
      for (const [input, x] of Object.entries(rope.inputs)) {
        const parts = x.contributions.reduce((a, c) => a + c.amount, 0);
        expect(Math.abs(parts - (x.to - x.from)), `${rope.tech}.${input} on turn ${r.turn}`).toBeLessThan(
          1e-6,
        );
      }
    }
  }
}

describe('the explanation', () => {
  const games: [string, Scenario][] = [
    [
      'tiny',
      tinyScenario((d) => {
        d.eventChance = 0.5;
      }),
    ],
    ['slow-tug', shipped('slow-tug')],
  ];
  it.each(games)('adds up to every move of every rope (%s, random players)', (_, sc) => {
    for (const seed of ['x1', 'x2']) {
      const { reports } = playMatch(sc, seed, { holder: random, challenger: random }, { keepReports: true });
      expect(reports.length).toBeGreaterThan(0);
      expectExplained(reports);
    }
  });

  it('adds up under a hawk against an exporter', () => {
    const { reports } = playMatch(
      scenario,
      'hawk',
      { holder: FIXED_PLAYERS['fixed:hawk']!.player, challenger: FIXED_PLAYERS['fixed:exporter']!.player },
      { keepReports: true },
    );
    expectExplained(reports);
  });

  it("names a control as 'control'", () => {
    const r = step(
      scenario,
      start(scenario),
      holder({ type: 'setControl', tech: 'alpha', level: 'ban' }),
    ).report;
    expect(Math.abs(ropeMove(r, 'alpha', 'control'))).toBeGreaterThan(0.1);
    expect(ropeMove(r, 'gamma', 'control')).toBe(0);
  });

  it("names the entity list as 'entityList' and closed markets as 'marketAccess'", () => {
    const listed = step(
      scenario,
      start(scenario),
      holder({ type: 'setEntityList', champion: 'rail-champ', listed: true }),
    ).report;
    expect(Math.abs(ropeMove(listed, 'alpha', 'entityList'))).toBeGreaterThan(0.01);
    const closed = step(scenario, start(scenario), challenger({ type: 'setMarketAccess', level: 2 })).report;
    expect(Math.abs(ropeMove(closed, 'alpha', 'marketAccess'))).toBeGreaterThan(0.01);
  });

  it("names a breakthrough as 'breakthrough'", () => {
    for (let i = 0; i < 400; i++) {
      const s = start(scenario, `bt-${i}`, (x) => {
        tech(x, 'alpha').challenger.momentum = 12;
      });
      const r = step(scenario, s, challenger({ type: 'setResearch', tech: 'alpha', level: 3 })).report;
      if (r.techs[0]!.breakthrough === 0) continue;
      expect(ropeMove(r, 'alpha', 'breakthrough')).toBeGreaterThan(0);
      return;
    }
    throw new Error('no breakthrough in 400 seeds');
  });

  it("names research as 'research' and new lines as 'capacity'", () => {
    const runs = steps(
      scenario,
      start(scenario),
      3,
      challenger(
        { type: 'setResearch', tech: 'gamma', level: 3 },
        { type: 'buildLine', tech: 'alpha', lines: 4 },
      ),
    );
    expect(ropeMove(runs[0]!.report, 'gamma', 'research')).toBeGreaterThan(0);
    expect(ropeMove(runs[2]!.report, 'alpha', 'capacity')).toBeGreaterThan(0);
  });

  it("names an event's effect as 'event'", () => {
    const sc = tinyScenario((d) => {
      draftEvent(d, 'qualified').when = [];
      draftEvent(d, 'qualified').at = 1;
    });
    const r = step(sc, start(sc)).report;
    expect(r.events.map((e) => e.event)).toEqual(['qualified']);
    expect(ropeMove(r, 'alpha', 'event')).toBeGreaterThan(0);
  });
});
