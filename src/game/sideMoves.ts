// What a side did in the last turn, in the debrief's plain words: the orders that changed something
// (not those that only repeated a setting), the offer it put on the table, and what its levers did to the
// ropes this turn, summed over every rope by cause.
import {
  type Action,
  type Cause,
  type GameState,
  own,
  type Side,
  type TalkItem,
  type TurnReport,
} from '../sim/index.ts';
import { isNoChange } from './draft.ts';
import type { GameView } from './view.ts';

/** The causes that are a side's own levers; the rest (markets, momentum, events…) belong to neither. */
export const SIDE_CAUSES: Record<Side, readonly Cause[]> = {
  holder: [
    'control',
    'entityList',
    'allies',
    'dependence',
    'holderResearch',
    'support',
    'priceCut',
    'licensing',
  ],
  challenger: ['research', 'stimulus', 'procurement', 'exportDrive', 'ecosystem', 'marketAccess', 'capacity'],
};

export interface SideMoves {
  side: Side;
  turn: number;
  changes: Action[];
  // Its controls, listings and market access that changed this turn without an order of its own: an
  // event (or the default of its choice), a deal settled at the table. Written as the orders they equal.
  otherwise: Action[];
  offer: { gives: TalkItem[]; asks: TalkItem[] } | null;
  effects: { cause: Cause; amount: number }[]; // on the ropes, + toward the challenger, largest first
}

export function effectsOf(report: TurnReport, side: Side): SideMoves['effects'] {
  const totals = new Map<Cause, number>();
  for (const rope of report.ropes)
    for (const c of rope.contributions)
      if (SIDE_CAUSES[side].includes(c.cause)) totals.set(c.cause, (totals.get(c.cause) ?? 0) + c.amount);
  return [...totals.entries()]
    .map(([cause, amount]) => ({ cause, amount }))
    .filter((e) => Math.abs(e.amount) >= 0.005)
    .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
}

/** What `side` did in the turn the view last resolved, or null before the first turn. */
export function sideMoves(view: GameView, side: Side): SideMoves | null {
  const report = view.reports[view.reports.length - 1];
  const orders = view.orders[view.reports.length - 1];
  const before = view.states[view.reports.length - 1];
  if (!report || !orders || !before) return null;
  const mine = orders[side];
  const after = view.states[view.reports.length];
  const offer = mine.find((a) => a.type === 'offer');
  return {
    side,
    turn: report.turn,
    // What changed something (a setting sent again changes nothing); the offer is shown on its own.
    changes: mine.filter((a) => a.type !== 'offer' && !isNoChange(before, side, a)),
    otherwise: after ? notOrdered(before, after, side, mine) : [],
    offer: offer?.type === 'offer' ? { gives: offer.gives, asks: offer.asks ?? [] } : null,
    effects: effectsOf(report, side),
  };
}

function notOrdered(before: GameState, after: GameState, side: Side, orders: readonly Action[]): Action[] {
  const ordered = (a: Action) => orders.some((o) => JSON.stringify(o) === JSON.stringify(a));
  const out: Action[] = [];
  if (side === 'holder') {
    for (const t of after.techs) {
      const level = own(after.holder.policy.control, t.id) ?? 'open';
      if (level !== (own(before.holder.policy.control, t.id) ?? 'open'))
        out.push({ type: 'setControl', tech: t.id, level });
    }
    const was = before.holder.policy.entityList;
    const now = after.holder.policy.entityList;
    for (const c of now) if (!was.includes(c)) out.push({ type: 'setEntityList', champion: c, listed: true });
    for (const c of was)
      if (!now.includes(c)) out.push({ type: 'setEntityList', champion: c, listed: false });
  } else if (after.challenger.policy.marketAccess !== before.challenger.policy.marketAccess) {
    out.push({ type: 'setMarketAccess', level: after.challenger.policy.marketAccess });
  }
  return out.filter((a) => !ordered(a));
}
