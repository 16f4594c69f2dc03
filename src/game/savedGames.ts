// Several saved games at once, each under an id of its own, so that starting a game never replaces
// another. A record keeps the save's text (see save.ts) and a summary for the list (scenario, side, turn,
// date), and a revision: a tab writes only over the revision it read, so a second tab on the same game
// is told instead of silently overwriting it. A record that cannot be read stays where it is, listed as
// damaged with its reason, until the player exports or deletes it. The storage is IndexedDB where there
// is one (its limit is the disk's, not localStorage's few MB), else localStorage.
import { parseJsonText } from '../scenario/parse.ts';
import type { Scenario, Text } from '../scenario/schema.ts';
import { SIDES, type Side } from '../sim/index.ts';
import { serialise } from './save.ts';
import { BROKEN_KEY, SAVE_KEY } from './saveStore.ts';
import type { Session } from './session.ts';

export interface SavedMeta {
  scenarioId: string;
  title: Text;
  side: Side;
  turn: number; // the turn to play next (or the last one, when finished)
  finished: boolean;
  date: string; // ISO time of the last save
}

/** What is stored under a game's id. */
interface StoredGame {
  v: 1;
  rev: number;
  text: string;
  meta: SavedMeta | null; // null for a save kept as it was found (damaged, or moved from the old single slot)
}

export interface SavedEntry {
  id: string;
  rev: number;
  text: string;
  meta: SavedMeta | null;
  problem: string | null; // why it cannot be continued, when it cannot
}

/** A key–value store of games; `update` reads and writes in one step (one transaction in IndexedDB). */
export interface GameBackend {
  readonly kind: 'indexeddb' | 'localstorage' | 'memory' | 'none';
  entries(): Promise<[string, unknown][]>;
  get(id: string): Promise<unknown>;
  /** Writes next(current); when next throws, nothing is written and the error is passed on. */
  update(id: string, next: (current: unknown) => unknown): Promise<void>;
  del(id: string): Promise<void>;
}

export type WriteOutcome =
  | { ok: true; rev: number }
  | { ok: false; kind: 'full' | 'unavailable' | 'newer'; detail: string };

class Conflict extends Error {}

const isStored = (v: unknown): v is StoredGame =>
  !!v &&
  typeof v === 'object' &&
  (v as StoredGame).v === 1 &&
  typeof (v as StoredGame).rev === 'number' &&
  typeof (v as StoredGame).text === 'string';

/** A storage error in a sentence, and whether it means the storage is full. */
export function storageFailure(e: unknown): { kind: 'full' | 'unavailable'; detail: string } {
  const name = (e as { name?: string })?.name ?? '';
  const message = e instanceof Error ? e.message : String(e);
  const full =
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(message);
  return { kind: full ? 'full' : 'unavailable', detail: `${name || 'Error'}: ${message}`.slice(0, 200) };
}

export function metaOf(session: Session, date: Date): SavedMeta {
  const state = session.state;
  return {
    scenarioId: session.scenario.id,
    title: { zh: session.scenario.title.zh, en: session.scenario.title.en },
    side: session.side,
    turn: state.ending ? state.ending.turn : state.turn,
    finished: state.ending !== null,
    date: date.toISOString(),
  };
}

/** A summary read from a save's text alone, for a save found without one; null when it does not read. */
export function metaFromText(text: string, shipped: readonly Scenario[]): SavedMeta | null {
  const parsed = parseJsonText(text, 'save');
  if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object') return null;
  const raw = parsed.value as Record<string, unknown>;
  if (raw.kind !== 'slow-tug-save' || typeof raw.scenarioId !== 'string') return null;
  const scenario = shipped.find((s) => s.id === raw.scenarioId) ?? (raw.scenario as Scenario | undefined);
  const title = scenario?.title && typeof scenario.title.en === 'string' ? scenario.title : null;
  return {
    scenarioId: raw.scenarioId,
    title: title
      ? { zh: String(title.zh), en: String(title.en) }
      : { zh: raw.scenarioId, en: raw.scenarioId },
    side: SIDES.includes(raw.side as Side) ? (raw.side as Side) : 'challenger',
    turn: Array.isArray(raw.orders) ? raw.orders.length + 1 : 0,
    finished: false,
    date: '',
  };
}

/** The save reader, with its schema library, loaded on the first save read (a game only writes them). */
const readSaves = () => import('./saveCheck.ts');

export function newGameId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class GameShelf {
  constructor(
    readonly backend: GameBackend,
    private readonly shipped: readonly Scenario[],
  ) {}

  /** Every saved game, the most recently saved first; each says whether it can be continued. */
  async list(): Promise<SavedEntry[]> {
    const out: SavedEntry[] = [];
    for (const [id, value] of await this.backend.entries()) {
      if (!isStored(value)) {
        out.push({
          id,
          rev: 0,
          text: typeof value === 'string' ? value : (JSON.stringify(value) ?? ''),
          meta: null,
          problem: 'the record is not a saved game',
        });
        continue;
      }
      const meta = value.meta ?? metaFromText(value.text, this.shipped);
      const check = (await readSaves()).checkSave(value.text, this.shipped);
      out.push({ id, rev: value.rev, text: value.text, meta, problem: check.ok ? null : check.error });
    }
    return out.sort((a, b) => (b.meta?.date ?? '').localeCompare(a.meta?.date ?? ''));
  }

  async read(id: string): Promise<SavedEntry | null> {
    return (await this.list()).find((e) => e.id === id) ?? null;
  }

  /**
   * Saves a session under `id`, over revision `rev` only: when another tab has saved since (a newer
   * revision), nothing is written and the outcome says so.
   */
  async save(id: string, session: Session, rev: number, date = new Date()): Promise<WriteOutcome> {
    return this.put(id, serialise(session), metaOf(session, date), rev);
  }

  async put(id: string, text: string, meta: SavedMeta | null, rev: number): Promise<WriteOutcome> {
    let found = 0;
    try {
      await this.backend.update(id, (current) => {
        found = isStored(current) ? current.rev : current === undefined || current === null ? 0 : -1;
        if (found !== rev) throw new Conflict();
        const next: StoredGame = { v: 1, rev: rev + 1, text, meta };
        return next;
      });
      return { ok: true, rev: rev + 1 };
    } catch (e) {
      if (e instanceof Conflict)
        return {
          ok: false,
          kind: 'newer',
          detail: `saved elsewhere (revision ${found}, this tab has ${rev})`,
        };
      return { ok: false, ...storageFailure(e) };
    }
  }

  async remove(id: string): Promise<void> {
    await this.backend.del(id);
  }

  /** A save file brought in: checked like any save, then kept as a new game beside the others. */
  async importText(
    text: string,
  ): Promise<{ ok: true; id: string; meta: SavedMeta; dropped: number } | { ok: false; reason: string }> {
    const loaded = (await readSaves()).restore(text, this.shipped);
    if (!loaded.ok) return { ok: false, reason: loaded.error };
    const id = newGameId();
    const { session, dropped } = loaded.value;
    const written = await this.save(id, session, 0);
    if (!written.ok) return { ok: false, reason: written.detail };
    return { ok: true, id, meta: metaOf(session, new Date()), dropped };
  }

  /**
   * Writes that a closing tab may have cut short: each was noted (its text, over which revision) before it
   * began and cleared when it landed. One still noted is written now, unless the game has moved on since.
   */
  async recoverJournal(journal: SaveJournal): Promise<void> {
    for (const { id, rev, text } of journal.all()) {
      const meta = metaFromText(text, this.shipped);
      const written = await this.put(
        id,
        text,
        meta ? { ...meta, date: new Date().toISOString() } : null,
        rev,
      );
      if (written.ok || written.kind === 'newer') journal.clear(id);
    }
  }

  /**
   * The single save of earlier versions (localStorage tug.save, and tug.save.broken) becomes a game on the
   * list; the old key is removed only once the game is stored.
   */
  async adoptOldSaves(storage: Storage | null): Promise<void> {
    for (const key of [SAVE_KEY, BROKEN_KEY]) {
      let text: string | null = null;
      try {
        text = storage?.getItem(key) ?? null;
      } catch {
        text = null;
      }
      if (!text) continue;
      const meta = metaFromText(text, this.shipped);
      const written = await this.put(
        `old-${key}`,
        text,
        meta ? { ...meta, date: new Date(0).toISOString() } : null,
        0,
      );
      if (written.ok || written.kind === 'newer') {
        try {
          storage?.removeItem(key);
        } catch {
          // It stays; it will be adopted (as the same id) again, not twice.
        }
      }
    }
  }
}

/** A backend in memory, for tests and for a browser that keeps nothing. */
export function memoryBackend(
  kind: 'memory' | 'none' = 'memory',
): GameBackend & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    kind,
    map,
    entries: async () => [...map.entries()].map(([k, v]) => [k, structuredClone(v)] as [string, unknown]),
    get: async (id) => structuredClone(map.get(id)),
    update: async (id, next) => {
      if (kind === 'none')
        throw new DOMException('This browser keeps no data for this page.', 'SecurityError');
      map.set(id, structuredClone(next(structuredClone(map.get(id)))));
    },
    del: async (id) => void map.delete(id),
  };
}

/** localStorage, one key per game (`tug.game.<id>`), for browsers without IndexedDB. */
export function localBackend(storage: Storage): GameBackend {
  const PREFIX = 'tug.game.';
  const read = (key: string): unknown => {
    const text = storage.getItem(key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text; // kept, and listed as damaged
    }
  };
  return {
    kind: 'localstorage',
    entries: async () => {
      const out: [string, unknown][] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(PREFIX)) out.push([key.slice(PREFIX.length), read(key)]);
      }
      return out;
    },
    get: async (id) => read(PREFIX + id),
    update: async (id, next) => storage.setItem(PREFIX + id, JSON.stringify(next(read(PREFIX + id)))),
    del: async (id) => storage.removeItem(PREFIX + id),
  };
}

/**
 * A note of each write in flight, kept where writing is synchronous (localStorage), so that a tab closed
 * before IndexedDB finished does not lose the last turn or change.
 */
export interface SaveJournal {
  put(id: string, rev: number, text: string): void;
  clear(id: string): void;
  all(): { id: string; rev: number; text: string }[];
}

export function localJournal(storage: Storage | null): SaveJournal {
  const PREFIX = 'tug.pending.';
  return {
    put: (id, rev, text) => {
      try {
        storage?.setItem(PREFIX + id, JSON.stringify({ rev, text }));
      } catch {
        // Full: the write itself still goes ahead; only a tab closed mid-write could lose it.
      }
    },
    clear: (id) => {
      try {
        storage?.removeItem(PREFIX + id);
      } catch {
        // Nothing to do.
      }
    },
    all: () => {
      const out: { id: string; rev: number; text: string }[] = [];
      try {
        for (let i = 0; storage && i < storage.length; i++) {
          const key = storage.key(i);
          if (!key?.startsWith(PREFIX)) continue;
          const v = JSON.parse(storage.getItem(key) ?? 'null') as { rev?: unknown; text?: unknown } | null;
          if (v && typeof v.rev === 'number' && typeof v.text === 'string')
            out.push({ id: key.slice(PREFIX.length), rev: v.rev, text: v.text });
        }
      } catch {
        // An unreadable note is left where it is.
      }
      return out;
    },
  };
}
