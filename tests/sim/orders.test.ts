// Orders: every rule violation is a typed error naming the side and the action, and an illegal order
// leaves the state exactly as it was. Tutorials lock actions until their step.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema.ts';
import {
  ACTION_TYPES,
  checkOrders,
  ERROR_CODES,
  type ErrorCode,
  type GameState,
  hashState,
  resolveTurn,
  type Side,
  unlockedActions,
} from '../../src/sim/index.ts';
import { tinyScenario } from '../support/tinyScenario.ts';
import { start, step, tech } from '../support/turns.ts';

const scenario = tinyScenario();
const tutorial = tinyScenario((d) => {
  const text = { zh: '测试:教程', en: 'A tutorial step' };
  d.tutorial = [
    { turn: 1, unlocks: ['setResearch', 'setControl'], text },
    { turn: 3, unlocks: ['buildLine'], text },
  ];
});

/** Freezes a state all the way down, so that any write to it throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const openTalks = (s: GameState) => {
  s.talks = { open: true, reason: 'scheduled' };
};

interface Case {
  code: ErrorCode;
  why: string;
  side: Side;
  action: unknown;
  edit?: (s: GameState) => void;
  scenario?: Scenario;
}

const cases: Case[] = [
  {
    code: 'ERR_WRONG_SIDE',
    why: 'the holder cannot build lines',
    side: 'holder',
    action: { type: 'buildLine', tech: 'alpha', lines: 1 },
  },
  {
    code: 'ERR_WRONG_SIDE',
    why: 'the challenger cannot set controls',
    side: 'challenger',
    action: { type: 'setControl', tech: 'alpha', level: 'ban' },
  },
  { code: 'ERR_UNKNOWN_ACTION', why: 'no such action', side: 'challenger', action: { type: 'fly' } },
  { code: 'ERR_UNKNOWN_ACTION', why: 'not an object', side: 'holder', action: 42 },
  { code: 'ERR_UNKNOWN_ACTION', why: 'a list', side: 'holder', action: [] },
  { code: 'ERR_UNKNOWN_ACTION', why: 'an inherited name', side: 'holder', action: { type: 'toString' } },
  {
    code: 'ERR_UNKNOWN_TECH',
    why: 'no such technology',
    side: 'challenger',
    action: { type: 'setResearch', tech: 'delta', level: 1 },
  },
  {
    code: 'ERR_UNKNOWN_TECH',
    why: 'an inherited name',
    side: 'holder',
    action: { type: 'setControl', tech: '__proto__', level: 'ban' },
  },
  {
    code: 'ERR_UNKNOWN_CHAMPION',
    why: 'no such champion',
    side: 'holder',
    action: { type: 'setEntityList', champion: 'nobody', listed: true },
  },
  {
    code: 'ERR_UNKNOWN_EVENT',
    why: 'no decision pending',
    side: 'holder',
    action: { type: 'choose', event: 'lobby', option: 'hold' },
  },
  {
    code: 'ERR_BAD_VALUE',
    why: 'level above 3',
    side: 'challenger',
    action: { type: 'setResearch', tech: 'alpha', level: 4 },
  },
  {
    code: 'ERR_BAD_VALUE',
    why: 'a fractional level',
    side: 'holder',
    action: { type: 'setSupport', level: 1.5 },
  },
  {
    code: 'ERR_BAD_VALUE',
    why: 'a level as text',
    side: 'holder',
    action: { type: 'setAllies', level: '2' },
  },
  {
    code: 'ERR_BAD_VALUE',
    why: 'no lines',
    side: 'challenger',
    action: { type: 'buildLine', tech: 'alpha', lines: 0 },
  },
  {
    code: 'ERR_BAD_VALUE',
    why: 'too many quarters',
    side: 'challenger',
    action: { type: 'stockpile', tech: 'alpha', quarters: 5 },
  },
  {
    code: 'ERR_BAD_VALUE',
    why: 'no such control level',
    side: 'holder',
    action: { type: 'setControl', tech: 'alpha', level: 'total' },
  },
  {
    code: 'ERR_BAD_VALUE',
    why: 'listed is not a boolean',
    side: 'holder',
    action: { type: 'setEntityList', champion: 'rail-champ', listed: 'yes' },
  },
  {
    code: 'ERR_BAD_VALUE',
    why: 'market access above 2',
    side: 'challenger',
    action: { type: 'setMarketAccess', level: 3 },
  },
  {
    code: 'ERR_BAD_VALUE',
    why: 'an empty offer',
    side: 'holder',
    action: { type: 'offer', gives: [] },
    edit: openTalks,
  },
  {
    code: 'ERR_BAD_VALUE',
    why: "an offer of the other side's item",
    side: 'holder',
    action: { type: 'offer', gives: [{ kind: 'openMarket' }] },
    edit: openTalks,
  },
  {
    code: 'ERR_BAD_VALUE',
    why: 'loosening what is not controlled',
    side: 'holder',
    action: { type: 'offer', gives: [{ kind: 'loosen', tech: 'alpha' }] },
    edit: openTalks,
  },
  {
    code: 'ERR_BAD_VALUE',
    why: 'an option the event does not have',
    side: 'holder',
    action: { type: 'choose', event: 'lobby', option: 'surrender' },
    edit: (s) => {
      s.pending.push({ event: 'lobby', side: 'holder', options: ['hold', 'ease'] });
    },
  },
  {
    code: 'ERR_OVER_BUDGET',
    why: 'lines the treasury cannot pay for',
    side: 'challenger',
    action: { type: 'buildLine', tech: 'beta', lines: 4 },
    edit: (s) => {
      s.challenger.money = 20;
    },
  },
  {
    code: 'ERR_OVER_BUDGET',
    why: 'upkeep above the treasury',
    side: 'holder',
    action: { type: 'setSupport', level: 3 },
    edit: (s) => {
      s.holder.money = 5;
    },
  },
  {
    code: 'ERR_NO_CAPITAL',
    why: 'a ban with two points of capital',
    side: 'holder',
    action: { type: 'setControl', tech: 'alpha', level: 'ban' },
    edit: (s) => {
      s.holder.capital = 2;
    },
  },
  {
    code: 'ERR_NO_CAPITAL',
    why: 'allies beyond the capital left',
    side: 'holder',
    action: { type: 'setAllies', level: 3 },
    edit: (s) => {
      s.holder.capital = 1;
    },
  },
  {
    code: 'ERR_NOTHING_TO_ANSWER',
    why: 'an answer when no proposal awaits one',
    side: 'holder',
    action: { type: 'answer', accept: true },
  },
  {
    code: 'ERR_NO_TALKS',
    why: 'an offer with no talks',
    side: 'challenger',
    action: { type: 'offer', gives: [{ kind: 'purchase', tech: 'alpha' }] },
  },
  {
    code: 'ERR_BOUND_BY_DEAL',
    why: 'tightening during a pause',
    side: 'holder',
    action: { type: 'setControl', tech: 'gamma', level: 'license' },
    edit: (s) => {
      s.deals.push({
        holderGives: [{ kind: 'pause' }],
        challengerGives: [{ kind: 'purchase', tech: 'alpha' }],
        from: 1,
        until: 2,
      });
    },
  },
  {
    code: 'ERR_NOT_AVAILABLE',
    why: 'a stockpile with the store full',
    side: 'challenger',
    action: { type: 'stockpile', tech: 'alpha', quarters: 1 },
    edit: (s) => {
      tech(s, 'alpha').challenger.stockpile = 400;
    },
  },
  {
    code: 'ERR_NOT_AVAILABLE',
    why: 'a stockpile with imports cut off',
    side: 'challenger',
    action: { type: 'stockpile', tech: 'alpha', quarters: 1 },
    edit: (s) => {
      s.holder.policy.control.alpha = 'ban';
      tech(s, 'alpha').others.capacity = 0;
    },
  },
  {
    code: 'ERR_CONTROLLED',
    why: 'a licence for a banned technology',
    side: 'holder',
    action: { type: 'setLicense', tech: 'alpha', licensed: true },
    edit: (s) => {
      s.holder.policy.control.alpha = 'ban';
    },
  },
  {
    code: 'ERR_LOCKED',
    why: 'a move the tutorial has not unlocked',
    side: 'challenger',
    action: { type: 'buildLine', tech: 'alpha', lines: 1 },
    scenario: tutorial,
  },
  {
    code: 'ERR_GAME_OVER',
    why: 'orders after the end',
    side: 'holder',
    action: { type: 'setSupport', level: 1 },
    edit: (s) => {
      s.ending = endedState().ending;
    },
  },
];

/** A finished game's state, for the game-over case. */
function endedState(): GameState {
  let s = start(scenario, 'over', (x) => {
    x.turn = scenario.turns;
  });
  s = step(scenario, s).state;
  if (!s.ending) throw new Error('expected the game to end');
  return s;
}

describe('illegal orders', () => {
  it.each(cases)('$code: $why', (c) => {
    const sc = c.scenario ?? scenario;
    const state = deepFreeze(start(sc, 'orders', c.edit));
    const snapshot = structuredClone(state);
    const hash = hashState(state);
    // A legal action first, so the error must name the second.
    const legal =
      c.side === 'holder'
        ? { type: 'setResearch', tech: 'alpha', level: 1 }
        : { type: 'setResearch', tech: 'gamma', level: 1 };
    const actions = c.code === 'ERR_GAME_OVER' ? [c.action] : [legal, c.action];
    const orders = { holder: [], challenger: [], [c.side]: actions } as never;
    const r = resolveTurn(sc, state, orders);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(c.code);
    expect(r.error.message.length).toBeGreaterThan(5);
    if (c.code !== 'ERR_GAME_OVER') {
      expect(r.error.side).toBe(c.side);
      expect(r.error.action).toBe(1);
    }
    expect(state).toEqual(snapshot);
    expect(hashState(state)).toBe(hash);
    const checked = checkOrders(sc, state, c.side, actions);
    expect(checked.ok ? null : checked.error.code).toBe(c.code);
  });

  it('cover every error code (ERR_DUPLICATE below)', () => {
    const covered = new Set<string>([...cases.map((c) => c.code), 'ERR_DUPLICATE']);
    expect([...covered].sort()).toEqual([...ERROR_CODES].sort());
  });

  it('ERR_DUPLICATE: the same setting twice, or two offers, in one turn', () => {
    const s = deepFreeze(start(scenario, 'dup', openTalks));
    const twice = [
      { type: 'setResearch', tech: 'alpha', level: 1 },
      { type: 'setResearch', tech: 'alpha', level: 2 },
    ];
    const r = resolveTurn(scenario, s, { holder: [], challenger: twice as never });
    expect(r.ok ? null : [r.error.code, r.error.side, r.error.action]).toEqual([
      'ERR_DUPLICATE',
      'challenger',
      1,
    ]);
    const offers = checkOrders(scenario, s, 'holder', [
      { type: 'offer', gives: [{ kind: 'pause' }] },
      { type: 'offer', gives: [{ kind: 'pause' }] },
    ]);
    expect(offers.ok ? null : offers.error.code).toBe('ERR_DUPLICATE');
    const sameItem = checkOrders(scenario, s, 'holder', [
      { type: 'offer', gives: [{ kind: 'pause' }, { kind: 'pause' }] },
    ]);
    expect(sameItem.ok ? null : sameItem.error.code).toBe('ERR_DUPLICATE');
  });

  it('refuse orders that are not a list', () => {
    const s = start(scenario);
    const r = checkOrders(scenario, s, 'holder', 'setControl' as never);
    expect(r.ok ? null : r.error.code).toBe('ERR_UNKNOWN_ACTION');
  });

  it('are judged on the whole order: what each action adds must fit what is left', () => {
    const s = start(scenario, 'budget', (x) => {
      x.challenger.money = 12;
    });
    const one = { type: 'buildLine', tech: 'alpha', lines: 2 } as const; // 10
    const two = { type: 'buildLine', tech: 'gamma', lines: 1 } as const; // 6
    expect(checkOrders(scenario, s, 'challenger', [one]).ok).toBe(true);
    expect(checkOrders(scenario, s, 'challenger', [two]).ok).toBe(true);
    const both = checkOrders(scenario, s, 'challenger', [one, two]);
    expect(both.ok ? null : [both.error.code, both.error.action]).toEqual(['ERR_OVER_BUDGET', 1]);
  });
});

describe('legal orders', () => {
  it('never change the state they were given', () => {
    const s = deepFreeze(start(scenario));
    const snapshot = structuredClone(s);
    const r = resolveTurn(scenario, s, {
      holder: [
        { type: 'setControl', tech: 'alpha', level: 'ban' },
        { type: 'setEntityList', champion: 'rail-champ', listed: true },
      ],
      challenger: [
        { type: 'buildLine', tech: 'alpha', lines: 1 },
        { type: 'setResearch', tech: 'alpha', level: 2 },
      ],
    });
    expect(r.ok).toBe(true);
    expect(s).toEqual(snapshot);
  });
});

describe('tutorial locks', () => {
  it('open actions step by step; a choice and an answer are always open', () => {
    expect([...unlockedActions(tutorial, 1)].sort()).toEqual([
      'answer',
      'choose',
      'setControl',
      'setResearch',
    ]);
    expect(unlockedActions(tutorial, 3).has('buildLine')).toBe(true);
    expect(unlockedActions(scenario, 1).size).toBe(ACTION_TYPES.length);
  });

  it('refuse a locked action until its step, then accept it', () => {
    const build = [{ type: 'buildLine', tech: 'alpha', lines: 1 }];
    let s = start(tutorial);
    const locked = checkOrders(tutorial, s, 'challenger', build);
    expect(locked.ok ? null : locked.error.code).toBe('ERR_LOCKED');
    expect(
      checkOrders(tutorial, s, 'challenger', [{ type: 'setResearch', tech: 'alpha', level: 1 }]).ok,
    ).toBe(true);
    s = step(tutorial, s).state;
    expect(checkOrders(tutorial, s, 'challenger', build).ok).toBe(false); // turn 2
    s = step(tutorial, s).state;
    expect(checkOrders(tutorial, s, 'challenger', build).ok).toBe(true); // turn 3
  });
});
