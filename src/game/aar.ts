// The after-action report: the causes that moved the ropes most over the game, the events that fired
// (with their sources), and the decisions and turning points that mattered, each with its turn.
import type { Action, Cause, Orders, Side, TurnReport } from '../sim/index.ts';

export interface CauseTotal {
  cause: Cause;
  amount: number; // total rope movement, summed over every rope and turn
}

export interface Moment {
  turn: number;
  kind: 'event' | 'decision' | 'breakthrough' | 'deal' | 'design-in' | 'crisis';
  side?: Side;
  event?: string;
  action?: Action;
  tech?: string;
  amount?: number;
}

export interface AfterAction {
  causes: CauseTotal[];
  moments: Moment[];
}

/** Decisions worth a line: escalations, listings, and a side's first commitment on each lever. */
function decisive(a: Action): boolean {
  switch (a.type) {
    case 'setControl':
    case 'setEntityList':
    case 'setMarketAccess':
    case 'setAllies':
      return true;
    case 'setProcurement':
    case 'setEcosystem':
    case 'setExportDrive':
      return a.level >= 2;
    case 'setResearch':
      return a.level >= 3;
    default:
      return false;
  }
}

export function afterAction(orders: readonly Orders[], reports: readonly TurnReport[]): AfterAction {
  const totals = new Map<Cause, number>();
  const moments: Moment[] = [];
  reports.forEach((r, i) => {
    for (const rope of r.ropes)
      for (const c of rope.contributions) totals.set(c.cause, (totals.get(c.cause) ?? 0) + c.amount);
    for (const e of r.events) moments.push({ turn: r.turn, kind: 'event', event: e.event });
    for (const n of r.notes) {
      if (n.kind === 'breakthrough' || n.kind === 'design-in')
        moments.push({ turn: r.turn, kind: n.kind, tech: n.tech!, amount: n.amount ?? 0 });
    }
    if (r.talks?.outcome === 'deal') moments.push({ turn: r.turn, kind: 'deal' });
    if (r.ending?.challenger === 'crisis') moments.push({ turn: r.turn, kind: 'crisis' });
    const o = orders[i];
    if (!o) return;
    for (const side of ['holder', 'challenger'] as const) {
      for (const a of o[side])
        if (decisive(a)) moments.push({ turn: r.turn, kind: 'decision', side, action: a });
    }
  });
  const causes = [...totals.entries()]
    .map(([cause, amount]) => ({ cause, amount }))
    .filter((c) => Math.abs(c.amount) >= 0.05)
    .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
  return { causes, moments: moments.sort((a, b) => a.turn - b.turn) };
}
