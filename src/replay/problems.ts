// What can be wrong with a replay, as values: a code for the interface, a sentence for people, and the
// first turn that cannot be reproduced. Nothing in src/replay throws on bad input.
import type { Result } from '../sim/index.ts';

export const REPLAY_ERROR_CODES = [
  'ERR_NOT_JSON', // the text is not JSON (the message says where)
  'ERR_TOO_LARGE', // larger than any replay can be
  'ERR_NOT_REPLAY', // JSON, but not a replay
  'ERR_FORMAT_VERSION', // a replay in a format version this game cannot read
  'ERR_SHAPE', // a field is missing or of the wrong type (the path says which)
  'ERR_TRUNCATED', // the file stops before its last turn
  'ERR_UNKNOWN_SCENARIO', // this game has no scenario with that id
  'ERR_SCENARIO_CONTENT', // a scenario with that id, but other content
  'ERR_RULES_VERSION', // recorded under other rules
  'ERR_SEED', // the seed does not give the recorded starting state
  'ERR_TURN_NUMBER', // turns missing, repeated or out of order
  'ERR_ILLEGAL_ORDERS', // the rules refuse a turn's orders
  'ERR_EDITED_ORDERS', // legal orders that give another state than the one recorded
  'ERR_EDITED_HASH', // a recorded state hash was changed, the orders were not
  'ERR_LINK_TOO_LONG', // a link longer than any this game makes
  'ERR_LINK_GARBLED', // a link whose payload cannot be decoded
  'ERR_WRONG_PHASE', // play by link: a move out of turn
  'ERR_SEAL_BROKEN', // play by link: revealed orders that do not open their seal
  'ERR_HISTORY_CHANGED', // play by link: a link that rewrites what was already played or sealed
] as const;
export type ReplayErrorCode = (typeof REPLAY_ERROR_CODES)[number];

export interface ReplayProblem {
  path: string; // a JSON path in the file, e.g. turns[4].orders.holder[0].level
  message: string;
}

export interface ReplayError {
  code: ReplayErrorCode;
  /** A plain English sentence that names the turn (when there is one) and says why. */
  message: string;
  /** The first turn that cannot be reproduced; null when the input is not a readable replay at all. */
  turn: number | null;
  /** Turns that reproduced before it. */
  reproduced: number;
  /** For shape errors: every problem found, each with its path. */
  problems?: ReplayProblem[];
  params?: Record<string, string | number>;
}

/** A replay's result: the rules' Result, with a ReplayError. */
export type Outcome<T> = Result<T, ReplayError>;

export const refuse = (
  code: ReplayErrorCode,
  message: string,
  turn: number | null,
  reproduced = 0,
  extra: Pick<ReplayError, 'problems' | 'params'> = {},
): { ok: false; error: ReplayError } => ({ ok: false, error: { code, message, turn, reproduced, ...extra } });
