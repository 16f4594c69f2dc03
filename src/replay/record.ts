// Recording: a replay grows one turn at a time as a game is played (the interface records live games),
// or is built at once from a match played headless. A replay is plain JSON, like the state.
import type { Match } from '../match/match.ts';
import type { Scenario } from '../scenario/schema.ts';
import {
  canonicalJson,
  foldOrders,
  type GameState,
  hashState,
  hashText,
  newGame,
  type Orders,
  RULES_VERSION,
} from '../sim/index.ts';
import type { Replay, ReplayMeta, ReplayParent } from './format.ts';
import { REPLAY_FORMAT, REPLAY_VERSION } from './version.ts';

/** The scenario's content hash: its validated, canonical JSON, less the editor's `$schema` pointer. */
export const scenarioHash = (scenario: Scenario): string =>
  hashText(canonicalJson({ ...scenario, $schema: undefined }));

/** A replay's content hash: everything but `meta`, which describes the game and is not part of it. */
export const replayHash = (replay: Replay): string => hashText(canonicalJson({ ...replay, meta: undefined }));

export interface ReplayStart {
  parent?: ReplayParent;
  meta?: ReplayMeta;
}

/** A replay with no turns yet, for a game about to start. */
export function startReplay(scenario: Scenario, seed: string, extra: ReplayStart = {}): Replay {
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    rules: RULES_VERSION,
    scenario: { id: scenario.id, hash: scenarioHash(scenario) },
    seed,
    start: hashState(newGame(scenario, seed)),
    length: 0,
    ...(extra.parent ? { parent: { ...extra.parent } } : {}),
    ...(extra.meta ? { meta: structuredClone(extra.meta) } : {}),
    turns: [],
  };
}

/**
 * The replay with one more turn: the orders both sides gave and the state they led to. `after` is the
 * state resolveTurn returned; recording a turn out of order is a bug in the caller, so it throws.
 */
export function recordTurn(replay: Replay, orders: Orders, after: GameState): Replay {
  const turn = replay.turns.length + 1;
  if (after.turn !== turn + 1)
    throw new Error(`recordTurn: the state is at turn ${after.turn}, but the replay records turn ${turn}`);
  return {
    ...replay,
    length: turn,
    turns: [...replay.turns, { turn, orders: structuredClone(orders), hash: hashState(after) }],
  };
}

/** A replay of a match played headless: its orders folded over resolveTurn once more for the hashes. */
export function replayFromMatch(
  scenario: Scenario,
  seed: string,
  match: Pick<Match, 'orders'>,
  extra: ReplayStart = {},
): Replay {
  let replay = startReplay(scenario, seed, extra);
  const folded = foldOrders(scenario, newGame(scenario, seed), match.orders, ({ orders, state }) => {
    replay = recordTurn(replay, orders, state);
  });
  // A played match only holds orders the rules accepted, so a refusal here is a bug.
  if (!folded.ok)
    throw new Error(
      `replayFromMatch: turn ${folded.error.state.turn} is refused: ${folded.error.error.message}`,
    );
  return replay;
}
