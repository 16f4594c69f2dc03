// Forking ("play from turn N") and comparing two timelines from the turn where they split.
import { describe, expect, it } from 'vitest';
import { random } from '../../src/players/random.ts';
import {
  compareTimelines,
  forkReplay,
  type Replay,
  recordTurn,
  replayHash,
  replayTimeline,
  serializeReplay,
  verifyReplayText,
} from '../../src/replay/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { type GameState, hashState, resolveTurn } from '../../src/sim/index.ts';
import { fixedPlayer } from './players.ts';
import { find, recorded, slowTug } from './support.ts';

/** Plays a fork on to the end with two players, recording each turn as the interface would. */
function playOn(scenario: Scenario, replay: Replay, state: GameState, holder = fixedPlayer('fixed:hawk')) {
  let s = state;
  let r = replay;
  while (!s.ending) {
    const orders = {
      holder: holder.decide({ scenario, state: s, side: 'holder' }),
      challenger: random.decide({ scenario, state: s, side: 'challenger' }),
    };
    const next = resolveTurn(scenario, s, orders);
    if (!next.ok) throw new Error(next.error.message);
    s = next.value.state;
    r = recordTurn(r, orders, s);
  }
  return { replay: r, state: s };
}

describe('forking', () => {
  const scenario = slowTug();
  const parent = recorded(scenario, 'fork');

  it('from turn 10 keeps the parent’s first 10 turns, records its parent, and plays on from turn 11', () => {
    const fork = forkReplay(scenario, parent, 10, {
      players: { holder: 'fixed:hawk', challenger: 'random' },
    });
    if (!fork.ok) throw new Error(fork.error.message);
    const { replay, state } = fork.value;
    expect(state.turn).toBe(11);
    expect(replay.parent).toEqual({ hash: replayHash(parent), turn: 10 });
    expect(replay.seed).toBe(parent.seed);
    expect(replay.scenario).toEqual(parent.scenario);
    expect(replay.turns).toEqual(parent.turns.slice(0, 10));
    expect(hashState(state)).toBe(parent.turns[9]!.hash);
    const played = playOn(scenario, replay, state);
    const text = serializeReplay(played.replay);
    const verified = verifyReplayText(text, find);
    expect(verified.ok && verified.value.turns).toBe(played.replay.turns.length);
    expect(verified.ok && verified.value.replay.parent?.turn).toBe(10);
  });

  it('from turn 0 keeps nothing but the scenario and the seed', () => {
    const fork = forkReplay(scenario, parent, 0);
    expect(fork.ok && fork.value.replay.turns).toEqual([]);
    expect(fork.ok && fork.value.state.turn).toBe(1);
  });

  it('refuses turns the replay does not hold, and the end of a finished game', () => {
    for (const turn of [-1, 2.5, parent.turns.length + 1]) {
      const r = forkReplay(scenario, parent, turn);
      expect(!r.ok && r.error.code).toBe('ERR_TURN_NUMBER');
    }
    const end = forkReplay(scenario, parent, parent.turns.length);
    expect(!end.ok && end.error.message).toMatch(/game ended on turn 40/);
  });

  it('refuses to fork a replay that does not reproduce up to that turn', () => {
    const edited = structuredClone(parent);
    edited.turns[4]!.hash = '0000000000000000';
    const r = forkReplay(scenario, edited, 10);
    expect(!r.ok && r.error.turn).toBe(5);
    expect(forkReplay(scenario, edited, 4).ok).toBe(true);
  });
});

describe('comparing timelines', () => {
  const scenario = slowTug();
  const parent = recorded(scenario, 'fork');
  const fork = forkReplay(scenario, parent, 10);
  if (!fork.ok) throw new Error(fork.error.message);
  const child = playOn(scenario, fork.value.replay, fork.value.state).replay;

  it('starts from the turn where they split, and goes turn by turn to the end of both', () => {
    const c = compareTimelines(scenario, parent, child);
    if (!c.ok) throw new Error(c.error.message);
    // The fork shares turns 1–10, and on as long as both sides happened to give the same orders.
    let split = 10;
    while (JSON.stringify(parent.turns[split]!.orders) === JSON.stringify(child.turns[split]!.orders))
      split++;
    expect(c.value.split).toBe(split);
    expect(c.value.techs).toEqual(scenario.technologies.map((t) => t.id));
    expect(c.value.rows[0]!.turn).toBe(split);
    expect(c.value.rows.at(-1)!.turn).toBe(Math.max(parent.turns.length, child.turns.length));
    // At the split the two are one state: no gap.
    expect(c.value.rows[0]!.a).toEqual(c.value.rows[0]!.b);
    expect(c.value.rows[0]!.gap!.ropes.every((g) => g === 0)).toBe(true);
    // After it, each point is the state its own timeline reached.
    const timeline = replayTimeline(scenario, child);
    if (!timeline.ok) throw new Error(timeline.error.message);
    const row = c.value.rows.find((r) => r.turn === 25)!;
    expect(row.b!.ropes).toEqual(timeline.value.states[25]!.techs.map((t) => t.rope));
    expect(row.b!.hash).toBe(child.turns[24]!.hash);
    expect(row.gap!.ropes).toEqual(row.b!.ropes.map((r, i) => r - row.a!.ropes[i]!));
    expect(c.value.rows.some((r) => r.gap!.ropes.some((g) => g !== 0))).toBe(true);
    // The last row holds each timeline's ending and final score.
    const last = c.value.rows.at(-1)!;
    expect(last.a!.ending).not.toBeNull();
    expect(last.b!.score).toEqual(timeline.value.states.at(-1)!.ending!.score);
  });

  it('of two seeds splits at the start', () => {
    const c = compareTimelines(scenario, parent, recorded(scenario, 'another'));
    expect(c.ok && c.value.split).toBe(0);
    expect(c.ok && c.value.rows[0]!.turn).toBe(0);
  });

  it('of a timeline with itself never splits', () => {
    const c = compareTimelines(scenario, parent, parent);
    expect(c.ok && c.value.split).toBe(parent.turns.length);
    expect(c.ok && c.value.rows.length).toBe(1);
  });

  it('refuses timelines of different scenarios, or one that does not reproduce', () => {
    const other = { ...parent, scenario: { ...parent.scenario, hash: '0000000000000000' } };
    expect(compareTimelines(scenario, parent, other).ok).toBe(false);
    const edited = structuredClone(child);
    edited.turns[20]!.hash = '0000000000000000';
    const r = compareTimelines(scenario, parent, edited);
    expect(!r.ok && r.error.message).toMatch(/^The second timeline: Turn 21/);
  });
});
