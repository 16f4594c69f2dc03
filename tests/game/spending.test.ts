// Idle money and what it could buy: the cheapest useful moves a side may make now, priced by the rules,
// and the notice said in full once, then quietly while the money stays idle.
import { describe, expect, it } from 'vitest';
import { moneyIdle, moneyIdleIsNew, spendingIdeas } from '../../src/game/spending.ts';
import type { GameView } from '../../src/game/view.ts';
import { type Action, checkOrders, type GameState, type Orders } from '../../src/sim/index.ts';
import { shipped } from '../support/scenarios.ts';
import { draftTech, tinyScenario } from '../support/tinyScenario.ts';
import { start, step } from '../support/turns.ts';

const scenario = tinyScenario(); // alpha: R&D 2 a level, a line 5; beta 3 and 8; gamma 2.5 and 6
const rich = (edit?: (s: GameState) => void) =>
  start(scenario, 'test', (s) => {
    s.challenger.money = 200;
    s.challenger.income = 15;
    s.holder.money = 200;
    s.holder.income = 15;
    edit?.(s);
  });
const spent = (s: GameState, side: 'holder' | 'challenger', draft: Action[]) => {
  const plan = checkOrders(scenario, s, side, draft);
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value.money + plan.value.upkeep.total;
};

describe('moneyIdle', () => {
  it('holds when the treasury is over four turns of income and the orders spend under half a turn’s', () => {
    const s = rich();
    expect(moneyIdle(scenario, s, 'challenger', [])).toBe(true);
    // 8 a turn of R&D on alpha (level 3 at 2 a level, and beta at 1 level) is over half of 15.
    const busy: Action[] = [
      { type: 'setResearch', tech: 'alpha', level: 3 },
      { type: 'setResearch', tech: 'beta', level: 1 },
    ];
    expect(spent(s, 'challenger', busy)).toBeGreaterThan(7.5);
    expect(moneyIdle(scenario, s, 'challenger', busy)).toBe(false);
    expect(
      moneyIdle(
        scenario,
        rich((x) => (x.challenger.money = 50)),
        'challenger',
        [],
      ),
    ).toBe(false);
  });
});

describe('spendingIdeas', () => {
  it('offers the cheapest useful moves, one of each kind, cheapest first, priced as the rules charge', () => {
    const s = rich();
    const ideas = spendingIdeas(scenario, s, 'challenger', []);
    expect(ideas.map((i) => i.action)).toEqual([
      { type: 'setResearch', tech: 'alpha', level: 1 }, // 2 a turn: alpha's R&D is the cheapest
      { type: 'buildLine', tech: 'alpha', lines: 1 }, // 5 once: alpha's lines make 20 of a home demand of 100
    ]);
    expect(ideas[0]).toMatchObject({ once: 0, perTurn: draftTech(scenario, 'alpha').researchCost });
    expect(ideas[1]).toMatchObject({ once: draftTech(scenario, 'alpha').lineCost, perTurn: 0 });
    for (const idea of ideas)
      expect(spent(s, 'challenger', [idea.action])).toBeCloseTo(idea.once + idea.perTurn, 9);
  });

  it('raises what the draft already sets, and leaves out what money cannot help yet', () => {
    const s = rich((x) => {
      x.techs[0]!.challenger.capability = 62; // alpha past its reliability line (60) and the bar abroad (48)
      x.holder.policy.control.gamma = 'license'; // gamma's imports controlled: a stockpile is worth buying
    });
    const draft: Action[] = [{ type: 'setResearch', tech: 'alpha', level: 2 }];
    const kinds = spendingIdeas(scenario, s, 'challenger', draft, 10).map((i) => i.action);
    expect(kinds).toContainEqual({ type: 'setEcosystem', tech: 'alpha', level: 1 });
    expect(kinds).toContainEqual({ type: 'setExportDrive', tech: 'alpha', level: 1 });
    expect(kinds).toContainEqual({ type: 'stockpile', tech: 'gamma', quarters: 1 });
    // R&D: alpha is drafted to 2 already; one level more still costs 2, less than gamma's 2.5 or beta's 3.
    expect(kinds.find((a) => a.type === 'setResearch')).toEqual({
      type: 'setResearch',
      tech: 'alpha',
      level: 3,
    });
    // Below the reliability line certification does nothing, and below the bar an export drive wins nothing.
    const poor = spendingIdeas(scenario, rich(), 'challenger', [], 10).map((i) => i.action.type);
    expect(poor).not.toContain('setEcosystem');
    expect(poor).not.toContain('setExportDrive');
    expect(poor).not.toContain('stockpile'); // nothing is controlled or short
  });

  it('offers the holder its money moves: R&D and support for its firms', () => {
    const ideas = spendingIdeas(scenario, rich(), 'holder', [], 10);
    expect(ideas.map((i) => i.action.type)).toEqual(['setResearch', 'setSupport']);
    expect(ideas[1]).toMatchObject({ once: 0, perTurn: scenario.holder.supportCost });
  });

  it('offers only what a tutorial has unlocked, and nothing the treasury cannot pay', () => {
    const tutorial = shipped('tutorial');
    const s = start(tutorial, 'tutorial');
    expect(spendingIdeas(tutorial, s, 'challenger', []).map((i) => i.action.type)).toEqual(['setResearch']);
    const broke = rich((x) => (x.challenger.money = 1));
    expect(spendingIdeas(scenario, broke, 'challenger', [])).toEqual([]);
  });
});

describe('moneyIdleIsNew', () => {
  const view = (states: GameState[], orders: Orders[]): GameView => ({
    scenario,
    state: states[states.length - 1]!,
    states,
    reports: [],
    orders,
  });

  it('is news on the first turn, and on a turn after one that spent its money; not while it stays idle', () => {
    const first = rich();
    expect(moneyIdleIsNew(view([first], []), 'challenger')).toBe(true);
    const idle: Orders = { holder: [], challenger: [] };
    const afterIdle = step(scenario, first, idle).state;
    expect(moneyIdleIsNew(view([first, afterIdle], [idle]), 'challenger')).toBe(false);
    const busy: Orders = {
      holder: [],
      challenger: [
        { type: 'setResearch', tech: 'alpha', level: 3 },
        { type: 'setResearch', tech: 'beta', level: 1 },
      ],
    };
    const afterBusy = step(scenario, first, busy).state;
    expect(moneyIdleIsNew(view([first, afterBusy], [busy]), 'challenger')).toBe(true);
  });
});
