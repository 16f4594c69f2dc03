// The supply chain: qualification needs reliability and takes time, a design-in is sticky, ecosystem
// work sets the pace; the holder's chain decays when its firms are hurt, and support slows that.
import { describe, expect, it } from 'vitest';
import { auditOdds, ECOSYSTEM_PACE } from '../../src/sim/chain.ts';
import type { GameState } from '../../src/sim/index.ts';
import { draftTech, tinyScenario } from '../support/tinyScenario.ts';
import { booked, challenger, holder, start, step, steps, tech, techReport } from '../support/turns.ts';

const scenario = tinyScenario();

/** A markets stream that draws 0 forever: every customer's audit passes, with the smallest design-in. */
const sureAudits = (s: GameState) => {
  s.rng.markets = { c: 0, s0: 0, s1: 0, s2: 0 };
};
const SMALLEST_DESIGN_IN = 6; // 0.5 × a design-in step of 12

/** alpha at a capability, selling nothing (no capacity), so only ecosystem work qualifies it; audits pass. */
const reliable =
  (capability: number, chain = 0) =>
  (s: GameState) => {
    sureAudits(s);
    const c = tech(s, 'alpha').challenger;
    c.capability = capability;
    c.capacity = 0;
    c.chain = chain;
  };

const ecosystem = (level: number) => challenger({ type: 'setEcosystem', tech: 'alpha', level });
const chainOf = (r: { state: GameState }) => tech(r.state, 'alpha').challenger.chain;

describe("the challenger's chain", () => {
  it('does not move below the reliability threshold, whatever the ecosystem work', () => {
    const runs = steps(scenario, start(scenario, 'c', reliable(59)), 8, ecosystem(3));
    for (const r of runs) {
      expect(chainOf(r)).toBe(0);
      expect(tech(r.state, 'alpha').challenger.qualifying).toBe(0);
    }
  });

  it('takes qualificationTurns of work for a design-in, then jumps', () => {
    // Ecosystem level 2 is one turn of qualification a turn; alpha needs 4.
    expect(ECOSYSTEM_PACE[2]).toBe(1);
    const runs = steps(scenario, start(scenario, 'c', reliable(70)), 5, ecosystem(2));
    const d = SMALLEST_DESIGN_IN;
    expect(runs.map(chainOf)).toEqual([0, 0, 0, d, d]);
    const designed = runs[3]!.report;
    expect(techReport(designed, 'alpha').designIn).toBe(d);
    expect(booked(designed, 'alpha', 'chainC', 'ecosystem')).toBeCloseTo(d, 9);
    expect(designed.notes).toContainEqual({
      kind: 'design-in',
      side: 'challenger',
      tech: 'alpha',
      amount: d,
    });
  });

  it('takes longer where customers take longer to certify', () => {
    const slow = tinyScenario((d) => {
      draftTech(d, 'alpha').foreignQualificationTurns = 8;
    });
    const runs = steps(slow, start(slow, 'c', reliable(70)), 8, ecosystem(2));
    expect(runs.findIndex((r) => chainOf(r) > 0)).toBe(7);
  });

  it('moves faster with more ecosystem work', () => {
    const five = tinyScenario((d) => {
      draftTech(d, 'alpha').foreignQualificationTurns = 5;
    });
    const firstDesignIn = (level: number) =>
      steps(five, start(five, 'c', reliable(70)), 12, ecosystem(level)).findIndex((r) => chainOf(r) > 0) + 1;
    expect(firstDesignIn(1)).toBe(9); // 0.6 a turn
    expect(firstDesignIn(2)).toBe(5); // 1.0 a turn
    expect(firstDesignIn(3)).toBe(4); // 1.3 a turn
    expect(steps(five, start(five, 'c', reliable(70)), 12).every((r) => chainOf(r) === 0)).toBe(true);
  });

  it('gains each design-in less as the chain fills', () => {
    const runs = steps(scenario, start(scenario, 'c', reliable(70, 55)), 4, ecosystem(2));
    expect(chainOf(runs[3]!)).toBeCloseTo(55 + SMALLEST_DESIGN_IN * (1 - 55 / 110), 6);
  });

  it('is qualified by customers too: sales abroad count most as references', () => {
    const exporting = (s: GameState) => {
      reliable(75, 20)(s);
      tech(s, 'alpha').challenger.capacity = 300;
      tech(s, 'alpha').foreign = { holder: 0.4, challenger: 0.2, others: 0.4 };
    };
    const first = step(scenario, start(scenario, 'c', exporting)).state;
    const t = tech(first, 'alpha');
    expect(t.challenger.qualifying).toBeCloseTo(2 * t.foreign.challenger + 0.2 * t.domestic.challenger, 5);
    const quick = tinyScenario((d) => {
      draftTech(d, 'alpha').foreignQualificationTurns = 1;
    });
    const designed = steps(quick, start(quick, 'c', exporting), 12)
      .map((r) => r.report)
      .find((r) => techReport(r, 'alpha').designIn > 0);
    if (!designed) throw new Error('no design-in from sales alone in 12 turns');
    expect(booked(designed, 'alpha', 'chainC', 'market')).toBeCloseTo(
      techReport(designed, 'alpha').designIn,
      5,
    );
    expect(booked(designed, 'alpha', 'chainC', 'ecosystem')).toBe(0);
  });

  it("ends each qualification in the customer's audit, which the dice decide", () => {
    // Without sure audits: over many seeds some audits fail (the round is lost) and design-ins differ in size.
    const outcomes = Array.from({ length: 40 }, (_, i) => {
      const s = start(scenario, `audit${i}`, (x) => {
        reliable(70)(x);
        x.rng.markets = start(scenario, `audit${i}`).rng.markets;
      });
      const r = steps(scenario, s, 4, ecosystem(2))[3]!;
      return { failed: r.report.notes.some((n) => n.kind === 'audit-failed'), gain: chainOf(r) };
    });
    const passed = outcomes.filter((o) => !o.failed);
    expect(outcomes.some((o) => o.failed)).toBe(true);
    expect(passed.length).toBeGreaterThan(10);
    for (const o of outcomes.filter((x) => x.failed)) expect(o.gain).toBe(0);
    const gains = passed.map((o) => o.gain);
    expect(Math.min(...gains)).toBeGreaterThanOrEqual(SMALLEST_DESIGN_IN);
    expect(Math.max(...gains)).toBeLessThanOrEqual(12 * 2.1);
    expect(Math.max(...gains) - Math.min(...gains)).toBeGreaterThan(8);
  });

  it('passes audits more often the further the product is past the reliability line', () => {
    expect(auditOdds(0)).toBeCloseTo(0.5, 9);
    expect(auditOdds(10)).toBeGreaterThan(auditOdds(0));
    expect(auditOdds(100)).toBe(0.9);
    expect(auditOdds(-100)).toBe(0.3);
  });

  it('is sticky: it holds just below the threshold and decays only well below it', () => {
    const held = steps(scenario, start(scenario, 'c', reliable(52, 30)), 4);
    expect(held.map(chainOf)).toEqual([30, 30, 30, 30]);
    const failing = steps(scenario, start(scenario, 'c', reliable(45, 30)), 4);
    expect(failing.map(chainOf)).toEqual([29.5, 29, 28.5, 28]);
    expect(booked(failing[0]!.report, 'alpha', 'chainC', 'decay')).toBe(-0.5);
  });
});

describe("the holder's chain", () => {
  const hurt = (s: GameState) => {
    s.holder.health = 0.3;
  };

  it('holds while its firms are healthy', () => {
    const r = step(scenario, start(scenario));
    expect(tech(r.state, 'alpha').holder.chain).toBe(90);
    expect(booked(r.report, 'alpha', 'chainH', 'decay')).toBe(0);
  });

  it('decays below the health line, faster the further below', () => {
    const r = step(scenario, start(scenario, 'h', hurt));
    const health = r.state.holder.health;
    expect(health).toBeLessThan(0.88);
    const loss = 6 * (0.88 - health);
    expect(booked(r.report, 'alpha', 'chainH', 'decay')).toBeCloseTo(-loss, 5);
    expect(tech(r.state, 'alpha').holder.chain).toBeCloseTo(90 - loss, 5);
    const worse = step(
      scenario,
      start(scenario, 'h', (s) => {
        s.holder.health = 0.1;
      }),
    );
    expect(tech(worse.state, 'alpha').holder.chain).toBeLessThan(tech(r.state, 'alpha').holder.chain);
  });

  it('decays more slowly when the holder supports its firms', () => {
    const plain = step(scenario, start(scenario, 'h', hurt));
    const helped = step(scenario, start(scenario, 'h', hurt), holder({ type: 'setSupport', level: 2 }));
    const decay = booked(helped.report, 'alpha', 'chainH', 'decay');
    const saved = booked(helped.report, 'alpha', 'chainH', 'support');
    expect(saved).toBeCloseTo(-decay * 0.25 * 1.7, 9);
    expect(tech(helped.state, 'alpha').holder.chain).toBeGreaterThan(tech(plain.state, 'alpha').holder.chain);
  });
});
