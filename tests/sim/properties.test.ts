// Properties over random seeds and random legal play: budgets never go negative, every number stays
// in its range and finite, an illegal action never changes the state, and the same inputs always
// give the same hash. Candidate actions come from fast-check; those checkOrders refuses are kept aside
// to test that refusing them changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema.ts';
import {
  type Action,
  CONTROL_LEVELS,
  checkOrders,
  type GameState,
  hashState,
  newGame,
  type Orders,
  resolveTurn,
  type Side,
  type TalkItem,
} from '../../src/sim/index.ts';
import { shipped } from '../support/scenarios.ts';
import { draftEvent, tinyScenario } from '../support/tinyScenario.ts';

/** Candidate actions for a side: mostly well-formed, some out of range, some naming what does not exist. */
function candidates(scenario: Scenario, side: Side): fc.Arbitrary<Action> {
  const realTech = fc.constantFrom(...scenario.technologies.map((t) => t.id));
  const tech = fc.oneof(
    { arbitrary: realTech, weight: 6 },
    { arbitrary: fc.constant('no-such-tech'), weight: 1 },
  );
  const level = fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 6 },
    fc.constantFrom(-1, 4, 1.5),
  );
  const realChampion = fc.constantFrom(...scenario.champions.map((c) => c.id));
  const champion = fc.oneof(
    { arbitrary: realChampion, weight: 4 },
    { arbitrary: fc.constant('no-such-firm'), weight: 1 },
  );
  const options = scenario.events.flatMap(
    (e) => e.choice?.options.map((o) => ({ event: e.id, option: o.id })) ?? [],
  );
  const choose = options.length
    ? fc.constantFrom(...options).map((o): Action => ({ type: 'choose', ...o }))
    : fc.constant<Action>({ type: 'choose', event: 'none', option: 'none' });
  const item = (kinds: fc.WeightedArbitrary<TalkItem>[]) =>
    fc
      .array(fc.oneof(...kinds), { minLength: 1, maxLength: 2 })
      .map((gives): Action => ({ type: 'offer', gives }));
  if (side === 'challenger') {
    return fc.oneof(
      fc.record({ type: fc.constant('setResearch' as const), tech, level }),
      fc.record({ type: fc.constant('setProcurement' as const), tech, level }),
      fc.record({ type: fc.constant('setExportDrive' as const), tech, level }),
      fc.record({ type: fc.constant('setEcosystem' as const), tech, level }),
      fc.record({ type: fc.constant('buildLine' as const), tech, lines: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ type: fc.constant('stockpile' as const), tech, quarters: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ type: fc.constant('setMarketAccess' as const), level: fc.integer({ min: -1, max: 3 }) }),
      fc.record({ type: fc.constant('setControl' as const), tech, level: fc.constant('ban' as const) }), // wrong side
      // Offers and choices are legal only now and then, so they are drawn more often.
      {
        arbitrary: item([
          { arbitrary: realTech.map((t): TalkItem => ({ kind: 'purchase', tech: t })), weight: 3 },
          { arbitrary: fc.constant<TalkItem>({ kind: 'openMarket' }), weight: 1 },
        ]),
        weight: 4,
      },
      { arbitrary: item([{ arbitrary: fc.constant<TalkItem>({ kind: 'pause' }), weight: 1 }]), weight: 1 }, // the holder's to give
      { arbitrary: choose, weight: 3 },
    );
  }
  return fc.oneof(
    fc.record({ type: fc.constant('setResearch' as const), tech, level }),
    fc.record({
      type: fc.constant('setControl' as const),
      tech,
      level: fc.constantFrom(...CONTROL_LEVELS, 'total' as never),
    }),
    fc.record({ type: fc.constant('setEntityList' as const), champion, listed: fc.boolean() }),
    fc.record({ type: fc.constant('setAllies' as const), level }),
    fc.record({ type: fc.constant('setSupport' as const), level }),
    fc.record({ type: fc.constant('buildLine' as const), tech, lines: fc.constant(1) }), // wrong side
    {
      arbitrary: item([
        { arbitrary: realTech.map((t): TalkItem => ({ kind: 'loosen', tech: t })), weight: 1 },
        { arbitrary: realChampion.map((c): TalkItem => ({ kind: 'delist', champion: c })), weight: 1 },
        { arbitrary: fc.constant<TalkItem>({ kind: 'pause' }), weight: 3 },
      ]),
      weight: 4,
    },
    {
      arbitrary: item([{ arbitrary: tech.map((t): TalkItem => ({ kind: 'purchase', tech: t })), weight: 1 }]),
      weight: 1,
    }, // not the holder's
    { arbitrary: choose, weight: 3 },
  );
}

function games(scenario: Scenario, maxTurns: number) {
  const turn = fc.record({
    holder: fc.array(candidates(scenario, 'holder'), { maxLength: 5 }),
    challenger: fc.array(candidates(scenario, 'challenger'), { maxLength: 5 }),
  });
  return fc.record({
    seed: fc.string({ maxLength: 12 }),
    turns: fc.array(turn, { minLength: 1, maxLength: maxTurns }),
  });
}

/** Keeps the candidates the rules accept, in order; returns the first one they refuse too. */
function legalise(scenario: Scenario, state: GameState, side: Side, wanted: Action[]) {
  const kept: Action[] = [];
  let refused: Action | null = null;
  for (const a of wanted) {
    if (checkOrders(scenario, state, side, [...kept, a]).ok) kept.push(a);
    else refused ??= a;
  }
  return { kept, refused };
}

/** Every number in the state, with its path, must be finite. */
function expectFinite(value: unknown, path = 'state'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) expectFinite(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) expectFinite(v, `${path}.${k}`);
}

function expectWithin(x: number, lo: number, hi: number, what: string, eps = 1e-6) {
  if (!(x >= lo - eps && x <= hi + eps)) throw new Error(`${what} = ${x}, outside [${lo}, ${hi}]`);
}

const isLevel = (x: unknown, max = 3) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= max;

function expectInvariants(scenario: Scenario, s: GameState): void {
  expectFinite(s);
  for (const side of ['holder', 'challenger'] as const) {
    expectWithin(s[side].money, 0, Number.MAX_VALUE, `${side}.money`, 0);
    expectWithin(s[side].capital, 0, scenario[side].capital.max, `${side}.capital`, 0);
    expectWithin(s[side].funding, 0, 1, `${side}.funding`);
  }
  expectWithin(s.tension, 0, 100, 'tension');
  expectWithin(s.challenger.resolve, 0, 100, 'resolve');
  expectWithin(s.challenger.industryIndex, 0, 1, 'industryIndex');
  expect(s.challenger.crisisTurns).toBeGreaterThanOrEqual(0);
  expect(s.holder.health).toBeGreaterThanOrEqual(0);
  const hp = s.holder.policy;
  const cp = s.challenger.policy;
  expect(isLevel(hp.allies) && isLevel(hp.support) && isLevel(cp.marketAccess, 2)).toBe(true);
  for (const dial of [hp.research, cp.research, cp.procurement, cp.exportDrive, cp.ecosystem])
    for (const [id, v] of Object.entries(dial)) {
      expect(scenario.technologies.some((t) => t.id === id)).toBe(true);
      expect(isLevel(v)).toBe(true);
    }
  for (const [id, v] of Object.entries(hp.control)) {
    expect(scenario.technologies.some((t) => t.id === id)).toBe(true);
    expect(CONTROL_LEVELS).toContain(v);
  }
  expect(new Set(hp.entityList).size).toBe(hp.entityList.length);
  for (const c of hp.entityList) expect(scenario.champions.some((x) => x.id === c)).toBe(true);
  for (const t of s.techs) {
    const at = (what: string) => `${t.id}.${what}`;
    for (const [who, cap] of [
      ['challenger', t.challenger.capability],
      ['holder', t.holder.capability],
      ['others', t.others.capability],
    ] as const)
      expectWithin(cap, 0, 100, at(`${who}.capability`));
    for (const [who, chain] of [
      ['challenger', t.challenger.chain],
      ['holder', t.holder.chain],
      ['others', t.others.chain],
    ] as const)
      expectWithin(chain, 0, 100, at(`${who}.chain`));
    for (const market of ['domestic', 'foreign'] as const)
      for (const x of ['holder', 'challenger', 'others'] as const)
        expectWithin(t[market][x], 0, 1, at(`${market}.${x}`));
    // Each share is rounded to 1e-6 at the end of a turn, so a total may be off by up to 1.5e-6.
    const rounding = 2e-6;
    expectWithin(
      t.domestic.holder + t.domestic.challenger + t.domestic.others,
      0,
      1,
      at('domestic total'),
      rounding,
    );
    expectWithin(
      t.foreign.holder + t.foreign.challenger + t.foreign.others,
      1,
      1,
      at('foreign total'),
      rounding,
    );
    expectWithin(t.shortage, 0, 1, at('shortage'));
    expectWithin(t.fulfilment, 0, 1, at('fulfilment'));
    expectWithin(t.rope, -100, 100, at('rope'), 0);
    expectWithin(t.ropeTarget, -100, 100, at('ropeTarget'), 0);
    expectWithin(t.challenger.momentum, 0, 12, at('momentum'), 0);
    expect(t.challenger.capacity).toBeGreaterThanOrEqual(0);
    expect(t.challenger.stockpile).toBeGreaterThanOrEqual(0);
    expect(t.challenger.qualifying).toBeGreaterThanOrEqual(0);
    expect(t.challenger.unitCost).toBeGreaterThan(0);
    expect(t.others.capacity).toBeGreaterThanOrEqual(0);
    for (const line of t.challenger.pipeline) expect(line.units).toBeGreaterThan(0);
  }
  if (s.ending) {
    for (const side of ['holder', 'challenger'] as const)
      expectWithin(s.ending.score[side], 0, 100, `score.${side}`, 0);
  }
}

/** Plays a generated game; checks every state, and that refusing an illegal action changes nothing. */
function play(scenario: Scenario, seed: string, turns: Orders[]) {
  let state = newGame(scenario, seed);
  expectInvariants(scenario, state);
  const played: Orders[] = [];
  for (const wanted of turns) {
    if (state.ending) break;
    const holder = legalise(scenario, state, 'holder', wanted.holder);
    const challenger = legalise(scenario, state, 'challenger', wanted.challenger);
    const kept = { holder: holder.kept, challenger: challenger.kept };
    for (const [side, refused] of [
      ['holder', holder.refused],
      ['challenger', challenger.refused],
    ] as const) {
      if (!refused) continue;
      // Refused after some of the kept actions; it may fit after all of them (one may have cut upkeep).
      const withIllegal = [...kept[side], refused];
      const check = checkOrders(scenario, state, side, withIllegal);
      if (check.ok) continue;
      const before = structuredClone(state);
      const hash = hashState(state);
      const r = resolveTurn(scenario, state, { ...kept, [side]: withIllegal });
      expect(r.ok ? null : [r.error.side, r.error.code]).toEqual([side, check.error.code]);
      expect(state).toEqual(before);
      expect(hashState(state)).toBe(hash);
    }
    const r = resolveTurn(scenario, state, kept);
    if (!r.ok) throw new Error(`legal orders refused: ${r.error.code} ${r.error.message}`);
    played.push(kept);
    state = r.value.state;
    expectInvariants(scenario, state);
  }
  return { state, played };
}

function replay(scenario: Scenario, seed: string, orders: Orders[]): GameState {
  let state = newGame(scenario, seed);
  for (const o of orders) {
    const r = resolveTurn(scenario, state, o);
    if (!r.ok) throw new Error(r.error.message);
    state = JSON.parse(JSON.stringify(r.value.state));
  }
  return state;
}

// Events, choices and talks come up often, so that random play reaches them.
const tiny = tinyScenario((d) => {
  d.eventChance = 0.6;
  draftEvent(d, 'lobby').when = [];
  d.negotiation.every = 1;
  d.negotiation.first = 1;
});

describe.each([
  ['tiny', tiny, 40, 12],
  ['slow-tug', shipped('slow-tug'), 8, 14],
] as const)('random legal play in %s', (_, scenario, numRuns, maxTurns) => {
  it('keeps budgets non-negative, every number finite and in range; refusing changes nothing; replays match', () => {
    fc.assert(
      fc.property(games(scenario, maxTurns), ({ seed, turns }) => {
        const { state, played } = play(scenario, seed, turns);
        const again = replay(scenario, seed, played);
        expect(hashState(again)).toBe(hashState(state));
        expect(again).toEqual(state);
      }),
      { numRuns, seed: 20_261_123 },
    );
  });
});

describe('random play to the end', () => {
  it('reaches an ending with scores in range from any seed', () => {
    fc.assert(
      fc.property(games(tiny, 12), ({ seed, turns }) => {
        // Twelve turns of orders, then nothing until the end.
        const padded = [
          ...turns,
          ...Array.from({ length: tiny.turns }, () => ({ holder: [], challenger: [] })),
        ];
        const { state } = play(tiny, seed, padded);
        expect(state.ending).not.toBeNull();
      }),
      { numRuns: 10, seed: 7 },
    );
  });
});
