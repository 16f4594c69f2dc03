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

export interface LinkShelf {
  read(id: string): LinkRecord | null;
  write(record: LinkRecord): void;
  /** The game last played here, if any. */
  last(): string | null;
}

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
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    if (raw.version !== 1 || !SIDES.includes(raw.me as Side) || typeof raw.game !== 'string') return null;
    const open = openLinkGame(raw.game, find, null);
    if (!open.ok) return null;
    const secret = raw.secret as SealSecret | null;
    return {
      game: open.value.game,
      me: raw.me as Side,
      secret: secret && typeof secret === 'object' && secret.game === open.value.game.game ? secret : null,
      link: typeof raw.link === 'string' ? raw.link : null,
    };
  } catch {
    return null;
  }
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
  return {
    read: (id) => readRecordText(get(linkKey(id)), find),
    write: (record) => {
      try {
        storage?.setItem(linkKey(record.game.game), recordText(record));
        storage?.setItem(LINK_LAST, record.game.game);
      } catch {
        // Full or missing storage: the game goes on in this tab, and a sealed turn lasts as long as it.
      }
    },
    last: () => lastLinkGame(storage),
  };
}
