// How the searching AI expects the other side to play in a sampled future. Not only as it plays now: in
// each future the opponent's course is drawn from a weighted set (keep its settings, escalate to its
// worst, relax, or switch to another stance of its side), and a change comes after a drawn delay. So a
// plan that only survives an opponent who never changes course loses value, and a side that stays open
// for a few turns and then crushes cannot catch the AI unprepared. Every candidate sees the same courses.
import type { Scenario } from '../../scenario/schema.ts';
import { type GameState, otherSide, playerDice, type Side } from '../../sim/index.ts';
import { DEFAULT_PERSONALITY } from './aiName.ts';
import { family, readStance, threat } from './personalities.ts';
import type { Behaviour } from './rollout.ts';
import { type Stance, stanceOrders } from './stance.ts';

export type CourseKind = 'keep' | 'escalate' | 'relax' | 'switch';

export interface Course {
  kind: CourseKind;
  weight: number;
  stances: Stance[]; // one is drawn (evenly) when the course is
}

/** The relative weights of the courses; `keep` is what the AI expects most. */
export const COURSE_WEIGHTS: Record<CourseKind, number> = {
  keep: 0.45,
  escalate: 0.3,
  relax: 0.1,
  switch: 0.15,
};
/** A course change comes within this many turns of now (drawn evenly from 0 to it). */
export const CHANGE_WITHIN = 8;

/**
 * The courses the opponent (`opponent` is its side) may take from this state. Keeping its course means
 * playing `expected` where the AI has a better guess than the settings in force (hard: aiPlayer.ts).
 */
export function opponentCourses(opponent: Side, state: GameState, expected?: Stance): Course[] {
  const now = expected ?? readStance(opponent, state);
  const own = family(DEFAULT_PERSONALITY[opponent]);
  const relaxed: Stance =
    opponent === 'holder'
      ? family('dove')[0]!
      : { ...(now as Extract<Stance, { retaliate: number }>), retaliate: 0, squeeze: 0, exportDrive: 0 };
  return [
    { kind: 'keep', weight: COURSE_WEIGHTS.keep, stances: [now] },
    { kind: 'escalate', weight: COURSE_WEIGHTS.escalate, stances: [threat(opponent)] },
    { kind: 'relax', weight: COURSE_WEIGHTS.relax, stances: [relaxed] },
    { kind: 'switch', weight: COURSE_WEIGHTS.switch, stances: own.slice(0, 4) },
  ];
}

export interface SampledCourse {
  kind: CourseKind;
  at: number; // the turn from which the opponent plays `stance`
  stance: Stance;
}

/**
 * The course of sampled future `sample`, drawn from the AI's own stream (never the game's). Draws are
 * stratified over `strata` futures in a row, so that even two futures cover both the likeliest course
 * and a change of course.
 */
export function sampleCourse(
  courses: readonly Course[],
  seed: string,
  turn: number,
  sample: number,
  strata: number,
): SampledCourse {
  const dice = playerDice(seed, 'course', turn);
  const total = courses.reduce((sum, c) => sum + c.weight, 0);
  const k = Math.max(1, strata);
  let x = (((sample % k) + dice.next()) / k) * total;
  let course = courses[courses.length - 1]!;
  for (const c of courses) {
    x -= c.weight;
    if (x < 0) {
      course = c;
      break;
    }
  }
  const stance = course.stances[Math.floor(dice.next() * course.stances.length)]!;
  const at = turn + (course.kind === 'keep' ? 0 : Math.floor(dice.next() * (CHANGE_WITHIN + 1)));
  return { kind: course.kind, at, stance };
}

/** The opponent's play in a future: its stance as it reads now until the change, then the drawn one. */
export function courseBehaviour(
  scenario: Scenario,
  state: GameState,
  opponent: Side,
  course: SampledCourse,
  expected?: Stance,
): Behaviour {
  const now = expected ?? readStance(opponent, state);
  return (s) => stanceOrders(scenario, s, opponent, s.turn < course.at ? now : course.stance);
}

/** The model for a side looking ahead: sampled future → the opponent's behaviour in it (memoised). */
export function opponentModel(
  scenario: Scenario,
  state: GameState,
  side: Side,
  seed: (sample: number) => string,
  strata: number,
  expected?: Stance,
): (sample: number) => Behaviour {
  const opponent = otherSide(side);
  const courses = opponentCourses(opponent, state, expected);
  const cache = new Map<number, Behaviour>();
  return (sample) => {
    let b = cache.get(sample);
    if (!b) {
      b = courseBehaviour(
        scenario,
        state,
        opponent,
        sampleCourse(courses, seed(sample), state.turn, sample, strata),
        expected,
      );
      cache.set(sample, b);
    }
    return b;
  };
}
