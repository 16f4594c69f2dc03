// What the other side did: its own orders, and what changed on its side without one (an event's ban).
import { describe, expect, it } from 'vitest';
import { sideMoves } from '../../src/game/sideMoves.ts';
import { playMatch } from '../../src/match/match.ts';
import { idle } from '../../src/players/idle.ts';
import type { GameState, Orders, TurnReport } from '../../src/sim/index.ts';
import { shipped } from '../support/scenarios.ts';

describe('sideMoves', () => {
  it("names a control an event changed as the holder's, not by its orders", () => {
    const scenario = shipped('tutorial');
    const states: GameState[] = [];
    const reports: TurnReport[] = [];
    const orders: Orders[] = [];
    const first = playMatch(
      scenario,
      'moves',
      { holder: idle, challenger: idle },
      {
        turns: 5,
        keepReports: true,
        onTurn: (t) => {
          if (states.length === 0) states.push(t.before);
          states.push(t.state);
          orders.push(t.orders);
          reports.push(t.report);
        },
      },
    );
    expect(first.state.turn).toBe(6);
    // The scripted ban of turn 5 (an "at least" effect) is no order of the holder's.
    const view = { scenario, state: states.at(-1)!, states, reports, orders, viewer: 'challenger' as const };
    const moves = sideMoves(view, 'holder')!;
    expect(moves.turn).toBe(5);
    expect(moves.changes).toEqual([]);
    expect(moves.otherwise).toEqual([{ type: 'setControl', tech: 'photoresist', level: 'ban' }]);
    // The turn before, nothing changed on the holder's side.
    const earlier = {
      ...view,
      state: states[4]!,
      states: states.slice(0, 5),
      reports: reports.slice(0, 4),
      orders: orders.slice(0, 4),
    };
    expect(sideMoves(earlier, 'holder')!.otherwise).toEqual([]);
  });
});
