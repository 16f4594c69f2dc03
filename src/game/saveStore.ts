// Where the saved game is kept: localStorage, or nothing where it is unavailable or full. Reading it back
// (src/game/save.ts) replays it; this part only stores text, so the page boots without that code.

export const SAVE_KEY = 'tug.save';
export const BROKEN_KEY = 'tug.save.broken';

/** Storage that keeps working when localStorage is unavailable or full. */
export interface SaveStore {
  read(): string | null;
  write(text: string): void;
  clear(): void;
  readBroken(): string | null;
  setAside(text: string): void;
  clearBroken(): void;
}

export function localSaveStore(storage: Storage | null): SaveStore {
  const safe = <T>(f: () => T, fallback: T): T => {
    try {
      return f();
    } catch {
      return fallback;
    }
  };
  return {
    read: () => safe(() => storage?.getItem(SAVE_KEY) ?? null, null),
    write: (text) => safe(() => storage?.setItem(SAVE_KEY, text), undefined),
    clear: () => safe(() => storage?.removeItem(SAVE_KEY), undefined),
    readBroken: () => safe(() => storage?.getItem(BROKEN_KEY) ?? null, null),
    setAside: (text) =>
      safe(() => {
        storage?.setItem(BROKEN_KEY, text);
        storage?.removeItem(SAVE_KEY);
      }, undefined),
    clearBroken: () => safe(() => storage?.removeItem(BROKEN_KEY), undefined),
  };
}
