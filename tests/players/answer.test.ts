// Nothing binds a side without its yes, so every computer player answers a proposal put to it: as the
// rules' fair rate foretold (fairAnswer), and the easy AI even on a turn it forgets to act.
import { describe, expect, it } from 'vitest';
import { parsePlayer } from '../../src/players/index.ts';
import { type Action, fairAnswer, type GameState, newGame, resolveTurn } from '../../src/sim/index.ts';
import { shipped } from '../support/scenarios.ts';

const scenario = shipped('chokehold');

/** The turn after the first round, with the holder's proposal `asks` on the table for the challenger. */
function proposed(seed: string): GameState {
  let s = newGame(scenario, seed);
  const next = (orders: { holder: Action[]; challenger: Action[] }) => {
    const r = resolveTurn(scenario, s, orders);
    if (!r.ok) throw new Error(r.error.message);
    s = r.value.state;
  };
  while (!s.talks.open) next({ holder: [], challenger: [] });
  const tech = scenario.technologies[0]!.id;
  next({
    holder: [{ type: 'offer', gives: [{ kind: 'pause' }], asks: [{ kind: 'purchase', tech }] }],
    challenger: [],
  });
  return s;
}

describe('a computer player put a proposal', () => {
  it('answers it as the fair rate foretold, every level and doctrine, on every seed', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const s = proposed(seed);
      const fair = fairAnswer(s, 'challenger');
      expect(fair).not.toBeNull();
      for (const name of ['ai:easy', 'ai:normal', 'fixed:domestic-only', 'fixed:exporter']) {
        const orders = parsePlayer(name)!.decide({ scenario, state: s, side: 'challenger' });
        expect(
          orders.filter((a) => a.type === 'answer'),
          `${name} on seed ${seed}`,
        ).toEqual([{ type: 'answer', accept: fair }]);
      }
    }
  });
});
