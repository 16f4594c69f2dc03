// The AI player. It reads the public state (never the other side's orders for this turn), and:
// - easy plays its personality's signature stance, and on some turns forgets to act;
// - normal and hard try the stances of their personality's family (and the one they are playing) on
//   sampled futures, with the opponent's course drawn in each future from a weighted set (keep its
//   settings, escalate, relax, switch stance), and play the best. Event decisions are looked ahead the same way.
// Randomness comes from the AI's own streams, seeded by the game seed, its name, side and turn: a game
// against the AI replays exactly. It never changes the state it is given.
import type { Scenario } from '../../scenario/schema.ts';
import {
  type Action,
  checkOrders,
  type GameState,
  otherSide,
  playerDice,
  type Side,
} from '../../sim/index.ts';
import { answerOrders } from '../answer.ts';
import type { Player, PlayerContext } from '../player.ts';
import { type AiName, DEFAULT_PERSONALITY, type Personality } from './aiName.ts';
import { LEVEL_RULES, type LevelRules } from './levels.ts';
import { opponentModel } from './opponentModel.ts';
import { family, LEANINGS, readStance, signature } from './personalities.ts';
import { proposalOrders } from './proposal.ts';
import { type Behaviour, rollout } from './rollout.ts';
import { successiveHalving } from './search.ts';
import { type Stance, stanceOrders } from './stance.ts';
import { projectedValue, snapshot } from './value.ts';

export function aiPlayer(name: AiName, fullName: string): Player {
  return player(name, fullName, LEVEL_RULES[name.level], `ai/${name.level}`);
}

/**
 * A fast stand-in for an AI's style of play: its personality's signature stance, played every turn
 * without looking ahead. Outcome ranges use it, so that a hundred games take seconds, not minutes.
 */
export function aiStyle(name: AiName, fullName: string): Player {
  return player(name, `${fullName} (style)`, STYLE_RULES, 'ai/style');
}

const STYLE_RULES: LevelRules = { ...LEVEL_RULES.easy, slip: 0 };

function player(name: AiName, fullName: string, rules: LevelRules, label: string): Player {
  return {
    name: fullName,
    ...(name.side ? { side: name.side } : {}),
    decide(ctx) {
      if (name.side && name.side !== ctx.side)
        throw new Error(`${fullName} plays the ${name.side}, not the ${ctx.side}.`);
      const personality = name.personality ?? DEFAULT_PERSONALITY[ctx.side];
      return decide(ctx, personality, rules, `${label}/${personality}`);
    },
  };
}

function decide(ctx: PlayerContext, personality: Personality, rules: LevelRules, label: string): Action[] {
  const { scenario, state, side } = ctx;
  if (!rules.search) {
    const dice = playerDice(state.seed, `${label}/${side}`, state.turn);
    const choices = state.pending
      .filter((p) => p.side === side)
      .map(
        (p): Action => ({
          type: 'choose',
          event: p.event,
          option: p.options[Math.floor(dice.next() * p.options.length)]!,
        }),
      );
    // A turn it forgets to act still answers what the game asks of it: an event's question, and a
    // proposal put to it (as the verdict its proposer was shown foretold). Its stance's orders carry the
    // answer on other turns.
    if (dice.next() < rules.slip) return [...choices, ...answerOrders(state, side)];
    return combine(
      scenario,
      state,
      side,
      choices,
      stanceOrders(scenario, state, side, signature(personality)),
    );
  }

  const { stance, orders: planned, look } = chooseStance(ctx, personality, rules, label);
  let orders = planned;

  // At the table: its own proposal (or a counter to one refused last round), sent only if playing on
  // with it looks at least as good as without it, over the deal's term.
  if (state.talks.open) {
    const without = orders.filter((a) => a.type !== 'offer');
    const offer = proposalOrders(scenario, state, side);
    if (offer.length > 0) {
      const options = [[...without, ...offer], without];
      const picked = successiveHalving(
        options.length,
        (o, sample) => look(options[o]!, stance, sample, 'talks', rules.choiceHorizon),
        rules.choiceBudget,
        rules.strata, // a deal is insurance too: try it on a future where the opponent changes course
      );
      orders = options[picked.best]!;
    }
  }

  // Each decision an event asks of this side: try each option with the chosen stance.
  const choices: Action[] = [];
  for (const p of state.pending) {
    if (p.side !== side) continue;
    const options = p.options.map((option): Action => ({ type: 'choose', event: p.event, option }));
    const picked = successiveHalving(
      options.length,
      (o, sample) => look([options[o]!, ...orders], stance, sample, `choice/${p.event}`, rules.horizon),
      rules.choiceBudget,
    );
    choices.push(options[picked.best]!);
  }
  return combine(scenario, state, side, choices, orders);
}

/**
 * The stance a searching AI plays this turn, with its first orders, and the look-ahead it was judged by
 * (talks and event choices are judged by the same). At hard, the opponent's likeliest course is not its
 * settings in force but the stance a normal AI's search would choose in its seat, on dice of its own:
 * a searching opponent re-plans every turn, and a model that expects it to stand still is outplayed.
 */
function chooseStance(ctx: PlayerContext, personality: Personality, rules: LevelRules, label: string) {
  const { scenario, state, side } = ctx;
  const leaning = LEANINGS[personality];
  const own = distinct(family(personality).slice(0, rules.candidates));
  const candidates = distinct([...own, readStance(side, state)]);
  const other = otherSide(side);
  const expected = rules.modelsOpponent
    ? chooseStance(
        { scenario, state, side: other },
        DEFAULT_PERSONALITY[other],
        LEVEL_RULES.normal,
        `model/${DEFAULT_PERSONALITY[other]}`,
      ).stance
    : undefined;
  // Each sampled future draws the opponent's course (keep, escalate, relax, switch; opponentModel.ts).
  const opponentFor = opponentModel(
    scenario,
    state,
    side,
    (sample) => `${state.seed}/${label}/${side}/${state.turn}/opponent/${sample}`,
    rules.strata,
    expected,
  );
  const firsts = candidates.map((c) => stanceOrders(scenario, state, side, c));
  const start = snapshot(scenario, state);
  const seed = (kind: string, sample: number) =>
    `${state.seed}/${label}/${side}/${state.turn}/${kind}/${sample}`;

  const look = (first: Action[], stance: Stance, sample: number, kind: string, horizon: number) => {
    const own: Behaviour = (s) => stanceOrders(scenario, s, side, stance);
    const o = rollout(
      scenario,
      state,
      { side, first, own, opponent: opponentFor(sample) },
      horizon,
      seed(kind, sample),
    );
    return { value: projectedValue(scenario, start, o.state, o.turns, side, leaning), turns: o.turns };
  };
  // The AI keeps no memory between turns, so it recognises the stance it has been playing as the one of
  // its family that asks for the fewest changes now. That stance stays in every round and is dropped only
  // for one clearly better: re-planning on a few noisy futures must not flip a policy back and forth.
  const incumbent = state.turn > 1 ? fewestChanges(firsts.slice(0, own.length)) : -1;
  const search = successiveHalving(
    candidates.length,
    (c, sample) => look(firsts[c]!, candidates[c]!, sample, 'plan', rules.horizon),
    rules.budget,
    rules.firstSweeps,
    incumbent,
  );
  const best =
    incumbent >= 0 && search.means[search.best]! < search.means[incumbent]! + rules.loyalty
      ? incumbent
      : search.best;
  return { stance: candidates[best]!, orders: firsts[best]!, look };
}

/** Event decisions first, then the orders; anything the rules would refuse is left out. */
function combine(
  scenario: Scenario,
  state: GameState,
  side: Side,
  choices: Action[],
  orders: Action[],
): Action[] {
  const all = [...choices, ...orders];
  if (checkOrders(scenario, state, side, all).ok) return all;
  const kept: Action[] = [];
  for (const a of all) if (checkOrders(scenario, state, side, [...kept, a]).ok) kept.push(a);
  return kept;
}

/** The index of the orders with the fewest moves of substance (offers and event decisions aside). */
function fewestChanges(orders: Action[][]): number {
  let best = 0;
  let fewest = Number.POSITIVE_INFINITY;
  orders.forEach((o, i) => {
    const n = o.filter((a) => a.type !== 'offer' && a.type !== 'choose').length;
    if (n < fewest) {
      fewest = n;
      best = i;
    }
  });
  return best;
}

function distinct(stances: Stance[]): Stance[] {
  const seen = new Set<string>();
  return stances.filter((s) => {
    const key = JSON.stringify(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
