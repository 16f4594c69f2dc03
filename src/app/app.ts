// The application shell: one screen at a time, opened by name, settings, language, and the saved game.
import { setPalette } from '../art/palette.ts';
import { setSound } from '../audio/cues.ts';
import type { SavedGames } from '../game/gameSaving.ts';
import type { Session } from '../game/session.ts';
import { lang, onLang, setLang } from '../i18n/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { shippedScenarios } from '../scenario/shipped.ts';
import { loadSettings, type Settings, saveSettings } from '../shell/settings.ts';
import type { Route, ScreenName, ScreenView, Shell } from '../shell/shell.ts';
import { fill } from '../ui/dom.ts';
import { SCREENS, type ScreenRegistry } from './screens.ts';

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

type AnyFactory = (shell: Shell, args: Route['args']) => ScreenView | Route;

export class App implements Shell {
  readonly settings: Settings;
  readonly shipped: Scenario[] = shippedScenarios();
  readonly custom: Scenario[] = [];
  session: Session | null = null;
  private view: ScreenView | null = null;
  private at: Route | null = null;
  private readonly loaded = new Map<ScreenName, AnyFactory>();
  private asked = 0; // counts requests, so that only the screen asked for last is shown
  /** Settles once the screen asked for last is shown (at once when its code was already loaded). */
  shown: Promise<void> = Promise.resolve();
  /** A screen asked for is still loading its code: the one on screen no longer answers for the game. */
  loading = false;
  private readonly storage = safeStorage();

  constructor(
    readonly root: HTMLElement,
    private readonly screens: ScreenRegistry = SCREENS,
  ) {
    this.settings = loadSettings(this.storage);
    setLang(this.settings.lang);
    document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
    setPalette(this.settings.palette);
    setSound(!this.settings.muted);
    onLang(() => {
      if (this.view?.relabel) this.view.relabel();
      else if (this.at) this.open(this.at);
    });
  }

  go<N extends ScreenName>(name: N, args?: Route['args']): void {
    this.open({ name, args: args ?? {} } as Route);
  }

  open(to: Route): void {
    const asked = ++this.asked;
    const factory = this.loaded.get(to.name);
    if (factory) {
      this.loading = false;
      this.mount(to, factory);
      this.shown = Promise.resolve();
      return;
    }
    this.loading = true;
    this.shown = this.load(to.name).then((f) => {
      if (asked !== this.asked) return;
      this.loading = false;
      this.mount(to, f);
    });
  }

  /** Loads screens' code ahead, while the player looks at this one. */
  prefetch(...names: ScreenName[]): void {
    for (const name of names) void this.load(name).catch(() => {}); // opening it later says what failed
  }

  private async load(name: ScreenName): Promise<AnyFactory> {
    const known = this.loaded.get(name);
    if (known) return known;
    const factory = (await this.screens[name]()) as AnyFactory;
    this.loaded.set(name, factory);
    return factory;
  }

  private mount(to: Route, factory: AnyFactory): void {
    this.view?.dispose?.();
    this.view = null;
    const shown = factory(this, to.args);
    if (!('node' in shown)) {
      this.open(shown);
      return;
    }
    this.at = to;
    this.view = shown;
    fill(this.root, shown.node);
    const heading = this.root.querySelector<HTMLElement>('h1, h2');
    heading?.setAttribute('tabindex', '-1');
    // Focusing lays the page out at once: in the frame, not in the task that built it (together they held
    // the main thread for over 100 ms when a game opened).
    requestAnimationFrame(() => {
      if (heading?.isConnected && !this.root.contains(document.activeElement))
        heading.focus({ preventScroll: true });
    });
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

  /** Draft changes of the game last opened that could not be read (left out; the game screen says so). */
  droppedDrafts = 0;
  private savedGames: Promise<SavedGames> | null = null;

  /** The saved games, with their code loaded on first use. */
  saves(): Promise<SavedGames> {
    this.savedGames ??= import('./savesRuntime.ts').then((m) =>
      m.startSaves(this, this.storage, this.shipped),
    );
    return this.savedGames;
  }

  /** Saves the game in play (in the background; trouble is shown at once, see ui/saves/saveBanner.ts). */
  autosave(): void {
    const session = this.session;
    if (session)
      void this.saves().then(async (s) => {
        await s.ready;
        await s.saving.save(session);
      });
  }

  /**
   * Opens a saved game from the shelf, as it was last saved; with `steal`, from a tab that has it open.
   * Returns why not, when it cannot be opened.
   */
  async openSaved(id: string, steal = false): Promise<string | null> {
    const { shelf, saving } = await this.saves();
    const entry = await shelf.read(id);
    if (!entry) return 'it is no longer saved';
    const { restore } = await import('../game/saveCheck.ts');
    const loaded = restore(entry.text, this.shipped);
    if (!loaded.ok) return loaded.error;
    this.session = loaded.value.session;
    saving.adopt(loaded.value.session, id, entry.rev, steal);
    this.droppedDrafts = loaded.value.dropped;
    return null;
  }
}
