// Where a rope went over the last turns, and why: the causes of every turn's move (the rules' own
// explanation in each turn's report) added up. A rope a side funded for ten turns that still slid back
// is named here with what outweighed the funding, not left to be pieced together turn by turn.
import type { Cause, Contribution, TurnReport } from '../sim/index.ts';

/** Turns the trend looks back over, at most. */
export const TREND_TURNS = 10;

export interface RopeTrend {
  tech: string;
  turns: number; // how many turns it covers (fewer early in the game)
  from: number;
  to: number;
  causes: Contribution[]; // summed over those turns, largest first, adding up to to − from
}

/** The trend of `tech`'s rope over the last `TREND_TURNS` reports (or all of them), or null with none. */
export function ropeTrend(reports: readonly TurnReport[], tech: string): RopeTrend | null {
  const recent = reports.slice(-TREND_TURNS);
  const ropes = recent.map((r) => r.ropes.find((x) => x.tech === tech)).filter((x) => x !== undefined);
  if (ropes.length === 0) return null;
  const sums = new Map<Cause, number>();
  for (const r of ropes)
    for (const c of r.contributions) sums.set(c.cause, (sums.get(c.cause) ?? 0) + c.amount);
  return {
    tech,
    turns: ropes.length,
    from: ropes[0]!.from,
    to: ropes[ropes.length - 1]!.to,
    causes: [...sums]
      .map(([cause, amount]) => ({ cause, amount }))
      .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount) || (a.cause < b.cause ? -1 : 1)),
  };
}
