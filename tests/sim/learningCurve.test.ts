// Unit cost on the learning curve: it multiplies by the rate at each doubling of cumulative output,
// linearly in between, with arithmetic only so that every engine agrees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learningCost } from '../../src/sim/numbers.ts';
import { tinyScenario } from '../support/tinyScenario.ts';
import { start, steps, tech, techReport } from '../support/turns.ts';

describe('learningCost', () => {
  it('multiplies by the rate at each doubling, exactly', () => {
    expect(learningCost(10, 100, 100, 0.8)).toBe(10);
    expect(learningCost(10, 100, 200, 0.8)).toBe(10 * 0.8);
    expect(learningCost(10, 100, 400, 0.8)).toBe(10 * 0.8 * 0.8);
    expect(learningCost(10, 100, 800, 0.8)).toBe(10 * 0.8 * 0.8 * 0.8);
    expect(learningCost(10, 100, 1600, 0.85)).toBe(10 * 0.85 * 0.85 * 0.85 * 0.85);
  });

  it('interpolates linearly inside a doubling', () => {
    expect(learningCost(10, 100, 150, 0.8)).toBeCloseTo(9, 12);
    expect(learningCost(10, 100, 300, 0.8)).toBeCloseTo(8 * 0.9, 12);
    expect(learningCost(10, 100, 1000, 0.8)).toBeCloseTo(10 * 0.512 * 0.95, 12);
  });

  it('does not move before any output beyond the origin, nor without an origin', () => {
    expect(learningCost(10, 100, 50, 0.8)).toBe(10);
    expect(learningCost(10, 0, 500, 0.8)).toBe(10);
  });

  it('never rises with output, never reaches zero, and is continuous at each doubling', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.6, max: 0.99, noNaN: true }),
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (rate, origin, a, b) => {
          const lo = Math.min(a, b);
          const hi = Math.max(a, b);
          const costLo = learningCost(5, origin, lo, rate);
          const costHi = learningCost(5, origin, hi, rate);
          expect(costHi).toBeLessThanOrEqual(costLo + 1e-12);
          expect(costHi).toBeGreaterThan(0);
          expect(costLo).toBeLessThanOrEqual(5);
        },
      ),
      { numRuns: 300 },
    );
    for (const k of [2, 4, 8, 16]) {
      const below = learningCost(5, 100, 100 * k * (1 - 1e-12), 0.8);
      expect(below).toBeCloseTo(learningCost(5, 100, 100 * k, 0.8), 9);
    }
  });

  it('uses no engine-dependent math', () => {
    const code = learningCost.toString();
    expect(code).not.toMatch(/Math\.(pow|exp|log)|\*\*/);
  });
});

describe('unit cost in the game', () => {
  it('falls as cumulative output grows, following the curve from the first year of output', () => {
    const scenario = tinyScenario();
    const runs = steps(scenario, start(scenario), 6);
    let previous = tech(runs[0]!.state, 'alpha').challenger.unitCost;
    expect(previous).toBeLessThan(1.5);
    for (const r of runs) {
      const c = tech(r.state, 'alpha').challenger;
      expect(c.unitCost).toBeCloseTo(learningCost(c.baseCost, c.baseCumulative, c.cumulative, 0.8), 6);
      expect(techReport(r.report, 'alpha').unitCost).toBeCloseTo(c.unitCost, 6);
      expect(c.unitCost).toBeLessThanOrEqual(previous);
      previous = c.unitCost;
    }
  });

  it('stays put without production', () => {
    const scenario = tinyScenario();
    const s = start(scenario, 'idle', (x) => {
      tech(x, 'alpha').challenger.capacity = 0;
    });
    const [r] = steps(scenario, s, 1);
    expect(tech(r!.state, 'alpha').challenger.unitCost).toBe(1.5);
  });
});
