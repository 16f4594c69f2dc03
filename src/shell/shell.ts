// What a screen may ask of the application: its settings, the saved game, the scenarios, and to go to
// another screen by name. Screens import this contract, never each other and never the application, so
// that each screen is a chunk of its own, loaded when first opened (src/app/screens.ts names them).

import type { SavedGames } from '../game/gameSaving.ts';
import type { LinkRecord } from '../game/linkRecord.ts';
import type { LoadedReplay, ScenarioShelf } from '../game/loadedReplay.ts';
import type { Session } from '../game/session.ts';
import type { Comparison, Replay } from '../replay/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { TurnReport } from '../sim/index.ts';
import type { Settings } from './settings.ts';

export interface ScreenView {
  node: HTMLElement;
  /** Called when the screen is replaced: remove listeners, stop scenes. */
  dispose?: () => void;
  /** Called on a language switch; by default the screen is rebuilt. */
  relabel?: () => void;
}

/** Two replays of one scenario to compare, each with the label it is shown under. */
export interface Timelines {
  a: { replay: Replay; label: string };
  b: { replay: Replay; label: string };
}

/** Every screen by name, with what it is opened with. */
export interface ScreenArgs {
  title: { notice?: HTMLElement };
  choose: { openPicker?: boolean };
  /** The game in `shell.session`. */
  game: Record<never, never>;
  /** The end of the game in `shell.session`. */
  end: Record<never, never>;
  viewer: {
    loaded: LoadedReplay;
    at?: number; // turns played at the start: 0 by default
    back?: Route; // where "Close" goes: the title by default
  };
  compare: { scenario: Scenario; timelines: Timelines; comparison: Comparison; back: Route };
  /** The scenario studio, with a draft's text to open (from a link), or the draft kept in this browser. */
  studio: { text?: string; notice?: string };
  link: {
    record: LinkRecord;
    /** Turns this browser had seen before: the newest turn animates on the board. */
    knownTurns?: number;
    /** This browser just revealed its sealed orders and the turn resolved. */
    report?: TurnReport | null;
    notice?: HTMLElement;
  };
}

export type ScreenName = keyof ScreenArgs;

/** A screen and what it is opened with: where to go, or where to come back to. */
export type Route = { [N in ScreenName]: { name: N; args: ScreenArgs[N] } }[ScreenName];

/** Builds a screen; returns a route instead when it cannot be shown (no game to show, say). */
export type ScreenFactory<N extends ScreenName> = (shell: Shell, args: ScreenArgs[N]) => ScreenView | Route;

/** The arguments `go` takes: optional for a screen whose every argument is optional. */
type GoArgs<N extends ScreenName> =
  Partial<ScreenArgs[N]> extends ScreenArgs[N] ? [args?: ScreenArgs[N]] : [args: ScreenArgs[N]];

export const route = <N extends ScreenName>(name: N, ...[args]: GoArgs<N>): Route =>
  ({ name, args: args ?? {} }) as Route;

export interface Shell extends ScenarioShelf {
  readonly settings: Settings;
  readonly shipped: Scenario[];
  /** The player's own scenario files, loaded on this page. */
  readonly custom: Scenario[];
  session: Session | null;
  /** Replaces the screen shown by the named one. */
  go<N extends ScreenName>(name: N, ...args: GoArgs<N>): void;
  /** Goes where a route says: a screen's way back. */
  open(to: Route): void;
  update(change: Partial<Settings>): void;
  /** Saves the game in `session`, as a game of its own on the list of saved games. */
  autosave(): void;
  /** The saved games, with their code loaded on first use. */
  saves(): Promise<SavedGames>;
  /** Opens a saved game into `session` (with `steal`, from another tab); why not, when it cannot be. */
  openSaved(id: string, steal?: boolean): Promise<string | null>;
  /** Draft changes of the game last opened that could not be read, and were left out. */
  readonly droppedDrafts: number;
}
