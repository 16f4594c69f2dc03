// The board is the scoreboard. Every challenger ending is a test any player can read off the lanes: "at
// least N technologies whose rope is past a line, and whose bars reach these marks". The same tests name
// the ending, drive the objectives panel and its warnings, and guide the AI's look-ahead.
import type { LaneTest, Scenario } from '../scenario/schema.ts';
import type { RopeInputs } from './report.ts';
import { effectiveCapacity, ropeInputs, strengths } from './rope.ts';
import { indexScenario } from './scenarioIndex.ts';
import type { ChallengerEndingId, GameState, HolderEndingId } from './state.ts';

/** What a lane shows for the challenger: its rope and its make / sell / chain bars (0–100). */
export interface LaneBars {
  tech: string;
  rope: number;
  make: number;
  sell: number;
  chain: number;
}

export const LANE_MARKS = ['rope', 'make', 'sell', 'chain'] as const;
export type LaneMark = (typeof LANE_MARKS)[number];

/** Both sides' make / sell / chain on every lane: what the board draws, and what the endings read. */
export function laneStrengths(scenario: Scenario, s: GameState): ReturnType<typeof strengths>[] {
  return laneInputs(scenario, s).map(strengths);
}

/** What each lane's strengths are computed from: capabilities, effective capacity, shares and chains. */
export function laneInputs(scenario: Scenario, s: GameState): RopeInputs[] {
  const { techIndex } = indexScenario(scenario);
  return s.techs.map((t, i) => {
    const upstream = scenario.technologies[i]!.dependsOn.map((d) => techIndex.get(d)!);
    return ropeInputs(t, effectiveCapacity(s, i, upstream));
  });
}

/** The challenger's bars on every lane, exactly as the board draws them. */
export function laneBars(scenario: Scenario, s: GameState): LaneBars[] {
  return laneStrengths(scenario, s).map(({ challenger: c }, i) => {
    const t = s.techs[i]!;
    return { tech: t.id, rope: t.rope, make: c.make, sell: c.sell, chain: c.chain };
  });
}

/** The marks a test sets, in a fixed order. */
export function marksOf(test: LaneTest): { mark: LaneMark; at: number }[] {
  const out: { mark: LaneMark; at: number }[] = [];
  for (const mark of LANE_MARKS) {
    const at = test[mark];
    if (at !== undefined) out.push({ mark, at });
  }
  return out;
}

export const laneMeets = (test: LaneTest, lane: LaneBars): boolean =>
  marksOf(test).every(({ mark, at }) => lane[mark] >= at);

export const lanesMeeting = (test: LaneTest, lanes: readonly LaneBars[]): number =>
  lanes.reduce((n, lane) => n + (laneMeets(test, lane) ? 1 : 0), 0);

export const CHALLENGER_GOALS = ['leader', 'selfReliant', 'nextJapan'] as const;
export type ChallengerGoal = (typeof CHALLENGER_GOALS)[number];
/** The ending each goal names. */
export const GOAL_ENDING = {
  leader: 'leader',
  selfReliant: 'self-reliant',
  nextJapan: 'next-japan',
} as const;

export interface GoalProgress {
  goal: ChallengerGoal;
  test: LaneTest;
  met: number; // lanes meeting every mark now
  needed: number;
  /** Each lane: whether it meets the test, and how far each mark is (value − mark; ≥ 0 is met). */
  lanes: { tech: string; meets: boolean; gaps: { mark: LaneMark; at: number; value: number }[] }[];
}

export type Warning =
  | { kind: 'ending'; turnsLeft: number } // the game ends after this many more turns resolve
  | { kind: 'crisis'; turnsLeft: number }; // a crisis ends it after this many more crisis turns

export interface Objectives {
  turn: number;
  turnsLeft: number; // turns still to resolve, this one included
  goals: GoalProgress[];
  crisis: { turns: number; limit: number; industryIndex: number; depth: number };
  holder: { health: number; healthy: number; hurt: number };
  /** The endings the board reads now, were the game to end this turn. */
  reading: { challenger: ChallengerEndingId; holder: HolderEndingId };
  warnings: Warning[];
}

/** Warnings come this many turns ahead, or nearer. */
export const WARNING_TURNS = 2;

/** Which challenger ending the lanes name, crisis aside. Checked in order: the first test met wins. */
export function boardEnding(
  scenario: Scenario,
  lanes: readonly LaneBars[],
): 'leader' | 'self-reliant' | 'next-japan' | 'still-choked' {
  for (const goal of CHALLENGER_GOALS) {
    const test = scenario.endings[goal];
    if (lanesMeeting(test, lanes) >= test.lanes) return GOAL_ENDING[goal];
  }
  return 'still-choked';
}

/** The holder's ending, from its firms' health and whether the challenger is still dependent. */
export function holderReading(
  scenario: Scenario,
  health: number,
  challenger: ChallengerEndingId,
): HolderEndingId {
  const e = scenario.endings;
  const dependent = challenger === 'still-choked' || challenger === 'crisis';
  if (dependent && health >= e.holderHealthy) return 'firm-grip';
  if (!dependent && health < e.holderHurt) return 'double-edged-sword';
  return 'managed-competition';
}

/** Each ending's condition and the challenger's progress toward it, with warnings of what comes soon. */
export function objectives(scenario: Scenario, s: GameState): Objectives {
  const lanes = laneBars(scenario, s);
  const goals = CHALLENGER_GOALS.map((goal): GoalProgress => {
    const test = scenario.endings[goal];
    return {
      goal,
      test,
      met: lanesMeeting(test, lanes),
      needed: test.lanes,
      lanes: lanes.map((lane) => ({
        tech: lane.tech,
        meets: laneMeets(test, lane),
        gaps: marksOf(test).map(({ mark, at }) => ({ mark, at, value: lane[mark] })),
      })),
    };
  });
  const { crisis, holderHealthy, holderHurt } = scenario.endings;
  const turnsLeft = Math.max(0, scenario.turns - s.turn + 1);
  const warnings: Warning[] = [];
  if (!s.ending && turnsLeft <= WARNING_TURNS) warnings.push({ kind: 'ending', turnsLeft });
  const crisisLeft = crisis.turns - s.challenger.crisisTurns;
  if (!s.ending && s.challenger.crisisTurns > 0 && crisisLeft <= WARNING_TURNS)
    warnings.push({ kind: 'crisis', turnsLeft: crisisLeft });
  const challenger: ChallengerEndingId =
    s.ending?.challenger === 'crisis' ? 'crisis' : boardEnding(scenario, lanes);
  return {
    turn: s.turn,
    turnsLeft,
    goals,
    crisis: {
      turns: s.challenger.crisisTurns,
      limit: crisis.turns,
      industryIndex: s.challenger.industryIndex,
      depth: crisis.depth,
    },
    holder: { health: s.holder.health, healthy: holderHealthy, hurt: holderHurt },
    reading: { challenger, holder: holderReading(scenario, s.holder.health, challenger) },
    warnings,
  };
}
