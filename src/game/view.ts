// What the board, the top bar, the debrief and the charts draw from: a scenario and a history of states
// and reports up to "now". A live Session is one; the replay viewer's cursor is another.
import type { Scenario } from '../scenario/schema.ts';
import type { GameState, Orders, Side, TurnReport } from '../sim/index.ts';

export interface GameView {
  readonly scenario: Scenario;
  readonly state: GameState; // the state shown now
  readonly states: readonly GameState[]; // from the start up to the state shown
  readonly reports: readonly TurnReport[]; // reports[t - 1] explains turn t
  readonly orders: readonly Orders[];
  /** The side whose player is looking, when there is one (not at a hot-seat table or in a replay). */
  readonly viewer?: Side;
}

/** Where the board gets its picture, and how it hears that the picture moved. */
export interface BoardSource {
  view(): GameView;
  /** A turn moved the state on: the board animates from `before` to `after`, then calls `animationDone`. */
  onMove(listener: (before: GameState, after: GameState) => void): () => void;
  /** Anything else changed: the board redraws at once. */
  onRedraw(listener: () => void): () => void;
  animationDone(): void;
}
