// Forecasts and drafts, in Node: what a plan is expected to do, and a draft that holds only real changes.
import { describe, expect, it } from 'vitest';
import { actionKey, isNoChange, withAction, withoutKey } from '../../src/game/draft.ts';
import { ahead, forecast } from '../../src/game/forecast.ts';
import { newGame } from '../../src/sim/index.ts';
import { slowTug } from '../replay/support.ts';

describe('a forecast', () => {
  it('is the same for the same plan, and leaves the state alone', () => {
    const scenario = slowTug();
    const state = newGame(scenario, 'forecast');
    const copy = structuredClone(state);
    const tech = scenario.technologies[0]!.id;
    const plan = [{ type: 'setResearch' as const, tech, level: 3 }];
    const a = forecast(scenario, state, 'challenger', plan);
    expect(a).not.toBeNull();
    expect(forecast(scenario, state, 'challenger', plan)).toEqual(a);
    expect(state).toEqual(copy);
    // Funding R&D spends money: the treasury grows less than with no plan at all.
    expect(a!.money).toBeLessThan(forecast(scenario, state, 'challenger', [])!.money);
  });

  it('is null for a plan the rules refuse', () => {
    const scenario = slowTug();
    const state = newGame(scenario, 'forecast');
    expect(forecast(scenario, state, 'challenger', [{ type: 'setAllies', level: 1 }])).toBeNull();
  });
});

describe('the longer view of a change', () => {
  it('adds up what a setting kept for some turns does to its rope, the same each time', () => {
    const scenario = slowTug();
    const state = newGame(scenario, 'ahead');
    const copy = structuredClone(state);
    const tech = scenario.technologies[0]!.id;
    const plan = [{ type: 'setResearch' as const, tech, level: 3 }];
    const withIt = ahead(scenario, state, 'challenger', plan, 5)!;
    const without = ahead(scenario, state, 'challenger', [], 5)!;
    expect(ahead(scenario, state, 'challenger', plan, 5)).toEqual(withIt);
    expect(state).toEqual(copy);
    // Funded R&D pulls its own rope toward the challenger over five turns, more than one turn shows.
    const oneTurn = forecast(scenario, state, 'challenger', plan)!.techs[0]!.rope;
    const oneTurnWithout = forecast(scenario, state, 'challenger', [])!.techs[0]!.rope;
    expect(withIt.ropes[0]! - without.ropes[0]!).toBeGreaterThan(oneTurn - oneTurnWithout);
    expect(withIt.ropes[0]! - without.ropes[0]!).toBeGreaterThan(0);
    // A plan the rules refuse has no longer view.
    expect(ahead(scenario, state, 'challenger', [{ type: 'setAllies', level: 1 }], 5)).toBeNull();
  });

  it('says what a ban does to the two figures a crisis turns on: the challenger’s industry and the holder’s firms', () => {
    const scenario = slowTug();
    const state = newGame(scenario, 'ban');
    const ban = [{ type: 'setControl' as const, tech: scenario.technologies[0]!.id, level: 'ban' as const }];
    const banned = ahead(scenario, state, 'holder', ban, 5)!;
    const open = ahead(scenario, state, 'holder', [], 5)!;
    expect(banned.industry).toBeLessThan(open.industry);
    expect(banned.health).toBeLessThan(open.health);
  });
});

describe('a draft', () => {
  const scenario = slowTug();
  const state = newGame(scenario, 'draft');
  const tech = scenario.technologies[1]!.id;

  it('holds one change per setting, and drops a change back to what is in force', () => {
    let draft = withAction(state, 'challenger', [], { type: 'setResearch', tech, level: 2 });
    draft = withAction(state, 'challenger', draft, { type: 'setResearch', tech, level: 3 });
    expect(draft).toEqual([{ type: 'setResearch', tech, level: 3 }]);
    const inForce = state.challenger.policy.research[tech] ?? 0;
    expect(isNoChange(state, 'challenger', { type: 'setResearch', tech, level: inForce })).toBe(true);
    expect(withAction(state, 'challenger', draft, { type: 'setResearch', tech, level: inForce })).toEqual([]);
    expect(withoutKey(draft, actionKey(draft[0]!))).toEqual([]);
  });
});
