// Saving the game in play: each game has an id on the shelf, and this tab saves it only while it holds the
// game's lock and over the revision it last read. Whatever stops a save (storage full or missing, another
// tab) is reported to `onStatus` at once, with the turn last saved, so that the player is never left
// believing a game is kept when it is not.
import { claimGame, type GameLock } from './gameLock.ts';
import { serialise } from './save.ts';
import { type GameShelf, newGameId, type SaveJournal } from './savedGames.ts';
import type { Session } from './session.ts';

export type SaveStatus =
  | { kind: 'saved'; turn: number }
  | { kind: 'full' | 'unavailable'; lastTurn: number | null; detail: string }
  | { kind: 'elsewhere' | 'takenOver' | 'newer'; lastTurn: number | null };

interface Bound {
  session: Session;
  id: string;
  rev: number;
  lock: Promise<GameLock>;
  lastTurn: number | null;
  stopped: boolean; // another tab has the game: this tab saves no more
  queue: Promise<void>;
}

export class GameSaving {
  private current: Bound | null = null;

  constructor(
    readonly shelf: GameShelf,
    private readonly onStatus: (status: SaveStatus, session: Session) => void,
    private readonly journal: SaveJournal | null = null,
  ) {}

  /** The id of the game in play, once it has one. */
  get id(): string | null {
    return this.current?.id ?? null;
  }

  /**
   * Opens a saved game (from the list): it is saved back under its id, over revision `rev`. With
   * `steal`, the game is taken from the tab that has it (which is told).
   */
  adopt(session: Session, id: string, rev: number, steal = false): void {
    this.bind(session, id, rev, rev > 0 ? session.state.turn : null, steal);
  }

  /** Saves the session now (in order, one write at a time); a new session gets an id of its own. */
  save(session: Session): Promise<void> {
    if (this.current?.session !== session) this.bind(session, newGameId(), 0, null);
    const b = this.current!;
    b.queue = b.queue.then(() => this.write(b));
    return b.queue;
  }

  private bind(session: Session, id: string, rev: number, lastTurn: number | null, steal = false): void {
    if (this.current) void this.current.lock.then((l) => l.release());
    const b: Bound = {
      session,
      id,
      rev,
      lock: Promise.resolve({ state: 'unsupported', release() {} }),
      lastTurn,
      stopped: false,
      queue: Promise.resolve(),
    };
    b.lock = claimGame(id, () => this.lost(b), steal);
    this.current = b;
    void b.lock.then((l) => {
      if (l.state === 'elsewhere' && this.current === b) {
        b.stopped = true;
        this.onStatus({ kind: 'elsewhere', lastTurn: b.lastTurn }, session);
      }
    });
  }

  private lost(b: Bound): void {
    b.stopped = true;
    if (this.current === b) this.onStatus({ kind: 'takenOver', lastTurn: b.lastTurn }, b.session);
  }

  private async write(b: Bound): Promise<void> {
    const lock = await b.lock;
    if (b.stopped || lock.state === 'elsewhere' || lock.state === 'lost') return;
    this.journal?.put(b.id, b.rev, serialise(b.session));
    const outcome = await this.shelf.save(b.id, b.session, b.rev);
    if (outcome.ok || outcome.kind === 'newer') this.journal?.clear(b.id);
    if (outcome.ok) {
      b.rev = outcome.rev;
      b.lastTurn = b.session.state.turn;
      this.onStatus({ kind: 'saved', turn: b.lastTurn }, b.session);
      return;
    }
    if (outcome.kind === 'newer') {
      b.stopped = true;
      this.onStatus({ kind: 'newer', lastTurn: b.lastTurn }, b.session);
      return;
    }
    this.onStatus({ kind: outcome.kind, lastTurn: b.lastTurn, detail: outcome.detail }, b.session);
  }
}

/** The saved games of this page: the shelf, the game in play's saving, and opening a saved game. */
export interface SavedGames {
  readonly shelf: GameShelf;
  readonly saving: GameSaving;
  /** Settles once saves of earlier versions and writes cut short are on the shelf. */
  readonly ready: Promise<void>;
}
