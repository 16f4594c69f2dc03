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
  offer: TalkItem[] | null;
  effects: { cause: Cause; amount: number }[]; // on the ropes, + toward the challenger, largest first
}

/** Whether an action changes the policy in force before it (a repeated setting does not). */
export function changesSomething(before: GameState, side: Side, a: Action): boolean {
  const h = before.holder.policy;
  const c = before.challenger.policy;
  switch (a.type) {
    case 'setResearch':
      return (own(before[side].policy.research, a.tech) ?? 0) !== a.level;
    case 'setControl':
      return (own(h.control, a.tech) ?? 'open') !== a.level;
    case 'setEntityList':
      return h.entityList.includes(a.champion) !== a.listed;
    case 'setAllies':
      return h.allies !== a.level;
    case 'setSupport':
      return h.support !== a.level;
    case 'setProcurement':
      return (own(c.procurement, a.tech) ?? 0) !== a.level;
    case 'setExportDrive':
      return (own(c.exportDrive, a.tech) ?? 0) !== a.level;
    case 'setEcosystem':
      return (own(c.ecosystem, a.tech) ?? 0) !== a.level;
    case 'setMarketAccess':
      return c.marketAccess !== a.level;
    case 'setPriceCut':
      return (own(h.priceCut, a.tech) ?? 0) !== a.level;
    case 'setLicense':
      return h.licensed.includes(a.tech) !== a.licensed;
    case 'offer':
      return false; // shown as the offer
    default:
      return true;
  }
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
  const offer = mine.find((a) => a.type === 'offer');
  return {
    side,
    turn: report.turn,
    changes: mine.filter((a) => changesSomething(before, side, a)),
    offer: offer?.type === 'offer' ? offer.gives : null,
    effects: effectsOf(report, side),
  };
}
