// This browser's copy of each game played by link: the game as last sent or accepted, the side played
// here, the sealer's secret between sealing and revealing (its orders and salt, never put in a link), and
// the last link made here, to send again. Kept in localStorage by game id, apart from the saved game, so
// that a game by link never replaces a game in progress. A copy is checked again whenever it is read.
import {
  compactGame,
  type LinkGame,
  type OpenGame,
  openLinkGame,
  type ScenarioLookup,
  type SealSecret,
} from '../replay/index.ts';
import { SIDES, type Side } from '../sim/index.ts';
import { LINK_LAST, lastLinkGame, linkKey } from './linkKeys.ts';

export { browserStorage } from './linkKeys.ts';

export interface LinkRecord {
  game: LinkGame;
  me: Side;
  secret: SealSecret | null;
  link: string | null;
}

/** What is stored for a game: nothing, a record that reads, or text that does not (kept, never dropped). */
export type Inspected =
  | { kind: 'none' }
  | { kind: 'ok'; record: LinkRecord }
  | { kind: 'damaged'; id: string; reason: string; text: string };

export interface LinkShelf {
  read(id: string): LinkRecord | null;
  inspect(id: string): Inspected;
  /**
   * Stores a record; false when storage refused it (full or missing). A damaged copy in its place is
   * first kept aside under tug.link.damaged.<id>, so that whatever it held (a sealed move) is not lost.
   */
  write(record: LinkRecord): boolean;
  /** Moves a damaged copy aside, so that the game can go on from a link; false when it cannot. */
  setAside(id: string): boolean;
  /** The game last played here, if any. */
  last(): string | null;
}

const key = linkKey;
const DAMAGED = 'tug.link.damaged.';

/** The stored text of a game's record: the game as its compact link JSON. */
export function recordText(record: LinkRecord): string {
  return JSON.stringify({
    version: 1,
    me: record.me,
    secret: record.secret,
    link: record.link,
    game: compactGame(record.game),
  });
}

/** A record read back and the game in it verified; null when it is missing or damaged. */
export function readRecordText(text: string | null, find: ScenarioLookup): LinkRecord | null {
  const r = inspectRecordText(text, find);
  return r.ok ? r.record : null;
}

/** A record read back, or why it cannot be (a sentence), so that a damaged record is reported, not dropped. */
export function inspectRecordText(
  text: string | null,
  find: ScenarioLookup,
): { ok: true; record: LinkRecord } | { ok: false; reason: string } {
  if (!text) return { ok: false, reason: 'there is no record' };
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'the record is not complete JSON (it was cut short or changed)' };
  }
  if (!raw || typeof raw !== 'object') return { ok: false, reason: 'the record is not an object' };
  if (raw.version !== 1) return { ok: false, reason: 'the record is of an unknown version' };
  if (!SIDES.includes(raw.me as Side))
    return { ok: false, reason: 'the record does not say which side is played here' };
  if (typeof raw.game !== 'string') return { ok: false, reason: 'the record holds no game' };
  const open = openLinkGame(raw.game, find, null);
  if (!open.ok) return { ok: false, reason: `its game cannot be opened: ${open.error.message}` };
  const secret = raw.secret as SealSecret | null;
  if (
    secret !== null &&
    secret !== undefined &&
    (typeof secret !== 'object' || secret.game !== open.value.game.game)
  )
    return { ok: false, reason: 'the sealed move it keeps belongs to another game' };
  return {
    ok: true,
    record: {
      game: open.value.game,
      me: raw.me as Side,
      secret: secret ?? null,
      link: typeof raw.link === 'string' ? raw.link : null,
    },
  };
}

/** The game in a record, checked: its state and whose move it is. */
export function openRecord(record: LinkRecord, find: ScenarioLookup): OpenGame | null {
  const open = openLinkGame(record.game, find, null);
  return open.ok ? open.value : null;
}

export function localShelf(storage: Storage | null, find: ScenarioLookup): LinkShelf {
  const get = (k: string) => {
    try {
      return storage?.getItem(k) ?? null;
    } catch {
      return null;
    }
  };
  const inspect = (id: string): Inspected => {
    const text = get(key(id));
    if (text === null) return { kind: 'none' };
    const r = inspectRecordText(text, find);
    return r.ok ? { kind: 'ok', record: r.record } : { kind: 'damaged', id, reason: r.reason, text };
  };
  const setAside = (id: string): boolean => {
    const text = get(key(id));
    if (text === null) return true;
    try {
      let aside = `${DAMAGED}${id}`;
      for (let n = 2; storage?.getItem(aside) !== null && storage?.getItem(aside) !== undefined; n++)
        aside = `${DAMAGED}${id}.${n}`;
      storage?.setItem(aside, text);
      storage?.removeItem(key(id));
      return true;
    } catch {
      return false; // the damaged copy stays where it was
    }
  };
  return {
    read: (id) => {
      const r = inspect(id);
      return r.kind === 'ok' ? r.record : null;
    },
    inspect,
    setAside,
    write: (record) => {
      const id = record.game.game;
      if (inspect(id).kind === 'damaged' && !setAside(id)) return false;
      try {
        if (!storage) return false;
        storage.setItem(key(id), recordText(record));
        storage.setItem(LINK_LAST, id);
        return true;
      } catch {
        // Full storage: the game goes on in this tab, and the player is told (see the callers).
        return false;
      }
    },
    last: () => lastLinkGame(storage),
  };
}
