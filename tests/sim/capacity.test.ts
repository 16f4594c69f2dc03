// Capacity: production lines that arrive after their build time, upstream shortages that hold back
// what the lines can make, and the capacity a shortage calls forth at home and abroad.
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../src/sim/index.ts';
import { EMERGENCY_BUILD, LEAK_GROWTH } from '../../src/sim/markets.ts';
import { effectiveCapacity } from '../../src/sim/rope.ts';
import { tinyScenario } from '../support/tinyScenario.ts';
import { booked, challenger, start, step, steps, tech, techIndex, techReport } from '../support/turns.ts';

const scenario = tinyScenario();

describe('production lines', () => {
  it('come online after buildTurns, not before, and cost lineCost each', () => {
    const s = start(scenario);
    const [first, second, third] = steps(
      scenario,
      s,
      3,
      challenger({ type: 'buildLine', tech: 'alpha', lines: 2 }),
    );
    // alpha: 10 units a line, 2 turns to build, 5 a line.
    expect(first!.report.budget.challenger.spent.lines).toBe(10);
    expect(first!.state.challenger.money).toBeCloseTo(100 - 10 + first!.report.budget.challenger.income, 6);
    expect(tech(first!.state, 'alpha').challenger.pipeline).toEqual([{ units: 20, ready: 3 }]);
    expect(tech(first!.state, 'alpha').challenger.capacity).toBe(20);
    expect(tech(second!.state, 'alpha').challenger.capacity).toBe(20);
    expect(techReport(second!.report, 'alpha').linesOnline).toBe(0);
    expect(tech(third!.state, 'alpha').challenger.capacity).toBe(40);
    expect(tech(third!.state, 'alpha').challenger.pipeline).toEqual([]);
    expect(techReport(third!.report, 'alpha').linesOnline).toBe(20);
    expect(third!.report.notes).toContainEqual({
      kind: 'line-online',
      side: 'challenger',
      tech: 'alpha',
      amount: 20,
    });
    // The rope sees the new lines as capacity: 20 → 40 units against a home demand of 100.
    expect(booked(third!.report, 'alpha', 'capacityC', 'capacity')).toBeCloseTo(0.2, 9);
    expect(booked(second!.report, 'alpha', 'capacityC', 'capacity')).toBe(0);
  });

  it('queue separately when ordered on different turns', () => {
    const s = start(scenario);
    const one = step(scenario, s, challenger({ type: 'buildLine', tech: 'gamma', lines: 1 }));
    const two = step(scenario, one.state, challenger({ type: 'buildLine', tech: 'gamma', lines: 1 }));
    expect(tech(two.state, 'gamma').challenger.pipeline).toEqual([
      { units: 6, ready: 3 },
      { units: 6, ready: 4 },
    ]);
    const three = step(scenario, two.state);
    expect(tech(three.state, 'gamma').challenger.capacity).toBe(16);
    const four = step(scenario, three.state);
    expect(tech(four.state, 'gamma').challenger.capacity).toBe(22);
  });
});

describe('upstream shortages', () => {
  it('hold effective capacity down to the worst-supplied input', () => {
    const s = start(scenario, 'up', (x) => {
      tech(x, 'alpha').fulfilment = 0.5;
    });
    const beta = techIndex(s, 'beta');
    const alpha = techIndex(s, 'alpha');
    expect(effectiveCapacity(s, beta, [alpha])).toBe(2.5);
    expect(effectiveCapacity(s, beta, [])).toBe(5);
  });

  it('limit what the challenger can ship, booked to the upstream cause', () => {
    // Upstream technologies resolve first, so beta's lines feel this turn's shortage of alpha.
    const turn = (edit: (s: GameState) => void) => {
      const s = start(scenario, 'up', (x) => {
        edit(x);
        // Buyers want 15 units of beta from the challenger, more than its 5 units of capacity.
        tech(x, 'beta').domestic = { holder: 0.3, challenger: 0.5, others: 0.2 };
      });
      return step(scenario, s);
    };
    const full = turn(() => {});
    const short = turn(cutOff('alpha'));
    const fulfilment = tech(short.state, 'alpha').fulfilment;
    expect(fulfilment).toBeLessThan(0.5);
    expect(techReport(full.report, 'beta').production).toBeCloseTo(5, 9);
    expect(techReport(short.report, 'beta').production).toBeCloseTo(5 * fulfilment, 6);
    expect(booked(short.report, 'beta', 'homeC', 'upstream')).toBeLessThan(0);
    expect(booked(full.report, 'beta', 'homeC', 'upstream')).toBeCloseTo(0, 9);
  });

  it('show on the rope of the downstream technology when an input runs short during the turn', () => {
    const s = start(scenario, 'up', cutOff('alpha'));
    const { report, state } = step(scenario, s);
    expect(tech(state, 'alpha').shortage).toBeGreaterThan(0.3);
    expect(booked(report, 'beta', 'capacityC', 'upstream')).toBeLessThan(0);
  });
});

/** Nothing reaches the challenger's home market for this technology but its own product. */
function cutOff(id: string) {
  return (s: GameState) => {
    s.holder.policy.control[id] = 'ban';
    tech(s, id).others.capacity = 0;
  };
}

describe('a shortage', () => {
  it('draws emergency capacity at home and leakage from third countries, both for next turn', () => {
    const s = start(scenario, 'short', (x) => {
      x.holder.policy.control.alpha = 'ban';
    });
    const { report, state } = step(scenario, s);
    const short = techReport(report, 'alpha').shortage * 100; // alpha's home demand is 100
    expect(short).toBeGreaterThan(5);
    const after = tech(state, 'alpha');
    expect(after.challenger.capacity).toBeCloseTo(20 + EMERGENCY_BUILD * short, 6);
    expect(after.others.capacity).toBeCloseTo(40 + LEAK_GROWTH * short, 6);
    expect(techReport(report, 'alpha').linesOnline).toBeCloseTo(EMERGENCY_BUILD * short, 6);
  });

  it('leaks far less when allies apply the controls too', () => {
    const s = start(scenario, 'short', (x) => {
      x.holder.policy.control.alpha = 'ban';
      x.holder.policy.allies = 3;
    });
    const { report, state } = step(scenario, s);
    const short = techReport(report, 'alpha').shortage * 100;
    // Allies at 3 stop 90% of third-country shipments under a ban.
    expect(tech(state, 'alpha').others.capacity).toBeCloseTo(40 + LEAK_GROWTH * short * (1 - 0.9), 6);
  });

  it('builds nothing at home when the domestic product is unusable', () => {
    const s = start(scenario, 'short', (x) => {
      x.holder.policy.control.alpha = 'ban';
      tech(x, 'alpha').challenger.capability = 10;
    });
    const { report, state } = step(scenario, s);
    expect(techReport(report, 'alpha').shortage).toBeGreaterThan(0);
    expect(tech(state, 'alpha').challenger.capacity).toBe(20);
    expect(tech(state, 'alpha').others.capacity).toBeGreaterThan(40);
  });

  it('calls forth nothing when there is no shortage', () => {
    const { state } = step(scenario, start(scenario));
    expect(tech(state, 'alpha').challenger.capacity).toBe(20);
    expect(tech(state, 'alpha').others.capacity).toBe(40);
  });
});
