// Selectors, in Node: the decisions panel's prices and policy come from the rules themselves.
import { describe, expect, it } from 'vitest';
import { lanes, levelOf, oneOffCostOf, policyOf, turnDate, upkeepOf } from '../../src/game/selectors.ts';
import { checkOrders, costs, newGame } from '../../src/sim/index.ts';
import { slowTug } from '../replay/support.ts';

describe('selectors', () => {
  const scenario = slowTug();
  const state = newGame(scenario, 'selectors');
  const def = scenario.technologies[0]!;

  it('price a stockpile, market access and a listing as the rules charge them', () => {
    const units = costs.stockpileUnits(state, scenario, 0, 2);
    expect(oneOffCostOf(scenario, state, { type: 'stockpile', tech: def.id, quarters: 2 }).money).toBe(
      units * def.price * costs.STOCKPILE_PREMIUM,
    );
    const access = state.challenger.policy.marketAccess;
    expect(oneOffCostOf(scenario, state, { type: 'setMarketAccess', level: access + 1 }).capital).toBe(
      costs.MARKET_ACCESS_CAPITAL,
    );
    const champion = scenario.champions.find((c) => !state.holder.policy.entityList.includes(c.id))!;
    expect(
      oneOffCostOf(scenario, state, { type: 'setEntityList', champion: champion.id, listed: true }).capital,
    ).toBe(costs.LISTING_CAPITAL);
  });

  it('price a level of each setting as its upkeep', () => {
    expect(upkeepOf(scenario, { type: 'setResearch', tech: def.id, level: 2 }, 'challenger').total).toBe(
      def.researchCost * 2,
    );
    expect(upkeepOf(scenario, { type: 'setEcosystem', tech: def.id, level: 1 }, 'challenger').total).toBe(
      def.researchCost * costs.ECOSYSTEM_COST,
    );
    expect(upkeepOf(scenario, { type: 'setProcurement', tech: def.id, level: 3 }, 'challenger').total).toBe(
      0,
    );
    expect(upkeepOf(scenario, { type: 'setAllies', level: 2 }, 'holder').capital).toBe(2);
    expect(upkeepOf(scenario, { type: 'setSupport', level: 2 }, 'holder').total).toBe(
      scenario.holder.supportCost * 2,
    );
  });

  it('read the policy in force from the rules’ plan of the draft', () => {
    const plan = checkOrders(scenario, state, 'challenger', [
      { type: 'setExportDrive', tech: def.id, level: 2 },
    ]);
    if (!plan.ok) throw new Error(plan.error.message);
    const policy = policyOf(plan.value, 'challenger');
    expect(levelOf(policy, 'setExportDrive', def.id)).toBe(2);
    expect(levelOf(policy, 'setResearch', def.id)).toBe(
      levelOf(state.challenger.policy, 'setResearch', def.id),
    );
    expect(levelOf(state.holder.policy, 'setProcurement', def.id)).toBe(0);
  });

  it('give a lane per technology and a date per turn', () => {
    expect(lanes(scenario, state).map((l) => l.id)).toEqual(scenario.technologies.map((t) => t.id));
    expect(turnDate(scenario, 1)).toEqual({ year: scenario.start.year, quarter: scenario.start.quarter });
  });
});
