// View models: what the board and the panels show, derived from the state by pure functions so that
// the Phaser board and the accessible DOM read the same figures.
import type { Scenario, Text } from '../scenario/schema.ts';
import {
  type Action,
  type BudgetReport,
  byId,
  type Category,
  type ChallengerPolicy,
  type ControlLevel,
  costs,
  type GameState,
  type HolderPolicy,
  laneStrengths,
  own,
  type Plan,
  type Side,
  setOwn,
} from '../sim/index.ts';

export interface Triad {
  make: number; // 0–100
  sell: number; // 0–100
  chain: number; // 0–100
}

export interface LaneView {
  id: string;
  name: Text;
  category: Category;
  rope: number;
  target: number;
  control: ControlLevel;
  holder: Triad;
  challenger: Triad;
  shortage: number;
  listedChampion: boolean; // an entity-listed champion depends on this technology
}

export function lanes(scenario: Scenario, s: GameState): LaneView[] {
  // The same strengths the endings are read from (sim/objectives.ts), so the board is the scoreboard.
  const all = laneStrengths(scenario, s);
  return scenario.technologies.map((def, i) => {
    const t = s.techs[i]!;
    const st = all[i]!;
    const listed = scenario.champions.some(
      (c) =>
        s.holder.policy.entityList.includes(c.id) &&
        scenario.industries.find((ind) => ind.id === c.industry)?.uses.some((u) => u.tech === def.id),
    );
    return {
      id: def.id,
      name: def.name,
      category: def.category,
      rope: t.rope,
      target: t.ropeTarget,
      control: own(s.holder.policy.control, def.id) ?? 'open',
      holder: { make: st.holder.make, sell: st.holder.sell, chain: st.holder.chain },
      challenger: { make: st.challenger.make, sell: st.challenger.sell, chain: st.challenger.chain },
      shortage: t.shortage,
      listedChampion: listed,
    };
  });
}

/** The date a turn falls on. */
export function turnDate(scenario: Scenario, turn: number): { year: number; quarter: number } {
  const q = scenario.start.quarter - 1 + (turn - 1);
  return { year: scenario.start.year + Math.floor(q / 4), quarter: (q % 4) + 1 };
}

/** A setting with a level per technology. */
export type LevelSetting = 'setResearch' | 'setProcurement' | 'setExportDrive' | 'setEcosystem';

/** The level a policy holds for a per-technology setting; 0 where it holds none (the holder funds only R&D). */
export function levelOf(
  policy: HolderPolicy | ChallengerPolicy,
  setting: LevelSetting,
  tech: string,
): number {
  if (setting === 'setResearch') return own(policy.research, tech) ?? 0;
  if (!('procurement' in policy)) return 0;
  const field =
    setting === 'setProcurement' ? 'procurement' : setting === 'setExportDrive' ? 'exportDrive' : 'ecosystem';
  return own(policy[field], tech) ?? 0;
}

/** The policy a side has in force once its checked orders apply: the rules' plan of them (checkOrders). */
export const policyOf = (plan: Plan, side: Side): HolderPolicy | ChallengerPolicy =>
  side === 'holder' ? plan.holder : plan.challenger;

/** What an action costs once, in money and capital, as the rules charge it in this state. */
export function oneOffCostOf(
  scenario: Scenario,
  s: GameState,
  action: Action,
): { money: number; capital: number } {
  return costs.oneOffCost(s, scenario, action, (id) => scenario.technologies.findIndex((t) => t.id === id));
}

const noHolderPolicy = (): HolderPolicy => ({
  control: byId(),
  research: byId(),
  entityList: [],
  allies: 0,
  support: 0,
  priceCut: byId(),
  licensed: [],
});
const noChallengerPolicy = (): ChallengerPolicy => ({
  research: byId(),
  procurement: byId(),
  exportDrive: byId(),
  ecosystem: byId(),
  marketAccess: 0,
});

/** The upkeep (money and capital each turn) of one setting at `level`, as the rules charge it. */
export function upkeepOf(
  scenario: Scenario,
  change:
    | { type: LevelSetting; tech: string; level: number }
    | { type: 'setAllies' | 'setSupport'; level: number },
  side: Side,
): costs.Upkeep {
  if (side === 'holder') {
    const policy = noHolderPolicy();
    if (change.type === 'setAllies') policy.allies = change.level;
    else if (change.type === 'setSupport') policy.support = change.level;
    else if (change.type === 'setResearch') setOwn(policy.research, change.tech, change.level);
    return costs.holderUpkeep(scenario, policy);
  }
  const policy = noChallengerPolicy();
  if (change.type === 'setResearch') setOwn(policy.research, change.tech, change.level);
  else if (change.type === 'setProcurement') setOwn(policy.procurement, change.tech, change.level);
  else if (change.type === 'setExportDrive') setOwn(policy.exportDrive, change.tech, change.level);
  else if (change.type === 'setEcosystem') setOwn(policy.ecosystem, change.tech, change.level);
  return costs.challengerUpkeep(scenario, policy);
}

/** A side's spending in a turn, all purposes together (its report books it by purpose). */
export const spentOf = (budget: BudgetReport): number =>
  Object.values(budget.spent).reduce((a, x) => a + x, 0);
