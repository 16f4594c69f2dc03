// Saved games in IndexedDB through idb-keyval: a store of its own ('slow-tug' / 'games'), whose size is
// limited by the disk rather than localStorage's few megabytes. Each update is one readwrite transaction,
// so a revision check and its write cannot be split by another tab.
import { createStore, del, entries, get, type UseStore, update } from 'idb-keyval';
import type { GameBackend } from './savedGames.ts';

export function idbBackend(): GameBackend | null {
  if (typeof indexedDB === 'undefined') return null;
  let store: UseStore;
  try {
    store = createStore('slow-tug', 'games');
  } catch {
    return null;
  }
  return {
    kind: 'indexeddb',
    entries: () => entries<string, unknown>(store),
    get: (id) => get(id, store),
    update: (id, next) => update(id, (current) => next(current), store),
    del: (id) => del(id, store),
  };
}

/** Whether IndexedDB opens here (private modes of some browsers refuse it). */
export async function idbWorks(backend: GameBackend): Promise<boolean> {
  try {
    await backend.get('__probe__');
    return true;
  } catch {
    return false;
  }
}
