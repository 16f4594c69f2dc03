// The after-action report: the causes that moved the ropes most over the game, the events that fired
// (with their sources), and the decisions and turning points that mattered, each with its turn. A long
// game has more moments than a report can hold: those kept are the ones that moved the ropes most, from
// the whole game, not merely the first.
import type { Action, Cause, Deal, Orders, Side, TurnReport } from '../sim/index.ts';

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
  deal?: Deal;
  weight: number; // how much it moved the ropes: what ranks it for the report
}

export interface AfterAction {
  causes: CauseTotal[];
  moments: Moment[];
}

/** Turns over which a decision's effect is counted: long enough to show, short enough to be its own. */
const EFFECT_TURNS = 4;

/** The cause a decision moves the ropes through, and on which rope (all of them when null). */
function channel(a: Action): { cause: Cause[]; tech: string | null } | null {
  switch (a.type) {
    case 'setControl':
      return { cause: ['control'], tech: a.tech };
    case 'setEntityList':
      return { cause: ['entityList'], tech: null };
    case 'setAllies':
      return { cause: ['allies'], tech: null };
    case 'setMarketAccess':
      return { cause: ['marketAccess'], tech: null };
    case 'setProcurement':
      return { cause: ['procurement'], tech: a.tech };
    case 'setEcosystem':
      return { cause: ['ecosystem'], tech: a.tech };
    case 'setExportDrive':
      return { cause: ['exportDrive'], tech: a.tech };
    case 'setResearch':
      return { cause: ['research', 'stimulus', 'holderResearch'], tech: a.tech };
    case 'setPriceCut':
      return { cause: ['priceCut'], tech: a.tech };
    case 'setLicense':
      return { cause: ['licensing'], tech: a.tech };
    default:
      return null;
  }
}

/** The size of the rope moves booked to `causes` (on one rope or all) over turns [from, from + n). */
function moved(
  reports: readonly TurnReport[],
  from: number,
  n: number,
  causes: Cause[],
  tech: string | null,
): number {
  let total = 0;
  for (let i = from; i < Math.min(reports.length, from + n); i++)
    for (const rope of reports[i]!.ropes) {
      if (tech !== null && rope.tech !== tech) continue;
      for (const c of rope.contributions) if (causes.includes(c.cause)) total += Math.abs(c.amount);
    }
  return total;
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
    case 'setPriceCut':
      return a.level >= 1;
    case 'setLicense':
      return true;
    default:
      return false;
  }
}

export function afterAction(
  orders: readonly Orders[],
  reports: readonly TurnReport[],
  keep = Number.POSITIVE_INFINITY,
): AfterAction {
  const totals = new Map<Cause, number>();
  const moments: Moment[] = [];
  reports.forEach((r, i) => {
    for (const rope of r.ropes)
      for (const c of rope.contributions) totals.set(c.cause, (totals.get(c.cause) ?? 0) + c.amount);
    const eventWeight = moved(reports, i, 1, ['event'], null);
    for (const e of r.events)
      moments.push({ turn: r.turn, kind: 'event', event: e.event, weight: 0.5 + eventWeight });
    for (const n of r.notes) {
      if (n.kind === 'breakthrough' || n.kind === 'design-in')
        moments.push({
          turn: r.turn,
          kind: n.kind,
          tech: n.tech!,
          amount: n.amount ?? 0,
          weight: 0.5 + moved(reports, i, EFFECT_TURNS, ['breakthrough', 'ecosystem', 'market'], n.tech!),
        });
    }
    if (r.talks?.outcome === 'deal' && r.talks.deal)
      moments.push({
        turn: r.turn,
        kind: 'deal',
        deal: r.talks.deal,
        weight: 1 + moved(reports, i, r.talks.deal.until - r.talks.deal.from + 1, ['negotiation'], null),
      });
    if (r.ending?.challenger === 'crisis')
      moments.push({ turn: r.turn, kind: 'crisis', weight: Number.POSITIVE_INFINITY });
    const o = orders[i];
    if (!o) return;
    for (const side of ['holder', 'challenger'] as const) {
      for (const a of o[side]) {
        if (!decisive(a)) continue;
        const via = channel(a);
        const weight = 0.25 + (via ? moved(reports, i, EFFECT_TURNS, via.cause, via.tech) : 0);
        moments.push({ turn: r.turn, kind: 'decision', side, action: a, weight });
      }
    }
  });
  const causes = [...totals.entries()]
    .map(([cause, amount]) => ({ cause, amount }))
    .filter((c) => Math.abs(c.amount) >= 0.05)
    .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
  // The weightiest moments of the whole game, told in the order they happened.
  const kept = [...moments]
    .sort((a, b) => b.weight - a.weight || a.turn - b.turn)
    .slice(0, keep)
    .sort((a, b) => a.turn - b.turn);
  return { causes, moments: kept };
}
