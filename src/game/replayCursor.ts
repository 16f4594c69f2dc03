// The viewer's cursor over a verified replay: a GameView of the game after `at` turns (so the board shows
// the start of turn at + 1, as a live player deciding it sees it), and the board source that animates a
// step forward like a live turn and redraws at once after a jump. Playing steps on by itself once each
// step has settled on the board; the clock is the caller's, through `schedule`.

import type { Scenario } from '../scenario/schema.ts';
import type { GameState, Orders, TurnReport } from '../sim/index.ts';
import { Emitter } from './emitter.ts';
import type { LoadedReplay } from './loadedReplay.ts';
import type { BoardSource, GameView } from './view.ts';

interface CursorEvents extends Record<string, unknown> {
  move: { before: GameState; after: GameState };
  redraw: null;
  /** The cursor moved or playing started or stopped: the panels redraw. */
  changed: null;
}

export type Schedule = (run: () => void, ms: number) => () => void;

export class ReplayCursor implements GameView {
  private readonly events = new Emitter<CursorEvents>();
  private position: number;
  private animating = false;
  private cancelTimer: (() => void) | null = null;
  playing = false;

  constructor(
    readonly loaded: LoadedReplay,
    at: number,
    private readonly schedule: Schedule,
    /** Milliseconds to rest on each turn while playing, after its animation. */
    private readonly restMs: () => number,
  ) {
    this.position = this.clamp(at);
  }

  get scenario(): Scenario {
    return this.loaded.scenario;
  }
  /** Turns played at the cursor: 0 is the start. */
  get at(): number {
    return this.position;
  }
  /** The last position: every turn the replay holds. */
  get last(): number {
    return this.loaded.states.length - 1;
  }
  get state(): GameState {
    return this.loaded.states[this.position]!;
  }
  get states(): readonly GameState[] {
    return this.loaded.states.slice(0, this.position + 1);
  }
  get reports(): readonly TurnReport[] {
    return this.loaded.reports.slice(0, this.position);
  }
  get orders(): readonly Orders[] {
    return this.loaded.replay.turns.slice(0, this.position).map((t) => t.orders);
  }

  on<K extends keyof CursorEvents>(event: K, listener: (payload: CursorEvents[K]) => void): () => void {
    return this.events.on(event, listener);
  }

  /** One turn forward, animated on the board. False at the end. */
  step(): boolean {
    if (this.position >= this.last) return false;
    const before = this.state;
    this.position++;
    this.animating = true;
    this.events.emit('changed', null);
    this.events.emit('move', { before, after: this.state });
    return true;
  }

  /** Straight to a position, drawn at once; stops playing. */
  jump(to: number): void {
    this.pause();
    const next = this.clamp(to);
    if (next === this.position) return;
    this.position = next;
    this.events.emit('changed', null);
    this.events.emit('redraw', null);
  }

  /** Plays on from here; from the end, plays from the start again. */
  play(): void {
    if (this.playing) return;
    if (this.position >= this.last) this.jump(0);
    this.playing = true;
    this.events.emit('changed', null);
    if (!this.animating) this.step();
  }

  pause(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (!this.playing) return;
    this.playing = false;
    this.events.emit('changed', null);
  }

  /** The board finished drawing a step: while playing, rest on it and step again. */
  settled(): void {
    this.animating = false;
    if (!this.playing) return;
    if (this.position >= this.last) {
      this.pause();
      return;
    }
    this.cancelTimer?.();
    this.cancelTimer = this.schedule(() => {
      this.cancelTimer = null;
      if (this.playing) this.step();
    }, this.restMs());
  }

  boardSource(): BoardSource {
    return {
      view: () => this,
      onMove: (listener) => this.events.on('move', ({ before, after }) => listener(before, after)),
      onRedraw: (listener) => this.events.on('redraw', () => listener()),
      animationDone: () => this.settled(),
    };
  }

  private clamp(at: number): number {
    return Math.max(0, Math.min(this.last, Math.round(Number.isFinite(at) ? at : 0)));
  }
}
