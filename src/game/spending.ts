// Money lying idle, and what it could buy. A treasury that piles up buys nothing; the decisions panel says
// so with the cheapest useful moves this side may make now, each priced by the rules' own check of the
// orders (so a move the rules or a tutorial refuse, or the treasury cannot pay, is never offered).
import type { Scenario } from '../scenario/schema.ts';
import {
  type Action,
  checkOrders,
  exportBar,
  type GameState,
  own,
  type Plan,
  type Side,
  severity,
} from '../sim/index.ts';
import { withAction } from './draft.ts';
import type { GameView } from './view.ts';

/** Money a plan spends this turn: one-off costs and the upkeep of the policy it puts in force. */
export const spentBy = (plan: Plan): number => plan.money + plan.upkeep.total;

/**
 * Money piles up: the treasury holds more than four turns' income and the orders spend less than half a
 * turn's. The same test the panel has always used, now shared with what it suggests.
 */
export function moneyIdle(
  scenario: Scenario,
  state: GameState,
  side: Side,
  orders: readonly Action[],
): boolean {
  const plan = checkOrders(scenario, state, side, orders);
  if (!plan.ok) return false;
  const { money, income } = state[side];
  return money > 4 * Math.max(1, income) && spentBy(plan.value) < income / 2;
}

/**
 * Whether the idle money is news this turn: it was not idle last turn (with the orders then given), or
 * this is the first turn. Said once prominently, then quietly while it stays idle.
 */
export function moneyIdleIsNew(view: GameView, side: Side): boolean {
  const turn = view.state.turn;
  const before = view.states[turn - 2];
  const orders = view.orders[turn - 2];
  if (!before || !orders) return true;
  return !moneyIdle(view.scenario, before, side, orders[side]);
}

export interface SpendingIdea {
  action: Action;
  once: number; // money this turn only (a line, a stockpile)
  perTurn: number; // money every turn from now on (a level of R&D, support, certification, a drive)
}

/** Moves that spend money and can do something now, by side; the rules then price and allow each. */
function candidates(scenario: Scenario, state: GameState, side: Side, plan: Plan): Action[] {
  const out: Action[] = [];
  const policy = side === 'holder' ? plan.holder : plan.challenger;
  scenario.technologies.forEach((def, i) => {
    const t = state.techs[i]!;
    const research = own(policy.research, def.id) ?? 0;
    if (research < 3) out.push({ type: 'setResearch', tech: def.id, level: research + 1 });
    if (side === 'holder') return;
    const c = t.challenger;
    // Certification works only past the reliability line, and buyers abroad ignore a product below their bar.
    const ecosystem = own(plan.challenger.ecosystem, def.id) ?? 0;
    if (ecosystem < 3 && c.capability >= def.reliabilityThreshold)
      out.push({ type: 'setEcosystem', tech: def.id, level: ecosystem + 1 });
    const drive = own(plan.challenger.exportDrive, def.id) ?? 0;
    if (drive < 3 && c.capability >= exportBar(def))
      out.push({ type: 'setExportDrive', tech: def.id, level: drive + 1 });
    // A line where the lines built and building fall short of home demand.
    const building = c.pipeline.reduce((sum, l) => sum + l.units, 0);
    if (c.capacity + building < t.demand.domestic) out.push({ type: 'buildLine', tech: def.id, lines: 1 });
    // A stockpile where imports are controlled or already short.
    if (severity(own(state.holder.policy.control, def.id) ?? 'open') > 0 || t.shortage > 0)
      out.push({ type: 'stockpile', tech: def.id, quarters: 1 });
  });
  if (side === 'holder' && plan.holder.support < 3)
    out.push({ type: 'setSupport', level: plan.holder.support + 1 });
  return out;
}

/**
 * The cheapest useful moves this side may add to its draft now, one of each kind, cheapest first (by what
 * they cost this turn), each with its price as the rules charge it. Empty when the draft is refused.
 */
export function spendingIdeas(
  scenario: Scenario,
  state: GameState,
  side: Side,
  draft: readonly Action[],
  most = 3,
): SpendingIdea[] {
  const now = checkOrders(scenario, state, side, draft);
  if (!now.ok) return [];
  const base = spentBy(now.value);
  const baseUpkeep = now.value.upkeep.total;
  const cheapest = new Map<Action['type'], SpendingIdea>();
  for (const action of candidates(scenario, state, side, now.value)) {
    const next = checkOrders(scenario, state, side, withAction(state, side, draft, action));
    if (!next.ok) continue;
    const perTurn = next.value.upkeep.total - baseUpkeep;
    const once = spentBy(next.value) - base - perTurn;
    if (once + perTurn <= 1e-9) continue;
    const idea = { action, once, perTurn };
    const best = cheapest.get(action.type);
    if (!best || once + perTurn < best.once + best.perTurn - 1e-9) cheapest.set(action.type, idea);
  }
  return [...cheapest.values()].sort((a, b) => a.once + a.perTurn - (b.once + b.perTurn)).slice(0, most);
}
