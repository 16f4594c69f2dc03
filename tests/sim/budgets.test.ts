// Budgets and capital: upkeep every turn, one-off costs, underfunding that scales spending down and
// says so, incomes, capital that refills to its max, and allies that cost capital every turn.
import { describe, expect, it } from 'vitest';
import { LISTING_CAPITAL, MARKET_ACCESS_CAPITAL } from '../../src/sim/costs.ts';
import type { GameState } from '../../src/sim/index.ts';
import { tinyScenario } from '../support/tinyScenario.ts';
import { booked, challenger, holder, start, step, steps } from '../support/turns.ts';

const scenario = tinyScenario();

describe('upkeep', () => {
  it('charges the challenger for R&D, export drive and ecosystem work every turn they are in force', () => {
    const runs = steps(
      scenario,
      start(scenario),
      2,
      challenger(
        { type: 'setResearch', tech: 'alpha', level: 2 }, // 2 a level
        { type: 'setExportDrive', tech: 'gamma', level: 1 }, // 2.5 a level
        { type: 'setEcosystem', tech: 'beta', level: 2 }, // 3 × 0.75 a level
      ),
    );
    for (const r of runs) {
      expect(r.report.budget.challenger.spent).toEqual({ research: 4, exportDrive: 2.5, ecosystem: 4.5 });
      expect(r.report.budget.challenger.funding).toBe(1);
    }
    const [first, second] = runs;
    expect(first!.state.challenger.money).toBeCloseTo(100 - 11 + first!.report.budget.challenger.income, 5);
    expect(second!.state.challenger.money).toBeCloseTo(
      first!.state.challenger.money - 11 + second!.report.budget.challenger.income,
      5,
    );
  });

  it('charges the holder for its R&D and for support to its firms', () => {
    const r = step(
      scenario,
      start(scenario),
      holder({ type: 'setResearch', tech: 'alpha', level: 1 }, { type: 'setSupport', level: 2 }),
    );
    expect(r.report.budget.holder.spent).toEqual({ research: 2, support: 6 });
    expect(r.state.holder.money).toBeCloseTo(100 - 8 + r.report.budget.holder.income, 5);
  });
});

describe('one-off costs', () => {
  it('charge capital for each step of tightening, each listing, procurement and market closure', () => {
    const tighten = step(
      scenario,
      start(scenario),
      holder({ type: 'setControl', tech: 'alpha', level: 'ban' }),
    );
    expect(tighten.report.budget.holder.capitalSpent).toBe(3);
    expect(tighten.state.holder.capital).toBe(6 - 3 + 2);
    const list = step(
      scenario,
      start(scenario),
      holder({ type: 'setEntityList', champion: 'rail-champ', listed: true }),
    );
    expect(list.report.budget.holder.capitalSpent).toBe(LISTING_CAPITAL);
    const prefer = step(
      scenario,
      start(scenario),
      challenger({ type: 'setProcurement', tech: 'alpha', level: 2 }),
    );
    expect(prefer.report.budget.challenger.capitalSpent).toBe(2);
    expect(prefer.state.challenger.capital).toBe(4 - 2 + 1);
    const close = step(scenario, start(scenario), challenger({ type: 'setMarketAccess', level: 2 }));
    expect(close.report.budget.challenger.capitalSpent).toBe(2 * MARKET_ACCESS_CAPITAL);
  });

  it('charge nothing to loosen', () => {
    const banned = (s: GameState) => {
      s.holder.policy.control.alpha = 'ban';
      s.challenger.policy.procurement.alpha = 3;
    };
    const r = step(scenario, start(scenario, 'l', banned), {
      holder: [{ type: 'setControl', tech: 'alpha', level: 'open' }],
      challenger: [{ type: 'setProcurement', tech: 'alpha', level: 0 }],
    });
    expect(r.report.budget.holder.capitalSpent).toBe(0);
    expect(r.report.budget.challenger.capitalSpent).toBe(0);
  });
});

describe('underfunding', () => {
  // R&D at 3 on alpha (6 a turn) and gamma (7.5 a turn) already in force, with 4.5 in the treasury.
  const overcommitted = (money: number) => (s: GameState) => {
    s.challenger.policy.research = { alpha: 3, gamma: 3 };
    s.challenger.money = money;
  };

  it('pays the share of upkeep the treasury can, and reports it', () => {
    const r = step(scenario, start(scenario, 'u', overcommitted(4.5)));
    expect(r.report.budget.challenger.funding).toBeCloseTo(1 / 3, 12);
    expect(r.state.challenger.funding).toBeCloseTo(1 / 3, 6);
    expect(r.report.budget.challenger.spent.research).toBeCloseTo(4.5, 9);
    expect(r.report.notes).toContainEqual({ kind: 'underfunded', side: 'challenger', amount: 1 / 3 });
    expect(r.state.challenger.money).toBeCloseTo(r.report.budget.challenger.income, 5);
  });

  it('scales what the spending buys', () => {
    const full = step(scenario, start(scenario, 'u', overcommitted(100))).report;
    const third = step(scenario, start(scenario, 'u', overcommitted(4.5))).report;
    expect(
      booked(third, 'alpha', 'capC', 'research') / booked(full, 'alpha', 'capC', 'research'),
    ).toBeCloseTo(1 / 3, 9);
    expect(full.notes.some((n) => n.kind === 'underfunded')).toBe(false);
  });

  it('applies to the holder too', () => {
    const poor = (s: GameState) => {
      s.holder.policy.research = { alpha: 2 };
      s.holder.money = 2;
    };
    const r = step(scenario, start(scenario, 'u', poor));
    expect(r.report.budget.holder.funding).toBeCloseTo(0.5, 12);
    expect(r.report.notes).toContainEqual({ kind: 'underfunded', side: 'holder', amount: 0.5 });
  });
});

describe('incomes', () => {
  it('come from the economy and industry for the challenger, and from the economy and firms for the holder', () => {
    const r = step(scenario, start(scenario));
    const industry = r.state.industries.reduce((a, i) => a + i.output, 0);
    const firms = r.report.techs.reduce((a, t) => a + t.revenue.challenger, 0);
    expect(r.report.budget.challenger.income).toBeCloseTo(0.01 * (1000 + industry + firms), 5);
    expect(r.report.budget.holder.income).toBeCloseTo(0.005 * 2000 + 0.01 * r.state.holder.revenue, 5);
  });
});

describe('capital', () => {
  it('refills each turn up to its max', () => {
    const runs = steps(
      scenario,
      start(scenario, 'c', (s) => {
        s.challenger.capital = 0;
        s.holder.capital = 0;
      }),
      8,
    );
    expect(runs.map((r) => r.state.challenger.capital)).toEqual([1, 2, 3, 4, 5, 6, 6, 6]);
    expect(runs.map((r) => r.state.holder.capital)).toEqual([2, 4, 6, 8, 10, 10, 10, 10]);
  });

  it('pays for allies every turn', () => {
    const runs = steps(scenario, start(scenario), 4, holder({ type: 'setAllies', level: 3 }));
    for (const r of runs) expect(r.report.budget.holder.capitalSpent).toBe(3);
    // 3 a turn against a refill of 2: the holder's capital runs down by one a turn.
    expect(runs.map((r) => r.state.holder.capital)).toEqual([5, 4, 3, 2]);
    const kept = steps(scenario, start(scenario), 3, holder({ type: 'setAllies', level: 2 }));
    expect(kept.map((r) => r.state.holder.capital)).toEqual([6, 6, 6]);
  });

  it('is never negative', () => {
    const runs = steps(
      scenario,
      start(scenario, 'c', (s) => {
        s.holder.policy.allies = 3;
        s.holder.capital = 0;
      }),
      3,
    );
    for (const r of runs) expect(r.state.holder.capital).toBeGreaterThanOrEqual(0);
  });

  it('lets allies lapse to what the capital can pay, and says so', () => {
    const [first] = steps(
      scenario,
      start(scenario, 'c', (s) => {
        s.holder.policy.allies = 3;
        s.holder.capital = 1;
      }),
      1,
    );
    expect(first!.state.holder.policy.allies).toBe(1);
    expect(first!.report.budget.holder.capitalSpent).toBe(1);
    expect(first!.report.notes).toContainEqual({ kind: 'allies-lapsed', side: 'holder', amount: 1 });
  });
});
