// The viewer's cursor: a GameView of a replay after `at` turns that steps with an animation, jumps at
// once, and plays by stepping again once each step has settled, resting as long as its caller says.
import { describe, expect, it } from 'vitest';
import type { LoadedReplay } from '../../src/game/loadedReplay.ts';
import { ReplayCursor } from '../../src/game/replayCursor.ts';
import { replayTimeline } from '../../src/replay/index.ts';
import type { GameState } from '../../src/sim/index.ts';
import { recorded, slowTug } from '../replay/support.ts';

function loaded(): LoadedReplay {
  const scenario = slowTug();
  const replay = recorded(scenario, 'cursor');
  const timeline = replayTimeline(scenario, replay);
  if (!timeline.ok) throw new Error(timeline.error.message);
  return { scenario, replay, ...timeline.value, custom: false };
}
const game = loaded();

/** A clock the test turns by hand. */
function manualClock() {
  const pending: { run: () => void; ms: number }[] = [];
  return {
    schedule: (run: () => void, ms: number) => {
      const job = { run, ms };
      pending.push(job);
      return () => {
        const i = pending.indexOf(job);
        if (i >= 0) pending.splice(i, 1);
      };
    },
    pending,
    tick: () => pending.shift()?.run(),
  };
}

describe('the replay cursor', () => {
  it('shows the game after `at` turns: the start of turn at + 1', () => {
    const cursor = new ReplayCursor(game, 10, manualClock().schedule, () => 100);
    expect(cursor.state).toBe(game.states[10]);
    expect(cursor.state.turn).toBe(11);
    expect(cursor.states).toHaveLength(11);
    expect(cursor.reports).toHaveLength(10);
    expect(cursor.orders).toEqual(game.replay.turns.slice(0, 10).map((t) => t.orders));
    expect(new ReplayCursor(game, 999, manualClock().schedule, () => 0).at).toBe(game.states.length - 1);
    expect(new ReplayCursor(game, -3, manualClock().schedule, () => 0).at).toBe(0);
    expect(new ReplayCursor(game, Number.NaN, manualClock().schedule, () => 0).at).toBe(0);
  });

  it('animates a step forward and draws a jump at once', () => {
    const cursor = new ReplayCursor(game, 0, manualClock().schedule, () => 0);
    const moves: [GameState, GameState][] = [];
    let redraws = 0;
    const source = cursor.boardSource();
    source.onMove((before, after) => moves.push([before, after]));
    source.onRedraw(() => redraws++);
    expect(cursor.step()).toBe(true);
    expect(moves).toEqual([[game.states[0], game.states[1]]]);
    cursor.jump(20);
    expect(redraws).toBe(1);
    expect(source.view().state).toBe(game.states[20]);
    cursor.jump(cursor.last);
    expect(cursor.step()).toBe(false);
    expect(moves).toHaveLength(1);
  });

  it('plays: each settled step rests, then steps again; pause and jumps stop it', () => {
    const clock = manualClock();
    const cursor = new ReplayCursor(game, 5, clock.schedule, () => 300);
    const source = cursor.boardSource();
    cursor.play();
    expect(cursor.at).toBe(6);
    expect(clock.pending).toHaveLength(0); // it waits for the board
    source.animationDone();
    expect(clock.pending.map((p) => p.ms)).toEqual([300]);
    clock.tick();
    expect(cursor.at).toBe(7);
    source.animationDone();
    cursor.pause();
    expect(clock.pending).toHaveLength(0);
    expect(cursor.playing).toBe(false);
    cursor.play();
    source.animationDone();
    cursor.jump(2);
    expect(cursor.playing).toBe(false);
    expect(clock.pending).toHaveLength(0);
  });

  it('stops at the end, and plays again from the start', () => {
    const clock = manualClock();
    const cursor = new ReplayCursor(game, game.states.length - 2, clock.schedule, () => 10);
    const source = cursor.boardSource();
    cursor.play();
    source.animationDone();
    expect(cursor.at).toBe(cursor.last);
    expect(cursor.playing).toBe(false);
    cursor.play();
    expect(cursor.at).toBe(1);
    expect(cursor.playing).toBe(true);
  });
});
