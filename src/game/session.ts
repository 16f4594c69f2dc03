// A game in the browser, without Phaser or DOM: the scenario, the seed, the states and reports so far,
// each side's draft orders, and whose move it is. Scenes and panels observe it and send it intents.
import type { Replay, ReplayParent } from '../replay/index.ts';
import { recordTurn, startReplay } from '../replay/record.ts'; // not the barrel: it brings zod
import type { Scenario } from '../scenario/schema.ts';
import {
  type Action,
  checkOrders,
  foldOrders,
  type GameState,
  hashState,
  newGame,
  type Orders,
  otherSide,
  type RuleError,
  resolveTurn,
  type Side,
  type TurnReport,
} from '../sim/index.ts';
import { type Opponent, opponentFor } from '../workers/opponent.ts';
import { withAction } from './draft.ts';
import { Emitter } from './emitter.ts';
import { HOTSEAT } from './opponent.ts';
import type { BoardSource, GameView } from './view.ts';

export type Phase =
  | { kind: 'deciding'; side: Side }
  | { kind: 'handover'; side: Side } // hot-seat: the screen passes to `side`, whose plan is hidden from the other
  | { kind: 'waiting' } // the opponent is thinking
  | { kind: 'resolving'; report: TurnReport; before: GameState } // the turn animates; the board shows it
  | { kind: 'over' };

export interface SessionSetup {
  scenario: Scenario;
  seed: string;
  side: Side; // the side the (first) player takes
  opponent: string; // a player name, or 'hotseat'
  custom?: boolean; // the scenario came from the player's own file
  parent?: ReplayParent; // set when this game was forked from a replay
}

export interface SessionEvents extends Record<string, unknown> {
  draft: Side;
  phase: Phase;
  resolved: { report: TurnReport; before: GameState; after: GameState };
  error: string;
}

export class Session implements GameView {
  readonly events = new Emitter<SessionEvents>();
  readonly scenario: Scenario;
  readonly seed: string;
  readonly side: Side;
  readonly opponentName: string;
  readonly custom: boolean;
  readonly parent: ReplayParent | null;
  readonly states: GameState[]; // states[0] is the start; states[n] follows turn n
  readonly reports: TurnReport[] = [];
  readonly orders: Orders[] = [];
  drafts: Record<Side, Action[]> = { holder: [], challenger: [] };
  phase: Phase;
  private readonly opponent: Opponent | null;
  private submitted: Partial<Record<Side, Action[]>> = {};
  private thinking: { turn: number; orders: Promise<Action[]> } | null = null; // the opponent's, this turn

  constructor(setup: SessionSetup, history: readonly Orders[] = []) {
    this.scenario = setup.scenario;
    this.seed = setup.seed;
    this.side = setup.side;
    this.opponentName = setup.opponent;
    this.custom = setup.custom ?? false;
    this.parent = setup.parent ?? null;
    this.opponent = setup.opponent === HOTSEAT ? null : opponentFor(setup.opponent);
    if (setup.opponent !== HOTSEAT && !this.opponent) throw new Error(`unknown opponent ${setup.opponent}`);
    this.states = [newGame(setup.scenario, setup.seed)];
    const folded = foldOrders(this.scenario, this.state, history, ({ orders, state, report }) => {
      this.orders.push(orders);
      this.reports.push(report);
      this.states.push(state);
    });
    if (!folded.ok) throw new Error(`turn ${folded.error.state.turn}: ${folded.error.error.message}`);
    this.phase = this.state.ending ? { kind: 'over' } : this.firstPhase();
    this.thinkAhead();
  }

  get state(): GameState {
    return this.states[this.states.length - 1]!;
  }

  get hotseat(): boolean {
    return this.opponent === null;
  }

  get viewer(): Side | undefined {
    return this.hotseat ? undefined : this.side;
  }

  hash(): string {
    return hashState(this.state);
  }

  /** Puts a change in a side's draft (or takes it out if it changes nothing). Returns the rule error, if any. */
  propose(side: Side, action: Action): RuleError | null {
    const next = withAction(this.state, side, this.drafts[side], action);
    const check = checkOrders(this.scenario, this.state, side, next);
    if (!check.ok) return check.error;
    this.drafts[side] = next;
    this.events.emit('draft', side);
    return null;
  }

  /** Whether a change could be added to the draft now, and why not. */
  check(side: Side, action: Action): RuleError | null {
    const check = checkOrders(
      this.scenario,
      this.state,
      side,
      withAction(this.state, side, this.drafts[side], action),
    );
    return check.ok ? null : check.error;
  }

  resetDraft(side: Side): void {
    this.drafts[side] = [];
    this.events.emit('draft', side);
  }

  /** The deciding side is done. In hot-seat the screen then passes to the other side; otherwise the turn resolves. */
  async endTurn(): Promise<void> {
    if (this.phase.kind !== 'deciding') return;
    const side = this.phase.side;
    this.submitted[side] = this.drafts[side];
    if (this.hotseat && !this.submitted[otherSide(side)]) {
      this.setPhase({ kind: 'handover', side: otherSide(side) });
      return;
    }
    if (!this.hotseat) {
      this.setPhase({ kind: 'waiting' });
      try {
        this.submitted[otherSide(this.side)] = await this.opponentOrders();
      } catch (e) {
        // The opponent could not decide: the turn is not played, and the player's plan stays as it was.
        this.submitted = {};
        this.thinking = null;
        this.events.emit('error', e instanceof Error ? e.message : String(e));
        this.setPhase({ kind: 'deciding', side: this.side });
        return;
      }
    }
    this.resolve();
  }

  /** The game so far as a replay file: scenario, seed, both sides' orders and a state hash every turn. */
  toReplay(date?: string): Replay {
    const person = 'person';
    const players = {
      holder: this.side === 'holder' || this.hotseat ? person : this.opponentName,
      challenger: this.side === 'challenger' || this.hotseat ? person : this.opponentName,
    };
    let replay = startReplay(this.scenario, this.seed, {
      ...(this.parent ? { parent: this.parent } : {}),
      meta: { players, app: 'Slow Tug-of-War', ...(date ? { date } : {}) },
    });
    this.orders.forEach((o, i) => {
      replay = recordTurn(replay, o, this.states[i + 1]!);
    });
    return replay;
  }

  /** The board's view of this game: it animates each resolved turn and redraws on every phase. */
  boardSource(): BoardSource {
    return {
      view: () => this,
      onMove: (listener) => this.events.on('resolved', ({ before, after }) => listener(before, after)),
      onRedraw: (listener) => this.events.on('phase', () => listener()),
      animationDone: () => this.animationDone(),
    };
  }

  /** Hot-seat: the next player has the screen. */
  takeOver(): void {
    if (this.phase.kind === 'handover') this.setPhase({ kind: 'deciding', side: this.phase.side });
  }

  /** The board finished animating the turn. */
  animationDone(): void {
    if (this.phase.kind !== 'resolving') return;
    this.setPhase(this.state.ending ? { kind: 'over' } : this.firstPhase());
  }

  private resolve(): void {
    const orders: Orders = {
      holder: this.submitted.holder ?? [],
      challenger: this.submitted.challenger ?? [],
    };
    const before = this.state;
    const r = resolveTurn(this.scenario, before, orders);
    this.submitted = {};
    if (!r.ok) {
      // The drafts were checked as they were built, so this is a bug; keep the game and say so.
      this.events.emit('error', r.error.message);
      this.setPhase(this.firstPhase());
      return;
    }
    this.orders.push(orders);
    this.reports.push(r.value.report);
    this.states.push(r.value.state);
    this.drafts = { holder: [], challenger: [] };
    // The phase changes first: a board that animates instantly ends the animation inside 'resolved'.
    this.setPhase({ kind: 'resolving', report: r.value.report, before });
    this.events.emit('resolved', { report: r.value.report, before, after: r.value.state });
  }

  private firstPhase(): Phase {
    return this.hotseat ? { kind: 'handover', side: this.side } : { kind: 'deciding', side: this.side };
  }

  private setPhase(phase: Phase): void {
    this.phase = phase;
    this.thinkAhead();
    this.events.emit('phase', phase);
  }

  /** As the player starts deciding, so does the opponent (a failure is met where the orders are awaited). */
  private thinkAhead(): void {
    if (this.phase.kind === 'deciding' && this.opponent) void this.opponentOrders().catch(() => {});
  }

  /**
   * The opponent's orders for this turn. It decides from the turn's state alone, never from the player's
   * plan (the sides move at once), so it starts thinking as the turn begins and the player rarely waits.
   */
  private opponentOrders(): Promise<Action[]> {
    const turn = this.state.turn;
    if (this.thinking?.turn !== turn)
      this.thinking = {
        turn,
        orders: this.opponent!.decide(this.scenario, this.state, otherSide(this.side)),
      };
    return this.thinking.orders;
  }
}
