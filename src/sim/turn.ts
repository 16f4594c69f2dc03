// The working context of one turn's resolution. The rules mutate `s`, a private copy of the input
// state, and book every change to a rope input by cause in `ledger`.
import type { Scenario } from '../scenario/schema.ts';
import type { Cause, Stream } from '../scenario/vocabulary.ts';
import type { Dice } from './random.ts';
import type { RopeInput, RopeInputs, TurnReport } from './report.ts';
import type { ScenarioIndex } from './scenarioIndex.ts';
import type { GameState } from './state.ts';

export type Ledger = Partial<Record<RopeInput, Partial<Record<Cause, number>>>>;

export interface TurnContext {
  scenario: Scenario;
  index: ScenarioIndex;
  s: GameState;
  dice: Record<Stream, Dice>;
  before: RopeInputs[]; // rope inputs at the start of the turn, by tech index
  startCapacity: { capacity: number; upstream: number; demand: number; shortage: number }[]; // to split moves by cause
  ledger: Ledger[]; // by tech index
  explain: boolean; // whether to keep the ledger and explain each rope's move in the report
  report: TurnReport;
  spill: number[]; // capability spilling over to each tech, applied after all techs researched
  revenue: { holder: number[]; challenger: number[] }; // by tech index, this turn
  qualityLoss: number[]; // by tech index: share of downstream value lost to poor or capped inputs
  paid: { holder: number; challenger: number }; // share of upkeep paid (0–1)
  supportPaid: number;
  shortfall: number; // share of the challenger's industry output lost to shortages this turn
  loosenedByDeal: Set<string>;
  talksNext: boolean;
}

export function book(ctx: TurnContext, tech: number, input: RopeInput, cause: Cause, delta: number): void {
  if (!ctx.explain || delta === 0 || !Number.isFinite(delta)) return;
  const ledger = ctx.ledger[tech]!;
  const byInput = ledger[input] ?? {};
  ledger[input] = byInput;
  byInput[cause] = (byInput[cause] ?? 0) + delta;
}

/** Adds to a challenger capability, clamped to [0, 100], booking what actually changed. */
export function addCapabilityC(ctx: TurnContext, tech: number, cause: Cause, delta: number): number {
  const t = ctx.s.techs[tech]!.challenger;
  const next = Math.min(100, Math.max(0, t.capability + delta));
  const moved = next - t.capability;
  t.capability = next;
  book(ctx, tech, 'capC', cause, moved);
  return moved;
}
