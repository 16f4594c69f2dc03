// A replay as a timeline for the viewer and for comparing two timelines: the states turn by turn, and
// for each turn the ropes and the scores. Every timeline is verified while it is built.
import type { Scenario } from '../scenario/schema.ts';
import { type GameState, newGame, provisionalScores, type TurnReport } from '../sim/index.ts';
import type { Replay } from './format.ts';
import { type Outcome, refuse } from './problems.ts';
import { verifyReplay } from './verify.ts';

export interface Timeline {
  states: GameState[]; // states[0] is the start; states[t] the state after turn t
  reports: TurnReport[]; // reports[t - 1] explains turn t
}

/** Every state of a replay, for a viewer that steps, scrubs and plays; refused unless it verifies. */
export function replayTimeline(scenario: Scenario, replay: Replay): Outcome<Timeline> {
  const states: GameState[] = [newGame(scenario, replay.seed)];
  const reports: TurnReport[] = [];
  const verified = verifyReplay(replay, scenario, {
    onTurn: (state, report) => {
      states.push(state);
      reports.push(report);
    },
  });
  if (!verified.ok) return verified;
  return { ok: true, value: { states, reports } };
}

export interface TimelinePoint {
  ropes: number[]; // by technology, in the scenario's order
  score: { holder: number; challenger: number }; // the final score once the game has ended, else as it stands
  ending: string | null;
  hash: string;
}

export interface TimelineRow {
  turn: number; // 0 is the start
  a: TimelinePoint | null; // null once that timeline has ended
  b: TimelinePoint | null;
  /** b − a for each rope and score, when both timelines reach this turn. */
  gap: { ropes: number[]; score: { holder: number; challenger: number } } | null;
}

export interface Comparison {
  techs: string[];
  /** The last turn both timelines share (same orders, same state); 0 when they differ from the first turn. */
  split: number;
  /** From the split (the common ground, if any) to the end of the longer timeline. */
  rows: TimelineRow[];
}

/** The point of a state: its ropes and scores. */
export function pointOf(scenario: Scenario, state: GameState, hash: string): TimelinePoint {
  const score = state.ending?.score ?? provisionalScores(scenario, state);
  return { ropes: state.techs.map((t) => t.rope), score, ending: state.ending?.id ?? null, hash };
}

/** Compares two timelines of one scenario from the turn where they split, turn by turn. */
export function compareTimelines(scenario: Scenario, a: Replay, b: Replay): Outcome<Comparison> {
  if (a.scenario.hash !== b.scenario.hash || a.scenario.id !== b.scenario.id) {
    return refuse(
      'ERR_SCENARIO_CONTENT',
      `These timelines are of different scenarios ("${a.scenario.id}" and "${b.scenario.id}", or other content), so they cannot be compared.`,
      null,
    );
  }
  const timelines: Timeline[] = [];
  for (const [name, replay] of [
    ['first', a],
    ['second', b],
  ] as const) {
    const t = replayTimeline(scenario, replay);
    if (!t.ok)
      return { ok: false, error: { ...t.error, message: `The ${name} timeline: ${t.error.message}` } };
    timelines.push(t.value);
  }
  const [ta, tb] = timelines as [Timeline, Timeline];
  let split = 0;
  if (a.start === b.start) {
    while (
      split < a.turns.length &&
      split < b.turns.length &&
      a.turns[split]!.hash === b.turns[split]!.hash &&
      JSON.stringify(a.turns[split]!.orders) === JSON.stringify(b.turns[split]!.orders)
    )
      split++;
  }
  const hashAt = (r: Replay, t: number) => (t === 0 ? r.start : r.turns[t - 1]!.hash);
  const rows: TimelineRow[] = [];
  const last = Math.max(a.turns.length, b.turns.length);
  for (let turn = split; turn <= last; turn++) {
    const pa = turn < ta.states.length ? pointOf(scenario, ta.states[turn]!, hashAt(a, turn)) : null;
    const pb = turn < tb.states.length ? pointOf(scenario, tb.states[turn]!, hashAt(b, turn)) : null;
    const gap =
      pa && pb
        ? {
            ropes: pb.ropes.map((r, i) => r - pa.ropes[i]!),
            score: {
              holder: pb.score.holder - pa.score.holder,
              challenger: pb.score.challenger - pa.score.challenger,
            },
          }
        : null;
    rows.push({ turn, a: pa, b: pb, gap });
  }
  return { ok: true, value: { techs: scenario.technologies.map((t) => t.id), split, rows } };
}
