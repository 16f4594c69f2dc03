// The saved games' code, loaded on first use (the title's list, the first autosave), so the page boots
// without it: the shelf on IndexedDB (else localStorage, else nothing, which is said), the journal of
// writes in flight, and saving with its banner.
import { GameSaving, type SavedGames } from '../game/gameSaving.ts';
import { idbBackend, idbWorks } from '../game/idbBackend.ts';
import {
  type GameBackend,
  GameShelf,
  localBackend,
  localJournal,
  memoryBackend,
} from '../game/savedGames.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Shell } from '../shell/shell.ts';
import { showSaveStatus } from '../ui/saves/saveBanner.ts';

export function startSaves(shell: Shell, storage: Storage | null, shipped: readonly Scenario[]): SavedGames {
  const shelf = new GameShelf(lazyBackend(chooseBackend(storage)), shipped);
  const journal = localJournal(storage);
  // Saves of earlier versions (one slot in localStorage) join the list, and a write a closed tab cut short
  // is finished: nothing is dropped.
  const ready = shelf
    .adoptOldSaves(storage)
    .then(() => shelf.recoverJournal(journal))
    .catch(() => {});
  const saving = new GameSaving(shelf, (status, session) => showSaveStatus(shell, status, session), journal);
  return { shelf, saving, ready };
}

/** IndexedDB where it opens; else localStorage; else nothing kept (every save then says so). */
async function chooseBackend(storage: Storage | null): Promise<GameBackend> {
  const idb = idbBackend();
  if (idb && (await idbWorks(idb))) return idb;
  if (storage) return localBackend(storage);
  return memoryBackend('none');
}

/** A backend whose choice is made once, asynchronously; calls wait for it. */
function lazyBackend(choice: Promise<GameBackend>): GameBackend {
  let kind: GameBackend['kind'] = 'none';
  void choice.then((b) => {
    kind = b.kind;
  });
  return {
    get kind() {
      return kind;
    },
    entries: async () => (await choice).entries(),
    get: async (id) => (await choice).get(id),
    update: async (id, next) => (await choice).update(id, next),
    del: async (id) => (await choice).del(id),
  };
}
