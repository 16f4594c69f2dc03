import { describe, expect, it } from 'vitest';
import { playMatch } from '../../src/match/match.ts';
import { random } from '../../src/players/random.ts';
import {
  compactReplay,
  type Replay,
  ReplaySchema,
  readReplay,
  recordTurn,
  replayFromMatch,
  replayHash,
  scenarioHash,
  serializeReplay,
  startReplay,
  verifyReplay,
} from '../../src/replay/index.ts';
import { hashState, NO_ORDERS, newGame, RULES_VERSION, resolveTurn } from '../../src/sim/index.ts';
import { SHIPPED_IDS } from '../support/scenarios.ts';
import { recorded, scenarios, slowTug } from './support.ts';

describe.each(SHIPPED_IDS)('recording %s', (id) => {
  const scenario = scenarios.get(id)!;

  it('records what the format asks for', () => {
    const replay = recorded(scenario);
    const match = playMatch(scenario, 'test', { holder: random, challenger: random });
    expect(replay.scenario).toEqual({ id, hash: scenarioHash(scenario) });
    expect(replay.seed).toBe('test');
    expect(replay.rules).toBe(RULES_VERSION);
    expect(replay.version).toBe(1);
    expect(replay.start).toBe(hashState(newGame(scenario, 'test')));
    expect(replay.length).toBe(match.orders.length);
    expect(replay.turns.map((t) => t.orders)).toEqual(match.orders);
    expect(replay.turns.at(-1)!.hash).toBe(hashState(match.state));
    expect(ReplaySchema.safeParse(replay).success).toBe(true);
  });

  it('records turn by turn exactly what it records at once', () => {
    let state = newGame(scenario, 'test');
    let live = startReplay(scenario, 'test', {
      meta: { players: { holder: 'random', challenger: 'random' } },
    });
    while (!state.ending) {
      const orders = {
        holder: random.decide({ scenario, state, side: 'holder' }),
        challenger: random.decide({ scenario, state, side: 'challenger' }),
      };
      const r = resolveTurn(scenario, state, orders);
      if (!r.ok) throw new Error(r.error.message);
      state = r.value.state;
      live = recordTurn(live, orders, state);
      // A game in progress can be saved at any time, and what is saved verifies.
      if (live.length % 10 === 3) expect(verifyReplay(live, scenario).ok).toBe(true);
    }
    expect(live).toEqual(recorded(scenario));
  });

  it('reads back what it writes, as a file and in compact form', () => {
    const replay = recorded(scenario);
    for (const text of [serializeReplay(replay), compactReplay(replay)]) {
      const read = readReplay(text);
      expect(read.ok && read.value.replay).toEqual(replay);
    }
  });
});

describe('recording', () => {
  const scenario = slowTug();

  it('writes one turn per line, header first', () => {
    const lines = serializeReplay(recorded(scenario)).split('\n');
    expect(lines[1]).toBe('  "format": "slow-tug-of-war/replay",');
    expect(lines.filter((l) => l.startsWith('    {"turn":')).length).toBe(recorded(scenario).turns.length);
  });

  it('refuses to record a turn out of order: that is a bug in the caller', () => {
    const replay = startReplay(scenario, 's');
    const r = resolveTurn(scenario, newGame(scenario, 's'), NO_ORDERS);
    if (!r.ok) throw new Error(r.error.message);
    const once = recordTurn(replay, NO_ORDERS, r.value.state);
    expect(() => recordTurn(once, NO_ORDERS, r.value.state)).toThrow(/turn 2/);
  });

  it('keeps the recorded orders apart from the caller’s', () => {
    const orders = { holder: [{ type: 'setAllies' as const, level: 1 }], challenger: [] };
    const r = resolveTurn(scenario, newGame(scenario, 's'), orders);
    if (!r.ok) throw new Error(r.error.message);
    const replay = recordTurn(startReplay(scenario, 's'), orders, r.value.state);
    orders.holder[0]!.level = 2;
    expect(replay.turns[0]!.orders.holder[0]).toEqual({ type: 'setAllies', level: 1 });
  });

  it('hashes a replay without its meta, and a scenario without its $schema', () => {
    const replay = recorded(scenario);
    const renamed: Replay = { ...replay, meta: { players: { holder: 'Ada', challenger: 'Bo' } } };
    expect(replayHash(renamed)).toBe(replayHash(replay));
    expect(replayHash({ ...replay, seed: 'other' })).not.toBe(replayHash(replay));
    expect(scenarioHash({ ...scenario, $schema: 'elsewhere.json' })).toBe(scenarioHash(scenario));
    expect(scenarioHash({ ...scenario, turns: scenario.turns + 1 })).not.toBe(scenarioHash(scenario));
  });

  it('builds a replay from a match with turns cut short, and it verifies as unfinished', () => {
    const match = playMatch(scenario, 'short', { holder: random, challenger: random }, { turns: 7 });
    const replay = replayFromMatch(scenario, 'short', match);
    const v = verifyReplay(replay, scenario);
    expect(v.ok && v.value).toMatchObject({ turns: 7, finished: false });
  });
});
