// What each setting and each one-off move costs, in money and in capital. The same functions price a
// plan before the turn (to refuse what a side cannot afford) and charge it during the turn.
import type { Scenario } from '../scenario/schema.ts';
import { severity } from '../scenario/vocabulary.ts';
import type { Action } from './actions.ts';
import { own } from './byId.ts';
import { importAvailability } from './markets.ts';
import type { ChallengerPolicy, GameState, HolderPolicy } from './state.ts';

export const ECOSYSTEM_COST = 0.75; // of a level of R&D
export const EXPORT_DRIVE_COST = 1;
export const STOCKPILE_PREMIUM = 1.25; // buying ahead costs more than buying as needed
export const STOCKPILE_MAX_QUARTERS = 4;
export const LISTING_CAPITAL = 2;
export const MARKET_ACCESS_CAPITAL = 2;
export const MAX_LINES = 4;
/** The most severe control under which a technology may still be licensed (a licence requirement). */
export const LICENSABLE = 1;

export interface Upkeep {
  money: Record<string, number>; // by purpose
  total: number;
  capital: number;
}

export function challengerUpkeep(scenario: Scenario, policy: ChallengerPolicy): Upkeep {
  let research = 0;
  let exportDrive = 0;
  let ecosystem = 0;
  for (const t of scenario.technologies) {
    research += t.researchCost * (own(policy.research, t.id) ?? 0);
    exportDrive += t.researchCost * EXPORT_DRIVE_COST * (own(policy.exportDrive, t.id) ?? 0);
    ecosystem += t.researchCost * ECOSYSTEM_COST * (own(policy.ecosystem, t.id) ?? 0);
  }
  return {
    money: { research, exportDrive, ecosystem },
    total: research + exportDrive + ecosystem,
    capital: 0,
  };
}

export function holderUpkeep(scenario: Scenario, policy: HolderPolicy): Upkeep {
  let research = 0;
  for (const t of scenario.technologies) {
    research += t.researchCost * scenario.holder.researchCostFactor * (own(policy.research, t.id) ?? 0);
  }
  const support = scenario.holder.supportCost * policy.support;
  // Keeping allies in line costs diplomatic capital every turn.
  return { money: { research, support }, total: research + support, capital: policy.allies };
}

/** Units a stockpile order would buy: limited by what imports are allowed and by storage. */
export function stockpileUnits(s: GameState, scenario: Scenario, tech: number, quarters: number): number {
  const t = s.techs[tech]!;
  const room = Math.max(0, STOCKPILE_MAX_QUARTERS * t.demand.domestic - t.challenger.stockpile);
  return Math.min(room, quarters * importAvailability(s, scenario, tech));
}

/** One-off money and capital of an action, given the policy in force before it. */
export function oneOffCost(
  s: GameState,
  scenario: Scenario,
  action: Action,
  techIndex: (id: string) => number,
): { money: number; capital: number } {
  switch (action.type) {
    case 'buildLine': {
      const t = scenario.technologies[techIndex(action.tech)]!;
      return { money: t.lineCost * action.lines, capital: 0 };
    }
    case 'stockpile': {
      const i = techIndex(action.tech);
      const t = scenario.technologies[i]!;
      return {
        money: stockpileUnits(s, scenario, i, action.quarters) * t.price * STOCKPILE_PREMIUM,
        capital: 0,
      };
    }
    case 'setControl': {
      const from = severity(own(s.holder.policy.control, action.tech) ?? 'open');
      return { money: 0, capital: Math.max(0, severity(action.level) - from) };
    }
    case 'setEntityList':
      return {
        money: 0,
        capital: action.listed && !s.holder.policy.entityList.includes(action.champion) ? LISTING_CAPITAL : 0,
      };
    case 'setProcurement':
      return {
        money: 0,
        capital: Math.max(0, action.level - (own(s.challenger.policy.procurement, action.tech) ?? 0)),
      };
    case 'setMarketAccess':
      return {
        money: 0,
        capital: MARKET_ACCESS_CAPITAL * Math.max(0, action.level - s.challenger.policy.marketAccess),
      };
    default:
      return { money: 0, capital: 0 };
  }
}
