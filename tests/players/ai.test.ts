import { describe, expect, it } from 'vitest';
import { playMatch } from '../../src/match/match.ts';
import { parseAiName } from '../../src/players/ai/aiName.ts';
import { family, signature } from '../../src/players/ai/personalities.ts';
import { stanceOrders } from '../../src/players/ai/stance.ts';
import { PLAYER_NAMES, parsePlayer, parseStyle } from '../../src/players/index.ts';
import { random } from '../../src/players/random.ts';
import { checkOrders, hashState } from '../../src/sim/index.ts';
import { SHIPPED_IDS, shipped } from '../support/scenarios.ts';

describe('the hard AI', () => {
  const scenario = shipped('slow-tug');

  it('decides the same way twice, legally, and leaves the state it is given alone', () => {
    const { state } = playMatch(scenario, 'det', { holder: random, challenger: random }, { turns: 3 });
    const before = hashState(state);
    const a = parsePlayer('ai:hard')!.decide({ scenario, state, side: 'challenger' });
    const b = parsePlayer('ai:hard')!.decide({ scenario, state: structuredClone(state), side: 'challenger' });
    expect(a).toEqual(b);
    expect(checkOrders(scenario, state, 'challenger', a).ok).toBe(true);
    const h = parsePlayer('ai:hard')!.decide({ scenario, state, side: 'holder' });
    expect(checkOrders(scenario, state, 'holder', h).ok).toBe(true);
    expect(hashState(state)).toBe(before);
  });
});

describe('AI names', () => {
  it('parses levels and personalities, and knows which side a personality plays', () => {
    expect(parseAiName('ai:hard')).toEqual({ level: 'hard', personality: null, side: null });
    expect(parseAiName('ai:easy:hawk')).toEqual({ level: 'easy', personality: 'hawk', side: 'holder' });
    expect(parseAiName('ai:normal:rd-first')).toEqual({
      level: 'normal',
      personality: 'rd-first',
      side: 'challenger',
    });
  });

  it('refuses anything else', () => {
    for (const bad of ['ai', 'ai:', 'ai:expert', 'ai:hard:owl', 'ai:hard:hawk:x', 'AI:hard', 'ai:hard:'])
      expect(parseAiName(bad), bad).toBeNull();
    expect(parsePlayer('ai:hard:owl')).toBeNull();
  });

  it('lists every AI name among the players', () => {
    expect(PLAYER_NAMES).toContain('ai:normal');
    expect(PLAYER_NAMES).toContain('ai:hard:market-first');
    for (const name of PLAYER_NAMES) expect(parsePlayer(name), name).not.toBeNull();
  });

  it('will not play a personality on the wrong side', () => {
    const scenario = shipped('slow-tug');
    const hawk = parsePlayer('ai:easy:hawk')!;
    expect(hawk.side).toBe('holder');
    const { state } = playMatch(scenario, 's', { holder: random, challenger: random }, { turns: 1 });
    expect(() => hawk.decide({ scenario, state, side: 'challenger' })).toThrow(/plays the holder/);
  });
});

describe.each(SHIPPED_IDS)('AI players in %s', (id) => {
  const scenario = shipped(id);

  it('give legal orders on both sides, turn after turn (easy and normal, every personality)', () => {
    for (const [holder, challenger] of [
      ['ai:easy', 'ai:normal'],
      ['ai:normal', 'ai:easy'],
      ['ai:easy:hawk', 'ai:easy:market-first'],
      ['ai:easy:dove', 'ai:easy:rd-first'],
    ] as const) {
      // playMatch throws on an illegal order.
      const m = playMatch(
        scenario,
        `legal-${holder}`,
        { holder: parsePlayer(holder)!, challenger: parsePlayer(challenger)! },
        { turns: 6 },
      );
      expect(m.orders.length).toBeGreaterThan(0);
    }
  });

  it('every stance of every personality writes legal orders from mid-game states', () => {
    for (const seed of ['m1', 'm2']) {
      const { state } = playMatch(scenario, seed, { holder: random, challenger: random }, { turns: 9 });
      if (state.ending) continue;
      for (const p of ['hawk', 'dove', 'pragmatist', 'rd-first', 'market-first', 'balanced'] as const) {
        const side = parseAiName(`ai:easy:${p}`)!.side!;
        for (const stance of [signature(p), ...family(p)]) {
          const orders = stanceOrders(scenario, state, side, stance);
          expect(checkOrders(scenario, state, side, orders).ok, `${p} ${JSON.stringify(stance)}`).toBe(true);
        }
      }
    }
  });

  it('replays a game against the AI exactly', () => {
    const players = { holder: parsePlayer('ai:normal')!, challenger: parsePlayer('ai:easy')! };
    const a = playMatch(scenario, 'replay', players, { turns: 5 });
    const b = playMatch(scenario, 'replay', players, { turns: 5 });
    expect(hashState(a.state)).toBe(hashState(b.state));
    expect(a.orders).toEqual(b.orders);
  });

  it('stands in for a style with a fast player of the same side', () => {
    const style = parseStyle('ai:hard:hawk')!;
    expect(style.side).toBe('holder');
    expect(style.name).toContain('style');
    expect(parseStyle('random')).toBe(random);
  });
});
