// Verification: the replay's orders folded over resolveTurn from newGame(scenario, seed), with each
// turn's state hash compared to the recorded one. The first turn that does not reproduce is named, with
// the most likely reason: other scenario content, other rules, another seed, an illegal or edited order,
// an edited hash, a turn missing or a file cut short. It runs the same in Node and in the browser.
import type { Scenario } from '../scenario/schema.ts';
import {
  foldOrders,
  type GameState,
  hashState,
  newGame,
  RULES_VERSION,
  resolveTurn,
  type TurnReport,
} from '../sim/index.ts';
import type { Replay } from './format.ts';
import { type Outcome, type ReplayError, refuse } from './problems.ts';
import { type ReadReplay, readReplay } from './read.ts';
import { scenarioHash } from './record.ts';

export interface Verified {
  replay: Replay;
  turns: number; // turns that reproduced: all of them
  state: GameState; // the state after the last turn
  finished: boolean; // the game reached its ending
}

export interface VerifyOptions {
  /** Called with each verified turn's state and report, for a viewer that wants the whole timeline. */
  onTurn?: (state: GameState, report: TurnReport) => void;
}

/** Finds a scenario by id (the shipped ones, or files the player loaded); null when there is none. */
export type ScenarioLookup = (id: string) => Scenario | null;

/** Reads and verifies a replay from text: the one call the command line and the browser make. */
export function verifyReplayText(
  text: string,
  findScenario: ScenarioLookup,
  options: VerifyOptions = {},
): Outcome<Verified> {
  const read = readReplay(text);
  if (!read.ok) return read;
  return verifyRead(read.value, findScenario, options, 'file');
}

export function verifyRead(
  read: ReadReplay,
  findScenario: ScenarioLookup,
  options: VerifyOptions = {},
  what = 'file',
): Outcome<Verified> {
  const { replay, cut } = read;
  const scenario = findScenario(replay.scenario.id);
  if (!scenario) {
    return refuse(
      'ERR_UNKNOWN_SCENARIO',
      `Turn 1 cannot be replayed: the replay is of scenario "${replay.scenario.id}", which this game does not have (other scenario).`,
      1,
      0,
      { params: { scenario: replay.scenario.id } },
    );
  }
  const result = verifyReplay(replay, scenario, options);
  if (!cut) return result;
  // A cut file: the turns it still holds may all reproduce, but the file is not whole.
  if (!result.ok && result.error.code !== 'ERR_TRUNCATED') return result;
  if (cut.turns >= replay.length) {
    return refuse(
      'ERR_TRUNCATED',
      `The ${what} is cut off after its last turn (turn ${replay.length}): only its end is missing (truncated). ${reproducedText(cut.turns)}`,
      replay.length,
      cut.turns,
      { params: { declared: replay.length, held: cut.turns } },
    );
  }
  const missing = cut.turns + 1;
  return refuse(
    'ERR_TRUNCATED',
    `Turn ${missing} cannot be checked: the ${what} is cut off ${cut.turns > 0 ? `after turn ${cut.turns}` : 'before its first turn'} of ${replay.length} (truncated). ${reproducedText(cut.turns)}`,
    missing,
    cut.turns,
    { params: { declared: replay.length, held: cut.turns } },
  );
}

const reproducedText = (n: number) =>
  n === 0
    ? 'No turn before it could be checked.'
    : n === 1
      ? 'Turn 1 reproduces.'
      : `Turns 1–${n} reproduce.`;

/** Verifies a replay against a scenario, turn by turn. */
export function verifyReplay(
  replay: Replay,
  scenario: Scenario,
  options: VerifyOptions = {},
): Outcome<Verified> {
  // Mismatches that make divergence expected: they explain the first diverging turn, if there is one.
  const contentDiffers =
    replay.scenario.id !== scenario.id || replay.scenario.hash !== scenarioHash(scenario);
  const rulesDiffer = replay.rules !== RULES_VERSION;
  const cause =
    replay.scenario.id !== scenario.id
      ? `the replay is of scenario "${replay.scenario.id}", and it is checked against scenario "${scenario.id}"`
      : contentDiffers
        ? `the replay was recorded with other content for scenario "${replay.scenario.id}" (content hash ${replay.scenario.hash}; this game's is ${scenarioHash(scenario)})`
        : rulesDiffer
          ? `the replay was recorded under rules version ${replay.rules}, and this game runs rules version ${RULES_VERSION}`
          : null;
  const causeCode = contentDiffers ? 'ERR_SCENARIO_CONTENT' : 'ERR_RULES_VERSION';
  const diverged = (turn: number, reproduced: number, detail: string): { ok: false; error: ReplayError } =>
    refuse(causeCode, `Turn ${turn} diverges: ${cause}. ${detail}`, turn, reproduced);

  let state = newGame(scenario, replay.seed);
  if (hashState(state) !== replay.start) {
    if (cause) return diverged(1, 0, 'The starting state already differs.');
    return refuse(
      'ERR_SEED',
      `Turn 1 diverges: the seed ${JSON.stringify(replay.seed)} does not give the recorded starting state, so the seed was edited (or the start hash ${replay.start} was).`,
      1,
      0,
    );
  }

  const turns = replay.turns;
  const stopped: { at?: { ok: false; error: ReplayError } } = {};
  const folded = foldOrders(
    scenario,
    state,
    (_, i) => {
      const entry = turns[i];
      if (!entry) return null;
      const turn = i + 1;
      if (entry.turn !== turn) {
        stopped.at = refuse(
          'ERR_TURN_NUMBER',
          entry.turn > turn
            ? `Turn ${turn} is missing: after turn ${i} the file goes on with turn ${entry.turn}.`
            : `Turn ${turn} cannot be replayed: the file's entry for it says turn ${entry.turn} (turns repeated or out of order).`,
          turn,
          i,
        );
        return null;
      }
      return entry.orders;
    },
    ({ index: i, state: next, report }) => {
      if (hashState(next) !== turns[i]!.hash) {
        stopped.at = cause
          ? diverged(i + 1, i, 'Its state differs from the recorded one.')
          : edited(scenario, next, turns, i);
        return false;
      }
      options.onTurn?.(next, report);
      return true;
    },
  );
  if (stopped.at) return stopped.at;
  if (!folded.ok) {
    const { error: e, index: i, orders, state: refusedIn } = folded.error;
    const turn = i + 1;
    if (cause) return diverged(turn, i, `Its orders are refused: ${e.message}`);
    if (e.side === null) {
      return refuse(
        'ERR_ILLEGAL_ORDERS',
        `Turn ${turn} diverges: the game ended on turn ${refusedIn.ending?.turn ?? i}, and the file goes on after it. The turns after the ending were added.`,
        turn,
        i,
        { params: { code: e.code } },
      );
    }
    const side = e.side;
    const which =
      e.action !== undefined
        ? `the ${side}'s action ${e.action + 1} (${describeAction(orders[side][e.action])})`
        : `the ${side}'s orders`;
    return refuse(
      'ERR_ILLEGAL_ORDERS',
      `Turn ${turn} diverges: ${which} is illegal: ${e.message} The orders were edited.`,
      turn,
      i,
      { params: { side, code: e.code, ...(e.action !== undefined ? { action: e.action } : {}) } },
    );
  }
  state = folded.value.state;

  if (turns.length < replay.length) {
    const missing = turns.length + 1;
    return refuse(
      'ERR_TRUNCATED',
      `Turn ${missing} cannot be replayed: the file declares ${replay.length} turns and holds ${turns.length} (truncated). ${reproducedText(turns.length)}`,
      missing,
      turns.length,
      { params: { declared: replay.length, held: turns.length } },
    );
  }
  if (turns.length > replay.length) {
    return refuse(
      'ERR_TURN_NUMBER',
      `Turn ${replay.length + 1} cannot be trusted: the file declares ${replay.length} turns but holds ${turns.length} (turns were added, or "length" was edited).`,
      replay.length + 1,
      replay.length,
    );
  }
  if (cause) {
    return refuse(
      causeCode,
      `Turn 1 cannot be trusted: ${cause}. Every recorded turn reproduces all the same, so the file's ${contentDiffers ? 'scenario hash' : 'rules version'} may have been edited.`,
      1,
      0,
    );
  }
  return { ok: true, value: { replay, turns: turns.length, state, finished: state.ending !== null } };
}

/**
 * The recorded hash of a turn does not match. If the next turn still reproduces from the state the
 * orders gave, only the hash was changed; otherwise the orders were.
 */
function nextReproduces(
  scenario: Scenario,
  state: GameState,
  next: Replay['turns'][number] | undefined,
): boolean {
  if (!next) return false;
  const r = resolveTurn(scenario, state, next.orders);
  return r.ok && hashState(r.value.state) === next.hash;
}

function edited(scenario: Scenario, state: GameState, turns: Replay['turns'], i: number) {
  const turn = i + 1;
  if (nextReproduces(scenario, state, turns[i + 1])) {
    return refuse(
      'ERR_EDITED_HASH',
      `Turn ${turn} diverges: its recorded state hash was edited (turn ${turn + 1} still reproduces from the state its orders give).`,
      turn,
      i,
    );
  }
  const last = i === turns.length - 1 ? ' (or, as it is the last turn, its recorded hash)' : '';
  return refuse(
    'ERR_EDITED_ORDERS',
    `Turn ${turn} diverges: its orders give another state than the one recorded, so an action of turn ${turn} was edited${last}. ${reproducedText(i)}`,
    turn,
    i,
  );
}

function describeAction(action: unknown): string {
  if (!action || typeof action !== 'object') return 'not an action';
  const { type, ...rest } = action as Record<string, unknown>;
  const args = Object.entries(rest)
    .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
    .join(', ');
  return `${String(type)}${args ? `: ${args}` : ''}`.slice(0, 120);
}
