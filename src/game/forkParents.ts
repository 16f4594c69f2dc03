// The replays games were forked from, kept in this browser so that a fork, once played, can be compared
// with the timeline it left. A fork's save names its parent only by hash; the parent itself is here, by
// that hash. A few are kept, the newest first; storage that is full or missing just keeps none.
import { compactReplay, type Replay, readReplay, replayHash } from '../replay/index.ts';

const KEY = 'tug.parents';
const KEEP = 4;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readAll(): Record<string, string> {
  try {
    const raw = JSON.parse(storage()?.getItem(KEY) ?? '{}') as unknown;
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function keepParent(replay: Replay): void {
  const hash = replayHash(replay);
  const kept = Object.entries(readAll()).filter(([h]) => h !== hash);
  const next = Object.fromEntries([[hash, compactReplay(replay)], ...kept].slice(0, KEEP));
  try {
    storage()?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Full storage: the fork plays on; it can still be compared with the parent's file.
  }
}

/** The parent with this content hash, if this browser kept it (and it still reads as that replay). */
export function findParent(hash: string): Replay | null {
  const all = readAll();
  const text = Object.hasOwn(all, hash) ? all[hash] : undefined;
  if (typeof text !== 'string') return null;
  const read = readReplay(text);
  return read.ok && !read.value.cut && replayHash(read.value.replay) === hash ? read.value.replay : null;
}
