// Helpers to make a state, give orders and resolve turns in unit tests.
import type { Scenario } from '../../src/scenario/schema.ts';
import {
  type Action,
  type Cause,
  type GameState,
  newGame,
  type Orders,
  type RopeInput,
  resolveTurn,
  type TechState,
  type TurnReport,
} from '../../src/sim/index.ts';

/** A new game, optionally hand-edited before the first turn. */
export function start(scenario: Scenario, seed = 'test', edit?: (s: GameState) => void): GameState {
  const s = newGame(scenario, seed);
  edit?.(s);
  return s;
}

export interface Step {
  state: GameState;
  report: TurnReport;
}

/** Resolves one turn; illegal orders are a broken test, so they throw. */
export function step(scenario: Scenario, state: GameState, orders: Partial<Orders> = {}): Step {
  const r = resolveTurn(scenario, state, {
    holder: orders.holder ?? [],
    challenger: orders.challenger ?? [],
  });
  if (!r.ok) throw new Error(`illegal orders (${r.error.side}, ${r.error.code}): ${r.error.message}`);
  return r.value;
}

/** Resolves n turns, giving `orders` on the first and nothing after; returns every step. */
export function steps(scenario: Scenario, state: GameState, n: number, orders: Partial<Orders> = {}): Step[] {
  const out: Step[] = [];
  let s = state;
  for (let i = 0; i < n; i++) {
    const r = step(scenario, s, i === 0 ? orders : {});
    out.push(r);
    s = r.state;
  }
  return out;
}

export const holder = (...actions: Action[]): Partial<Orders> => ({ holder: actions });
export const challenger = (...actions: Action[]): Partial<Orders> => ({ challenger: actions });

export function techIndex(state: GameState, id: string): number {
  const i = state.techs.findIndex((t) => t.id === id);
  if (i < 0) throw new Error(`no technology ${id}`);
  return i;
}

export const tech = (state: GameState, id: string): TechState => state.techs[techIndex(state, id)]!;

/** What a cause moved one rope input by this turn (0 when it did not). */
export function booked(report: TurnReport, techId: string, input: RopeInput, cause: Cause): number {
  const rope = report.ropes.find((r) => r.tech === techId);
  if (!rope) throw new Error(`no rope ${techId}`);
  return rope.inputs[input].contributions.find((c) => c.cause === cause)?.amount ?? 0;
}

/** What a cause moved one rope by this turn (0 when it did not). */
export function ropeMove(report: TurnReport, techId: string, cause: Cause): number {
  const rope = report.ropes.find((r) => r.tech === techId);
  if (!rope) throw new Error(`no rope ${techId}`);
  return rope.contributions.find((c) => c.cause === cause)?.amount ?? 0;
}

export const techReport = (report: TurnReport, id: string) => {
  const t = report.techs.find((x) => x.tech === id);
  if (!t) throw new Error(`no technology ${id}`);
  return t;
};
