// Play by link: two people, each in their own browser, play one game by sending each other a link after
// each move, with no server. Both sides decide a turn at the same time in the rules, so neither may see
// the other's orders before giving its own. Commit–reveal does that (docs/play-by-link.md):
//
//   1. the sealer (the side of the person who started the game) seals its orders: it sends
//      SHA-256(game id, turn, side, orders, salt) and keeps the orders and the 128-bit salt at home;
//   2. the answerer sees only the seal, gives its orders in the clear, and sends them back;
//   3. the sealer reveals its orders and salt. Anyone can check them against the seal, so they cannot
//      have been changed after the answer was seen. The turn resolves, and the sealer seals the next one.
//
// Every function here is pure: the salt and the game id come from the caller (crypto.getRandomValues in
// the browser), and the sealer's secret is the caller's to keep (in its own browser, never in a link).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { parseJsonText } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import {
  type Action,
  canonicalJson,
  checkOrders,
  type GameState,
  type Orders,
  otherSide,
  resolveTurn,
  SIDES,
  type Side,
  type TurnReport,
} from '../sim/index.ts';
import { MAX_TURNS, type Replay, type ReplayMeta, ReplaySchema } from './format.ts';
import { encodeLink } from './link.ts';
import { ActionSchema, MAX_ACTIONS } from './ordersSchema.ts';
import { type Outcome, type ReplayError, refuse } from './problems.ts';
import { readValue } from './read.ts';
import { recordTurn, startReplay } from './record.ts';
import { compactReplay } from './serialize.ts';
import { type ScenarioLookup, verifyReplay } from './verify.ts';

export const PLAY_FORMAT = 'slow-tug-of-war/link-play';
export const PLAY_VERSION = 1;

const hex = (digits: number, what: string) =>
  z.string().regex(new RegExp(`^[0-9a-f]{${digits}}$`), `${what} is ${digits} lower-case hexadecimal digits`);
const GameId = hex(32, 'a game id');
const Salt = hex(32, 'a salt');
const Seal = hex(64, 'a seal');
const Turn = z.int().min(1).max(MAX_TURNS);

export const LinkGameSchema = z.strictObject({
  format: z.literal(PLAY_FORMAT),
  version: z.literal(PLAY_VERSION),
  game: GameId.describe('Chosen at random by the person who started the game; every seal is bound to it.'),
  sealer: z.enum(SIDES).describe('The side that seals its orders first each turn.'),
  /** The turn being decided: the sealer's seal, then the answerer's orders once given. */
  sealed: z.strictObject({ turn: Turn, seal: Seal }).nullable(),
  answer: z.array(ActionSchema).max(MAX_ACTIONS).nullable(),
  /** Each resolved turn's seal and salt, so anyone can check that the sealer revealed what it sealed. */
  seals: z.array(z.strictObject({ turn: Turn, seal: Seal, salt: Salt })).max(MAX_TURNS),
  replay: ReplaySchema,
});
export type LinkGame = z.infer<typeof LinkGameSchema>;

/** What the sealer keeps in its own browser between sealing and revealing. Never put it in a link. */
export interface SealSecret {
  game: string;
  turn: number;
  orders: Action[];
  salt: string;
}

export type Phase =
  | { phase: 'seal'; side: Side; turn: number } // the sealer chooses and seals its orders
  | { phase: 'answer'; side: Side; turn: number } // the answerer sees the seal and gives its orders
  | { phase: 'reveal'; side: Side; turn: number } // the sealer reveals; the turn resolves
  | { phase: 'over'; side: null; turn: number };

/** The seal of one side's orders for one turn of one game. */
export function sealOf(
  game: string,
  turn: number,
  side: Side,
  orders: readonly Action[],
  salt: string,
): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ game, turn, side, orders, salt }))));
}

/** 16 or more random bytes (from crypto.getRandomValues) as a salt or a game id. */
export function hexOf(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new Error('hexOf: give exactly 16 random bytes');
  return bytesToHex(bytes);
}

export interface OpenGame {
  game: LinkGame;
  state: GameState;
  phase: Phase;
}

/** A new game; the person who starts it plays `sealer` and seals turn 1 next. */
export function startLinkGame(
  scenario: Scenario,
  options: { seed: string; game: string; sealer: Side; meta?: ReplayMeta },
): Outcome<OpenGame> {
  if (!GameId.safeParse(options.game).success)
    return refuse('ERR_SHAPE', 'A game id is 32 lower-case hexadecimal digits (16 random bytes).', null);
  const game: LinkGame = {
    format: PLAY_FORMAT,
    version: PLAY_VERSION,
    game: options.game,
    sealer: options.sealer,
    sealed: null,
    answer: null,
    seals: [],
    replay: startReplay(scenario, options.seed, options.meta ? { meta: options.meta } : {}),
  };
  return check(scenario, game);
}

/** Checks a game (from a link, or made here) and finds its state and whose move it is. */
function check(scenario: Scenario, game: LinkGame): Outcome<OpenGame> {
  const verified = verifyReplay(game.replay, scenario);
  if (!verified.ok) return verified;
  const n = game.replay.turns.length;
  for (let i = 0; i < n; i++) {
    const turn = i + 1;
    const record = game.seals[i];
    if (!record || record.turn !== turn)
      return refuse(
        'ERR_SEAL_BROKEN',
        `Turn ${turn} has no seal: the sealer's orders for it cannot be checked.`,
        turn,
        i,
      );
    const orders = game.replay.turns[i]!.orders[game.sealer];
    if (sealOf(game.game, turn, game.sealer, orders, record.salt) !== record.seal) {
      return refuse(
        'ERR_SEAL_BROKEN',
        `Turn ${turn}: the ${game.sealer}'s revealed orders do not match its seal: they were changed after it sealed them.`,
        turn,
        i,
      );
    }
  }
  if (game.seals.length > n)
    return refuse(
      'ERR_SEAL_BROKEN',
      `The game holds seals for turns it has not played (turn ${n + 1}).`,
      n + 1,
      n,
    );
  const state = verified.value.state;
  const turn = n + 1;
  if (game.sealed && game.sealed.turn !== turn)
    return refuse(
      'ERR_TURN_NUMBER',
      `The seal is for turn ${game.sealed.turn}, but turn ${turn} is being decided.`,
      turn,
      n,
    );
  if (game.answer && !game.sealed)
    return refuse(
      'ERR_WRONG_PHASE',
      `Turn ${turn} has an answer but no seal: the answer came before the seal.`,
      turn,
      n,
    );
  const answerer = otherSide(game.sealer);
  const phase: Phase = state.ending
    ? { phase: 'over', side: null, turn: n }
    : !game.sealed
      ? { phase: 'seal', side: game.sealer, turn }
      : !game.answer
        ? { phase: 'answer', side: answerer, turn }
        : { phase: 'reveal', side: game.sealer, turn };
  if (state.ending && (game.sealed || game.answer))
    return refuse(
      'ERR_WRONG_PHASE',
      `The game ended on turn ${n}, but the link holds orders for turn ${turn}.`,
      turn,
      n,
    );
  if (game.answer) {
    const legal = checkOrders(scenario, state, answerer, game.answer);
    if (!legal.ok) {
      return refuse(
        'ERR_ILLEGAL_ORDERS',
        `Turn ${turn}: the ${answerer}'s answer is illegal: ${legal.error.message}`,
        turn,
        n,
      );
    }
  }
  return { ok: true, value: { game, state, phase } };
}

const wrongPhase = (open: OpenGame, wanted: Phase['phase']) =>
  refuse(
    'ERR_WRONG_PHASE',
    open.phase.phase === 'over'
      ? 'The game is over.'
      : `Turn ${open.phase.turn} is waiting for the ${open.phase.side} to ${open.phase.phase}, not to ${wanted}.`,
    open.phase.turn,
    open.game.replay.turns.length,
  );

// The moves below take an OpenGame, which startLinkGame and openLinkGame have checked in full, and
// return the next one without checking the whole game again.

/** The sealer seals its orders for the turn being decided. Keep the secret; send the game. */
export function seal(
  scenario: Scenario,
  open: OpenGame,
  orders: Action[],
  salt: string,
): Outcome<OpenGame & { secret: SealSecret }> {
  const { game, state, phase } = open;
  if (phase.phase !== 'seal') return wrongPhase(open, 'seal');
  if (!Salt.safeParse(salt).success)
    return refuse('ERR_SHAPE', 'A salt is 32 lower-case hexadecimal digits (16 random bytes).', null);
  const legal = checkOrders(scenario, state, game.sealer, orders);
  if (!legal.ok)
    return refuse('ERR_ILLEGAL_ORDERS', legal.error.message, phase.turn, game.replay.turns.length);
  const turn = phase.turn;
  const next: LinkGame = {
    ...game,
    sealed: { turn, seal: sealOf(game.game, turn, game.sealer, orders, salt) },
  };
  return {
    ok: true,
    value: {
      game: next,
      state,
      phase: { phase: 'answer', side: otherSide(game.sealer), turn },
      secret: { game: game.game, turn, orders: structuredClone(orders), salt },
    },
  };
}

/** The answerer gives its orders for the turn, having seen only the seal. */
export function answer(scenario: Scenario, open: OpenGame, orders: Action[]): Outcome<OpenGame> {
  const { game, state, phase } = open;
  if (phase.phase !== 'answer') return wrongPhase(open, 'answer');
  const legal = checkOrders(scenario, state, phase.side, orders);
  if (!legal.ok) {
    return refuse(
      'ERR_ILLEGAL_ORDERS',
      `Turn ${phase.turn}: ${legal.error.message}`,
      phase.turn,
      game.replay.turns.length,
    );
  }
  return {
    ok: true,
    value: {
      game: { ...game, answer: structuredClone(orders) },
      state,
      phase: { phase: 'reveal', side: game.sealer, turn: phase.turn },
    },
  };
}

/** The sealer reveals: its secret must open the seal in the game. The turn resolves. */
export function reveal(
  scenario: Scenario,
  open: OpenGame,
  secret: SealSecret,
): Outcome<OpenGame & { report: TurnReport }> {
  const { game, phase } = open;
  if (phase.phase !== 'reveal') return wrongPhase(open, 'reveal');
  const turn = phase.turn;
  const n = game.replay.turns.length;
  if (secret.game !== game.game || secret.turn !== turn)
    return refuse(
      'ERR_SEAL_BROKEN',
      `This secret is for another game or turn (turn ${secret.turn}), not turn ${turn}.`,
      turn,
      n,
    );
  if (sealOf(game.game, turn, game.sealer, secret.orders, secret.salt) !== game.sealed!.seal) {
    return refuse(
      'ERR_SEAL_BROKEN',
      `Turn ${turn}: the seal in this link is not the one sealed here; the link was changed on the way.`,
      turn,
      n,
    );
  }
  const orders = {
    [game.sealer]: secret.orders,
    [otherSide(game.sealer)]: game.answer!,
  } as unknown as Orders;
  const r = resolveTurn(scenario, open.state, orders);
  if (!r.ok) return refuse('ERR_ILLEGAL_ORDERS', `Turn ${turn}: ${r.error.message}`, turn, n);
  const state = r.value.state;
  const next: LinkGame = {
    ...game,
    sealed: null,
    answer: null,
    seals: [...game.seals, { turn, seal: game.sealed!.seal, salt: secret.salt }],
    replay: recordTurn(game.replay, { holder: orders.holder, challenger: orders.challenger }, state),
  };
  const after: Phase = state.ending
    ? { phase: 'over', side: null, turn }
    : { phase: 'seal', side: game.sealer, turn: turn + 1 };
  return { ok: true, value: { game: next, state, phase: after, report: r.value.report } };
}

/**
 * A game arriving by link. `known` is the last version of the same game this browser saw or sent: the
 * new one must carry it on, so that neither side can rewrite what is already played or sealed.
 */
export function openLinkGame(
  text: string | LinkGame,
  findScenario: ScenarioLookup,
  known: LinkGame | null = null,
): Outcome<OpenGame> {
  let raw: unknown = text;
  if (typeof text === 'string') {
    const parsed = parseJsonText(text, 'game');
    if (!parsed.ok) return refuse('ERR_NOT_JSON', parsed.error[0]!.message, null);
    raw = parsed.value;
  }
  const shape = LinkGameSchema.safeParse(raw);
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    // Inside the replay, the replay reader gives the clearer message.
    if (issue.path[0] === 'replay') {
      const inner = readValue((raw as { replay?: unknown }).replay, 'game', null);
      if (!inner.ok) return inner;
    }
    return refuse(
      'ERR_SHAPE',
      `This is not a game played by link: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
      null,
    );
  }
  const game = shape.data;
  const scenario = findScenario(game.replay.scenario.id);
  if (!scenario)
    return refuse(
      'ERR_UNKNOWN_SCENARIO',
      `This game is of scenario "${game.replay.scenario.id}", which this game does not have.`,
      1,
    );
  const open = check(scenario, game);
  if (!open.ok || !known) return open;
  return carriesOn(known, game) ?? open;
}

/** Null when `next` carries `known` on; otherwise the refusal that says what was changed. */
function carriesOn(known: LinkGame, next: LinkGame): { ok: false; error: ReplayError } | null {
  const changed = (turn: number, what: string) =>
    refuse(
      'ERR_HISTORY_CHANGED',
      `Turn ${turn}: ${what}; the link was changed on the way.`,
      turn,
      Math.max(0, turn - 1),
    );
  if (next.game !== known.game || next.sealer !== known.sealer)
    return refuse('ERR_HISTORY_CHANGED', 'This link is of another game than the one played here.', null);
  const a = known.replay;
  const b = next.replay;
  if (a.seed !== b.seed || a.start !== b.start || a.scenario.hash !== b.scenario.hash)
    return changed(1, 'the game starts differently from the one played here');
  if (b.turns.length < a.turns.length)
    return changed(b.turns.length + 1, 'this link is older than the game played here');
  for (let i = 0; i < a.turns.length; i++) {
    if (a.turns[i]!.hash !== b.turns[i]!.hash)
      return changed(i + 1, 'the turn differs from the one played here');
  }
  const pending = known.sealed;
  if (pending) {
    const i = pending.turn - 1;
    const kept = b.turns.length > i ? next.seals[i]?.seal : next.sealed?.seal;
    if (kept !== pending.seal) return changed(pending.turn, "the sealer's seal is not the one seen here");
    if (known.answer) {
      const given = b.turns.length > i ? b.turns[i]!.orders[otherSide(known.sealer)] : next.answer;
      if (canonicalJson(given) !== canonicalJson(known.answer))
        return changed(pending.turn, 'the answer is not the one given here');
    }
  }
  return null;
}

export const encodeGameLink = (game: LinkGame, base: string): Outcome<string> =>
  encodeLink('play', compactGame(game), base);

/** The game as compact JSON, its replay last. */
export function compactGame(game: LinkGame): string {
  const { replay, ...rest } = game;
  return `${JSON.stringify(rest).slice(0, -1)},"replay":${compactReplay(replay)}}`;
}

/** A finished (or abandoned) game as an ordinary replay. */
export const replayOfGame = (game: LinkGame): Replay => game.replay;
