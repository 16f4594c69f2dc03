// The holder's positive tools: a price cut wins buyers back at its margin, a licence earns royalties but
// leaks know-how, and a crisis the holder causes costs its firms their market and its allies' patience.
import { describe, expect, it } from 'vitest';
import { checkOrders, type GameState } from '../../src/sim/index.ts';
import { PRICE_CUT_STEP, ROYALTY } from '../../src/sim/markets.ts';
import { tinyScenario } from '../support/tinyScenario.ts';
import { booked, holder, start, step, tech, techReport } from '../support/turns.ts';

const scenario = tinyScenario();

/** The challenger holds a good share of alpha's home market with a decent, cheap product. */
const contested = (s: GameState) => {
  const t = tech(s, 'alpha');
  t.domestic = { holder: 0.5, challenger: 0.4, others: 0.1 };
  t.challenger.capability = 70;
  t.challenger.capacity = 200;
};

describe('price cuts', () => {
  it('win buyers back, booked as priceCut, at a lower price per unit', () => {
    const base = step(scenario, start(scenario, 'cut', contested));
    const cut = step(
      scenario,
      start(scenario, 'cut', contested),
      holder({ type: 'setPriceCut', tech: 'alpha', level: 3 }),
    );
    const share = (r: typeof base) => tech(r.state, 'alpha').domestic.holder;
    expect(share(cut)).toBeGreaterThan(share(base));
    expect(booked(cut.report, 'alpha', 'homeH', 'priceCut')).toBeGreaterThan(0);
    const t = tech(cut.state, 'alpha');
    const units = techReport(cut.report, 'alpha').revenue.holder;
    const volume = t.domestic.holder * t.demand.domestic + t.foreign.holder * t.demand.foreign;
    expect(units / volume).toBeCloseTo(1 - 3 * PRICE_CUT_STEP, 6); // alpha's price is 1
  });

  it('are a level from 0 to 3 on a known technology', () => {
    const s = start(scenario);
    const bad = checkOrders(scenario, s, 'holder', [{ type: 'setPriceCut', tech: 'alpha', level: 4 }]);
    expect(bad.ok ? null : bad.error.code).toBe('ERR_BAD_VALUE');
    const wrong = checkOrders(scenario, s, 'challenger', [{ type: 'setPriceCut', tech: 'alpha', level: 1 }]);
    expect(wrong.ok ? null : wrong.error.code).toBe('ERR_WRONG_SIDE');
  });
});

describe('licences', () => {
  it('earn a royalty on what the challenger makes, and leak know-how to it', () => {
    const base = step(scenario, start(scenario, 'lic', contested));
    const lic = step(
      scenario,
      start(scenario, 'lic', contested),
      holder({ type: 'setLicense', tech: 'alpha', licensed: true }),
    );
    const made = techReport(lic.report, 'alpha').production;
    expect(made).toBeGreaterThan(0);
    expect(techReport(lic.report, 'alpha').revenue.holder).toBeCloseTo(
      techReport(base.report, 'alpha').revenue.holder + ROYALTY * made,
      6,
    );
    expect(booked(lic.report, 'alpha', 'capC', 'licensing')).toBeGreaterThan(0);
    expect(lic.state.holder.policy.licensed).toEqual(['alpha']);
  });

  it('are refused under a downgrade or a ban, and end when the control tightens past a licence', () => {
    const banned = start(scenario, 'lic', (s) => {
      s.holder.policy.control.alpha = 'ban';
    });
    const refused = checkOrders(scenario, banned, 'holder', [
      { type: 'setLicense', tech: 'alpha', licensed: true },
    ]);
    expect(refused.ok ? null : refused.error.code).toBe('ERR_CONTROLLED');
    const licensed = start(scenario, 'lic', (s) => {
      s.holder.policy.licensed = ['alpha'];
    });
    const plan = checkOrders(scenario, licensed, 'holder', [
      { type: 'setControl', tech: 'alpha', level: 'downgraded' },
    ]);
    expect(plan.ok && plan.value.holder.licensed).toEqual([]);
  });
});

describe('a crisis costs the holder', () => {
  /** Alpha banned with no one else to ship it: the challenger's industries run short. */
  const cutOff = (s: GameState) => {
    s.holder.policy.control.alpha = 'ban';
    tech(s, 'alpha').others.capacity = 0;
    tech(s, 'alpha').challenger.capacity = 10;
  };

  it("its firms lose the revenue of the challenger's collapsing market", () => {
    const short = step(scenario, start(scenario, 'col', cutOff));
    const note = short.report.notes.find((n) => n.kind === 'market-collapse');
    expect(note?.amount).toBeGreaterThan(0);
    const earned = short.report.techs.reduce((sum, t) => sum + t.revenue.holder, 0);
    expect(short.state.holder.revenue).toBeCloseTo(Math.max(0, earned - note!.amount!), 6);
  });

  it('its allies lose patience, in diplomatic capital, each turn of a crisis', () => {
    // Any loss of output counts as a crisis turn here.
    const touchy = tinyScenario((d) => {
      d.endings.crisis.depth = 0.999;
    });
    const crisis = (allies: number) =>
      step(
        touchy,
        start(touchy, 'col', (s) => {
          cutOff(s);
          s.challenger.crisisTurns = 1;
          tech(s, 'alpha').challenger.capability = 10; // unusable: nothing at all reaches its buyers
          s.holder.policy.allies = allies;
          s.holder.capital = 10;
        }),
      );
    const calm = crisis(0);
    const allied = crisis(2);
    expect(allied.state.challenger.crisisTurns).toBeGreaterThan(0);
    expect(allied.report.notes).toContainEqual(expect.objectContaining({ kind: 'allies-impatient' }));
    expect(calm.report.notes.some((n) => n.kind === 'allies-impatient')).toBe(false);
  });
});
