// Endings and scores. The ending names itself from the figures that decided it, and reports them.
import type { Scenario } from '../scenario/schema.ts';
import { clamp } from './numbers.ts';
import { boardEnding, holderReading, type LaneBars, laneBars, lanesMeeting } from './objectives.ts';
import { indexScenario } from './scenarioIndex.ts';
import type { ChallengerEndingId, Ending, EndingFigures, GameState, HolderEndingId } from './state.ts';
import { points } from './winner.ts';

/**
 * The figures an ending is decided and scored by: the lanes meeting each ending's marks (what the board
 * shows), and the challenger's make/sell/chain weighted by each technology's share of its home market.
 */
export function endingFigures(
  scenario: Scenario,
  s: GameState,
  lanes: readonly LaneBars[] = laneBars(scenario, s),
): EndingFigures {
  const { weight } = indexScenario(scenario);
  let make = 0;
  let home = 0;
  let abroad = 0;
  let chain = 0;
  let rope = 0;
  s.techs.forEach((t, i) => {
    const w = weight[i]!;
    make += w * lanes[i]!.make;
    home += w * t.domestic.challenger;
    abroad += w * t.foreign.challenger;
    chain += w * t.challenger.chain;
    rope += t.rope / s.techs.length;
  });
  const e = scenario.endings;
  return {
    lanes: {
      leader: lanesMeeting(e.leader, lanes),
      selfReliant: lanesMeeting(e.selfReliant, lanes),
      nextJapan: lanesMeeting(e.nextJapan, lanes),
    },
    rope,
    make,
    home,
    abroad,
    chain,
    holderHealth: s.holder.health,
    industryIndex: s.challenger.industryIndex,
    crisisTurns: s.challenger.crisisTurns,
  };
}

/** The challenger's ending: a crisis, else what the lanes name (see objectives.ts). */
export function challengerEnding(
  scenario: Scenario,
  s: GameState,
  crisis: boolean,
  lanes: readonly LaneBars[] = laneBars(scenario, s),
): ChallengerEndingId {
  return crisis ? 'crisis' : boardEnding(scenario, lanes);
}

export function holderEnding(
  scenario: Scenario,
  f: EndingFigures,
  challenger: ChallengerEndingId,
): HolderEndingId {
  return holderReading(scenario, f.holderHealth, challenger);
}

/**
 * How far each ending got, 0–100: a score counts the ending the board names first (the rope decides), and
 * the figures within it. So a Self-reliant challenger outscores a Next Japan one whatever its figures.
 */
const STANDING: Record<ChallengerEndingId, number> = {
  leader: 100,
  'self-reliant': 75,
  'next-japan': 40,
  'still-choked': 20,
  crisis: 0,
};
const ENDING_SHARE = 0.4;

/** Scores on 0–100 make games comparable across seeds and strategies: the ending, then the figures. */
export function scores(
  scenario: Scenario,
  s: GameState,
  f: EndingFigures,
  ending: Pick<Ending, 'challenger' | 'holder'>,
) {
  const figures = figureScores(scenario, s, f);
  const blend = (figure: number, standing: number) =>
    Math.round(((1 - ENDING_SHARE) * figure + ENDING_SHARE * standing) * 10) / 10;
  return {
    holder: blend(figures.holder, 100 * points(ending).holder),
    challenger: blend(figures.challenger, STANDING[ending.challenger]),
  };
}

/** A side's score as it would stand if the game ended now: the ending the board reads, and the figures. */
export function provisionalScores(scenario: Scenario, s: GameState) {
  const lanes = laneBars(scenario, s);
  const challenger = boardEnding(scenario, lanes);
  const holder = holderReading(scenario, s.holder.health, challenger);
  return scores(scenario, s, endingFigures(scenario, s, lanes), { challenger, holder });
}

/** The figures' part of a score: what each side holds of making, markets, the chain and its firms. */
export function figureScores(scenario: Scenario, s: GameState, f: EndingFigures) {
  const { weight } = indexScenario(scenario);
  let holderChain = 0;
  let holderReach = 0;
  s.techs.forEach((t, i) => {
    holderChain += weight[i]! * (t.holder.chain / 100);
    holderReach += weight[i]! * (0.5 * t.domestic.holder + 0.5 * t.foreign.holder);
  });
  const challenger =
    100 *
    (0.25 * (f.make / 100) +
      0.2 * f.home +
      0.2 * clamp(f.abroad / 0.3, 0, 1) +
      0.2 * (f.chain / 100) +
      0.15 * clamp(f.industryIndex, 0, 1));
  const holder =
    100 *
    (0.35 * clamp(f.holderHealth, 0, 1) +
      0.25 * holderReach +
      0.25 * holderChain +
      0.15 * (1 - clamp(f.make / 100, 0, 1)));
  return { holder: clamp(holder, 0, 100), challenger: clamp(challenger, 0, 100) };
}

/** The game ends on the last turn, or earlier when a long, deep shortage becomes a crisis. */
export function checkEnding(scenario: Scenario, s: GameState, resolvedTurn: number): Ending | null {
  const crisis = s.challenger.crisisTurns >= scenario.endings.crisis.turns;
  if (!crisis && resolvedTurn < scenario.turns) return null;
  const lanes = laneBars(scenario, s);
  const figures = endingFigures(scenario, s, lanes);
  const challenger = challengerEnding(scenario, s, crisis, lanes);
  const holder = holderEnding(scenario, figures, challenger);
  return {
    challenger,
    holder,
    id: `${challenger}/${holder}`,
    turn: resolvedTurn,
    figures,
    score: scores(scenario, s, figures, { challenger, holder }),
  };
}
