// A new game: the scenario's starting figures, a seed, and nothing decided yet.
import type { Scenario } from '../scenario/schema.ts';
import { byId } from './byId.ts';
import { baselineRevenue } from './economy.ts';
import { seedStreams } from './random.ts';
import { ropeInputs, ropeTarget } from './rope.ts';
import type { ChallengerTech, GameState, TechState } from './state.ts';
import { talksOpen } from './talks.ts';

export function newGame(scenario: Scenario, seed: string): GameState {
  const techs: TechState[] = scenario.technologies.map((t) => {
    const c = t.challenger;
    const origin = Math.max(c.make.capacity, t.lineCapacity) * 4; // about a year of output: the learning curve's origin
    const challenger: ChallengerTech = {
      capability: c.make.capability,
      capacity: c.make.capacity,
      pipeline: [],
      cumulative: origin,
      baseCumulative: origin,
      baseCost: c.make.unitCost,
      unitCost: c.make.unitCost,
      chain: c.chain,
      qualifying: 0,
      momentum: 0,
      stockpile: 0,
    };
    const tech: TechState = {
      id: t.id,
      demand: { domestic: t.domesticDemand, foreign: t.foreignDemand },
      holder: {
        capability: t.holder.make.capability,
        chain: t.holder.chain,
        unitCost: t.holder.make.unitCost,
      },
      challenger,
      others: {
        capability: t.others.capability,
        capacity: t.others.capacity,
        unitCost: t.others.unitCost,
        chain: t.others.chain,
      },
      domestic: {
        holder: t.holder.sell.domestic,
        challenger: c.sell.domestic,
        others: t.others.sell.domestic,
      },
      foreign: { holder: t.holder.sell.foreign, challenger: c.sell.foreign, others: t.others.sell.foreign },
      shortage: 0,
      fulfilment: 1,
      rope: 0,
      ropeTarget: 0,
    };
    const target = ropeTarget(ropeInputs(tech, tech.challenger.capacity));
    tech.rope = Math.round(target * 1e6) / 1e6;
    tech.ropeTarget = tech.rope;
    return tech;
  });
  const state: GameState = {
    scenario: scenario.id,
    seed,
    turn: 1,
    rng: seedStreams(seed),
    techs,
    industries: scenario.industries.map((i) => ({ id: i.id, base: i.output, output: i.output })),
    holder: {
      money: scenario.holder.money,
      capital: scenario.holder.capital.start,
      economy: scenario.holder.economy,
      income: 0,
      funding: 1,
      policy: {
        control: byId(scenario.technologies.map((t) => [t.id, t.control] as const)),
        research: byId(),
        entityList: [],
        allies: 0,
        support: 0,
      },
      revenue: 0,
      baseRevenue: 0,
      health: 1,
    },
    challenger: {
      money: scenario.challenger.money,
      capital: scenario.challenger.capital.start,
      economy: scenario.challenger.economy,
      income: 0,
      funding: 1,
      policy: {
        research: byId(),
        procurement: byId(),
        exportDrive: byId(),
        ecosystem: byId(),
        marketAccess: 0,
      },
      resolve: 0,
      industryIndex: 1,
      crisisTurns: 0,
    },
    tension: 0,
    deals: [],
    talks: talksOpen(scenario, 1) ? { open: true, reason: 'scheduled' } : { open: false, reason: '' },
    pending: [],
    fired: [],
    ending: null,
  };
  const revenue = baselineRevenue(scenario, state);
  state.holder.revenue = revenue;
  state.holder.baseRevenue = revenue;
  state.holder.income =
    scenario.holder.budgetShare * scenario.holder.economy + scenario.holder.firmTax * revenue;
  const industry = scenario.industries.reduce((sum, i) => sum + i.output, 0);
  state.challenger.income = scenario.challenger.budgetShare * (scenario.challenger.economy + industry);
  return state;
}
