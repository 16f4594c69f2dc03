// What every part of the decisions panel reads (the desk), and the level control most of them share.
import {
  type LaneView,
  type LevelSetting,
  levelOf,
  oneOffCostOf,
  upkeepOf,
} from '../../../game/selectors.ts';
import type { Session } from '../../../game/session.ts';
import { t } from '../../../i18n/index.ts';
import type { Scenario, Technology } from '../../../scenario/schema.ts';
import {
  type Action,
  type ChallengerPolicy,
  type GameState,
  type HolderPolicy,
  own,
  type Plan,
  type RopeInputs,
  type Side,
} from '../../../sim/index.ts';
import type { ControlKit } from '../controls.ts';

export interface DecisionsDeps {
  session: Session;
  side: Side;
  focusTech: string | null;
  /** Whether a technology's card shows its controls; collapsed cards show one line of settings. */
  isOpen(tech: string): boolean;
  toggle(tech: string): void;
  endTurn(): void;
  /** The end-turn button's label, where ending the turn means something else (play by link). */
  endLabel?: string;
}

/** What every card of the panel reads: the side's draft, the rules' plan of it, and the control builders. */
export interface Desk {
  deps: DecisionsDeps;
  session: Session;
  side: Side;
  scenario: Scenario;
  state: GameState;
  draft: readonly Action[];
  plan: Plan | null;
  /** The side's policy with this turn's changes: the plan's, or the one in force when the draft is refused. */
  policy: HolderPolicy | ChallengerPolicy;
  kit: ControlKit;
  lanes: readonly LaneView[]; // the board's view of each technology
  inputs: readonly RopeInputs[]; // what each lane's bars are computed from, as the rules read them
}

export const controlOf = (policy: HolderPolicy | ChallengerPolicy, tech: string) =>
  ('control' in policy ? own(policy.control, tech) : undefined) ?? 'open';

/** A per-technology level (R&D, procurement, ecosystem, export drive), priced by the rules' upkeep. */
export function levelControl(
  desk: Desk,
  def: Technology,
  type: LevelSetting,
  name: string,
  help: string,
): HTMLElement {
  const { side, scenario, state, kit } = desk;
  const { changeOf, stepper, control, levels, money } = kit;
  const inForce = levelOf(side === 'holder' ? state.holder.policy : state.challenger.policy, type, def.id);
  const drafted = changeOf({ type, tech: def.id, level: 0 }) as { level: number } | null;
  const current = drafted?.level ?? inForce;
  const perTurn = (level: number) => upkeepOf(scenario, { type, tech: def.id, level }, side).total;
  const priced = perTurn(1) > 0;
  const capitalOf = (level: number) =>
    type === 'setProcurement' ? oneOffCostOf(scenario, state, { type, tech: def.id, level }).capital : 0;
  // A level's price on its button: its upkeep, and the capital a move to it takes.
  const price = (level: number) =>
    [
      perTurn(level) > 0 ? t('decide.perTurn', { money: money(perTurn(level)) }) : '',
      capitalOf(level) ? t('decide.capitalCost', { capital: capitalOf(level) }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  return control({
    name,
    help,
    key: `${type}:${def.id}`,
    tech: def.id,
    changed: drafted !== null,
    // A priced setting at nothing still says it is priced by the turn.
    cost: price(current) || (priced ? t('decide.perTurn', { money: money(0) }) : ''),
    stepper: stepper(
      name,
      levels().map((o) => ({ ...o, cost: price(o.value) })),
      current,
      inForce,
      (level) => ({ type, tech: def.id, level }),
      `${type}:${def.id}`,
    ),
  });
}
