// Untrusted text to a replay, or a clear error: the size and nesting limits and error positions of the
// scenario parser, then the format and version, then the shape against the one schema. A file cut short
// is read up to its last whole turn, so that verification can say which turn is missing.
import type { z } from 'zod';
import { MAX_BYTES, parseJsonText } from '../scenario/parse.ts';
import { jsonPath } from '../scenario/problems.ts';
import { findCut } from './cut.ts';
import { REPLAY_FORMAT, REPLAY_VERSION, type Replay, ReplaySchema } from './format.ts';
import { type Outcome, type ReplayProblem, refuse } from './problems.ts';

export interface ReadReplay {
  replay: Replay;
  /** Set when the text was cut short: how many whole turns it still held. */
  cut: { turns: number } | null;
}

/**
 * `what` names the input in messages: "replay file", "link". `whole` says the text is known to be all
 * there (a link whose check digits match it): then text that does not parse is not JSON, never cut off.
 */
export function readReplay(text: string, what = 'replay file', whole = false): Outcome<ReadReplay> {
  if (typeof text !== 'string') return refuse('ERR_NOT_JSON', `The ${what} is not text.`, null);
  if (text.length > MAX_BYTES) {
    return refuse(
      'ERR_TOO_LARGE',
      `The ${what} is ${(text.length / 1e6).toFixed(1)} MB; no replay is larger than ${MAX_BYTES / 1e6} MB.`,
      null,
    );
  }
  const parsed = parseJsonText(text, what);
  if (parsed.ok) return readValue(parsed.value, what, null);
  const cut = whole ? null : findCut(text);
  if (cut) {
    const closed = cut.closed ? parseJsonText(cut.closed, what) : null;
    const where = cut.turns > 0 ? `after turn ${cut.turns}` : 'before its first turn';
    if (!closed?.ok) {
      return refuse(
        'ERR_TRUNCATED',
        `Turn ${cut.turns + 1} cannot be checked: the ${what} is cut off ${where}, and what is left cannot be read (truncated).`,
        cut.turns + 1,
        0,
      );
    }
    return readValue(closed.value, what, { turns: cut.turns });
  }
  const turn = turnOfSyntaxError(text);
  const lead = turn === null ? '' : `Turn ${turn} cannot be replayed: `;
  return refuse('ERR_NOT_JSON', `${lead}${parsed.error[0]!.message}`, turn);
}

/**
 * The turn whose entry holds a JSON syntax error. Engines word their errors differently (not all give a
 * position), so this reads the file's layout instead: one turn per line, each line JSON on its own.
 */
function turnOfSyntaxError(text: string): number | null {
  for (const line of text.split('\n')) {
    const m = /^\s*\{"turn":(\d+),/.exec(line);
    if (!m) continue;
    try {
      JSON.parse(line.trim().replace(/,$/, ''));
    } catch {
      return Number(m[1]);
    }
  }
  return null;
}

/** A JSON value (already parsed) to a replay. */
export function readValue(raw: unknown, what: string, cut: { turns: number } | null): Outcome<ReadReplay> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return refuse('ERR_NOT_REPLAY', `The ${what} holds ${kindOf(raw)}, not a replay.`, null);
  }
  const record = raw as Record<string, unknown>;
  // A file cut before its turns began still says how many it should hold.
  if (cut && !('turns' in record)) record.turns = [];
  // A file cut before it says what it is, or which version: all that can be said is that it is cut.
  if (
    cut &&
    (record.format === undefined || (record.format === REPLAY_FORMAT && record.version === undefined))
  ) {
    return refuse(
      'ERR_TRUNCATED',
      `Turn 1 cannot be checked: the ${what} is cut off before its header ends (truncated).`,
      1,
    );
  }
  if (record.format !== REPLAY_FORMAT) {
    const hint =
      'technologies' in record && 'formatVersion' in record
        ? ' It is a scenario file: open it as a scenario, not as a replay.'
        : '';
    return refuse(
      'ERR_NOT_REPLAY',
      `The ${what} is not a replay: it lacks "format": "${REPLAY_FORMAT}".${hint}`,
      null,
    );
  }
  if (record.version !== REPLAY_VERSION) {
    const v = record.version;
    const newer = typeof v === 'number' && v > REPLAY_VERSION;
    return refuse(
      'ERR_FORMAT_VERSION',
      `Turn 1 cannot be replayed: the ${what} is in replay format version ${JSON.stringify(v ?? null)}, and this game reads version ${REPLAY_VERSION} only${newer ? ' (it was written by a newer version of the game)' : ''}.`,
      1,
      0,
      { params: { version: String(v), supported: REPLAY_VERSION } },
    );
  }
  const shape = ReplaySchema.safeParse(raw, { reportInput: true });
  if (!shape.success) {
    const problems = shape.error.issues.map((issue) => describeIssue(issue, raw));
    const first = problems[0]!;
    const turn = turnOfPath(shape.error.issues[0]!.path, record);
    const more =
      problems.length > 1
        ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})`
        : '';
    if (cut) {
      return refuse(
        'ERR_TRUNCATED',
        `Turn ${turn} cannot be checked: the ${what} is cut off ${cut.turns > 0 ? `after turn ${cut.turns}` : 'before its first turn'}, and what is left is incomplete (truncated): ${first.path}: ${first.message}`,
        turn,
        0,
        { problems },
      );
    }
    return refuse(
      'ERR_SHAPE',
      `Turn ${turn} cannot be replayed: ${first.path}: ${first.message}${more}`,
      turn,
      0,
      {
        problems,
      },
    );
  }
  return { ok: true, value: { replay: shape.data, cut } };
}

/** turns[i]… is turn i + 1 (or the turn the entry says it is); other paths belong to no turn. */
function turnOfPath(path: readonly PropertyKey[], raw: Record<string, unknown>): number {
  if (path[0] !== 'turns' || typeof path[1] !== 'number') return 1; // a bad header stops the game before turn 1
  const entry = Array.isArray(raw.turns) ? (raw.turns[path[1]] as { turn?: unknown } | undefined) : undefined;
  return typeof entry?.turn === 'number' && Number.isInteger(entry.turn) && entry.turn >= 1
    ? entry.turn
    : path[1] + 1;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): ReplayProblem {
  const path = jsonPath(issue.path);
  const input =
    issue.code === 'invalid_union' ? valueAt(raw, issue.path) : (issue as { input?: unknown }).input;
  const say = (message: string) => ({ path, message });
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? say(`This field is missing (${issue.expected}).`)
        : say(
            `Should be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}, not ${kindOf(input)}.`,
          );
    case 'unrecognized_keys':
      return say(
        `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}.`,
      );
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string }).discriminator;
      if (disc === 'type') return say(`There is no action called ${clip(input)}.`);
      if (disc === 'kind') return say(`There is no offer item called ${clip(input)}.`);
      return say(issue.message);
    }
    case 'invalid_value':
      return say(`Must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${clip(input)}.`);
    case 'too_big':
      return say(
        issue.origin === 'array'
          ? `Has too many items: at most ${issue.maximum}.`
          : issue.origin === 'string'
            ? `Is too long: at most ${issue.maximum} characters.`
            : `Must be at most ${issue.maximum}.`,
      );
    case 'too_small':
      return say(issue.origin === 'string' ? 'Must not be empty.' : `Must be at least ${issue.minimum}.`);
    case 'invalid_format':
      return say(`${issue.message}, not ${clip(input)}.`);
    default:
      return say(issue.message);
  }
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const key of path)
    v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

const clip = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text ${clip(v)}`;
  if (typeof v === 'number') return Number.isFinite(v) ? `the number ${v}` : 'a number out of range';
  return `a ${typeof v}`;
}
