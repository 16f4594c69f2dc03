import { describe, expect, it } from 'vitest';
import { playMatch } from '../../src/match/match.ts';
import { random } from '../../src/players/random.ts';
import { hashState, resolveTurn } from '../../src/sim/index.ts';
import { SHIPPED_IDS, shipped } from '../support/scenarios.ts';

describe.each(SHIPPED_IDS)('determinism in %s', (id) => {
  const scenario = shipped(id);

  it('gives the same hash for the same seed and players', () => {
    const a = playMatch(scenario, 'same', { holder: random, challenger: random });
    const b = playMatch(scenario, 'same', { holder: random, challenger: random });
    expect(hashState(a.state)).toBe(hashState(b.state));
    expect(a.state).toEqual(b.state);
  });

  it('gives a different game for a different seed', () => {
    const a = playMatch(scenario, 'one', { holder: random, challenger: random });
    const b = playMatch(scenario, 'two', { holder: random, challenger: random });
    expect(hashState(a.state)).not.toBe(hashState(b.state));
  });

  it('plays on identically from a JSON round trip of the state mid-game', () => {
    const full = playMatch(scenario, 'trip', { holder: random, challenger: random });
    const half = playMatch(scenario, 'trip', { holder: random, challenger: random }, { turns: 7 });
    let state = JSON.parse(JSON.stringify(half.state));
    expect(state).toEqual(half.state);
    for (const orders of full.orders.slice(7)) {
      const r = resolveTurn(scenario, state, orders);
      if (!r.ok) throw new Error(r.error.message);
      state = JSON.parse(JSON.stringify(r.value.state));
    }
    expect(hashState(state)).toBe(hashState(full.state));
  });

  it('reaches the same states without the explanations, for looking ahead', () => {
    const full = playMatch(scenario, 'explain', { holder: random, challenger: random });
    let state = playMatch(scenario, 'explain', { holder: random, challenger: random }, { turns: 0 }).state;
    for (const orders of full.orders) {
      const r = resolveTurn(scenario, state, orders, { explain: false });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.report.ropes).toEqual([]);
      state = r.value.state;
    }
    expect(state).toEqual(full.state);
  });
});
