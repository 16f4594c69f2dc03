// One tab saves a game at a time. A tab that opens a saved game holds a Web Lock named after it; a second
// tab that opens the same game finds the lock taken, is told, and does not save. "Take it over" steals the
// lock, and the first tab is told in turn. A lock is released when its tab closes or crashes. Without Web
// Locks the revision check in savedGames.ts still keeps one tab from overwriting the other.

export type LockState = 'held' | 'elsewhere' | 'lost' | 'unsupported';

export interface GameLock {
  state: LockState;
  release(): void;
}

interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<void>;
}

const locks = (): LockManagerLike | null =>
  (typeof navigator !== 'undefined' && (navigator as { locks?: LockManagerLike }).locks) || null;

/**
 * Claims the game `id` for this tab. `onLost` runs when another tab takes it over. With `steal`, the
 * lock is taken from whichever tab holds it.
 */
export function claimGame(id: string, onLost: () => void, steal = false): Promise<GameLock> {
  const manager = locks();
  if (!manager) return Promise.resolve({ state: 'unsupported', release: () => {} });
  return new Promise((resolve) => {
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const lock: GameLock = { state: 'held', release: () => release() };
    manager
      .request(`tug.game.${id}`, steal ? { steal: true } : { ifAvailable: true }, async (granted) => {
        if (!granted) {
          resolve({ state: 'elsewhere', release: () => {} });
          return;
        }
        resolve(lock);
        await held;
      })
      .catch(() => {
        // Stolen by another tab (an AbortError), or the manager failed: this tab no longer saves the game.
        if (lock.state === 'held') {
          lock.state = 'lost';
          onLost();
        } else resolve({ state: 'unsupported', release: () => {} });
      });
  });
}
