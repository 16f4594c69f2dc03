// The application shell: one screen at a time, settings, language, and the saved game.
import { setPalette } from '../art/palette.ts';
import { setSound } from '../audio/cues.ts';
import { idbBackend, idbWorks } from '../game/idbBackend.ts';
import { restore } from '../game/save.ts';
import {
  type GameBackend,
  GameShelf,
  localBackend,
  localJournal,
  memoryBackend,
} from '../game/savedGames.ts';
import type { Session } from '../game/session.ts';
import { lang, onLang, setLang } from '../i18n/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { shippedScenarios } from '../scenario/shipped.ts';
import { fill } from '../ui/dom.ts';
import { showSaveStatus } from '../ui/saves/saveBanner.ts';
import { GameSaving } from './gameSaving.ts';
import { loadSettings, type Settings, saveSettings } from './settings.ts';

export interface ScreenView {
  node: HTMLElement;
  /** Called when the screen is replaced: remove listeners, stop scenes. */
  dispose?: () => void;
  /** Called on a language switch; by default the screen is rebuilt. */
  relabel?: () => void;
}

export type Screen = (app: App) => ScreenView;

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export class App {
  readonly settings: Settings;
  readonly shelf: GameShelf;
  readonly saving: GameSaving;
  readonly shipped: Scenario[] = shippedScenarios();
  readonly custom: Scenario[] = [];
  session: Session | null = null;
  /** Draft changes of the game last opened that could not be read (left out; the game screen says so). */
  droppedDrafts = 0;
  private readonly ready: Promise<void>;
  private view: ScreenView | null = null;
  private screen: Screen | null = null;
  private readonly storage = safeStorage();

  constructor(readonly root: HTMLElement) {
    this.settings = loadSettings(this.storage);
    this.shelf = new GameShelf(lazyBackend(chooseBackend(this.storage)), this.shipped);
    // Saves of earlier versions (one slot in localStorage) join the list; nothing is dropped.
    // and a write a closed tab cut short is finished now.
    const journal = localJournal(this.storage);
    this.ready = this.shelf
      .adoptOldSaves(this.storage)
      .then(() => this.shelf.recoverJournal(journal))
      .catch(() => {});
    this.saving = new GameSaving(
      this.shelf,
      (status, session) => showSaveStatus(this, status, session),
      journal,
    );
    setLang(this.settings.lang);
    document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
    setPalette(this.settings.palette);
    setSound(!this.settings.muted);
    onLang(() => {
      if (this.view?.relabel) this.view.relabel();
      else if (this.screen) this.show(this.screen);
    });
  }

  show(screen: Screen): void {
    this.view?.dispose?.();
    this.screen = screen;
    this.view = screen(this);
    fill(this.root, this.view.node);
    const heading = this.root.querySelector<HTMLElement>('h1, h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }

  update(change: Partial<Settings>): void {
    Object.assign(this.settings, change);
    saveSettings(this.storage, this.settings);
    if (change.palette) setPalette(change.palette);
    if (change.muted !== undefined) setSound(!change.muted);
    if (change.lang) setLang(change.lang);
  }

  /** Every scenario the player can start: shipped ones, then their own files. */
  scenarios(): Scenario[] {
    return [...this.shipped, ...this.custom];
  }

  /** Saves the game in play (in the background; trouble is shown at once, see saveBanner.ts). */
  autosave(): void {
    if (this.session) void this.ready.then(() => (this.session ? this.saving.save(this.session) : undefined));
  }

  /**
   * Opens a saved game from the shelf, as it was last saved. With `steal`, from a tab that has it open.
   * Returns why not, when it cannot be opened.
   */
  async openSaved(id: string, steal = false): Promise<string | null> {
    const entry = await this.shelf.read(id);
    if (!entry) return 'it is no longer saved';
    const loaded = restore(entry.text, this.shipped);
    if (!loaded.ok) return loaded.reason;
    this.session = loaded.session;
    this.saving.adopt(loaded.session, id, entry.rev, steal);
    this.droppedDrafts = loaded.dropped;
    return null;
  }
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
