// The application shell: one screen at a time, settings, language, and the saved game.
import { setPalette } from '../art/palette.ts';
import { setSound } from '../audio/cues.ts';
import { localSaveStore, type SaveStore, serialise } from '../game/save.ts';
import type { Session } from '../game/session.ts';
import { lang, onLang, setLang } from '../i18n/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { shippedScenarios } from '../scenario/shipped.ts';
import { fill } from '../ui/dom.ts';
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
  readonly store: SaveStore;
  readonly shipped: Scenario[] = shippedScenarios();
  readonly custom: Scenario[] = [];
  session: Session | null = null;
  private view: ScreenView | null = null;
  private screen: Screen | null = null;
  private readonly storage = safeStorage();

  constructor(readonly root: HTMLElement) {
    this.settings = loadSettings(this.storage);
    this.store = localSaveStore(this.storage);
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

  autosave(): void {
    if (this.session) this.store.write(serialise(this.session));
  }
}
