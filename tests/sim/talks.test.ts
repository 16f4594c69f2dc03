// Negotiation: leverage from the state sets the fair rate of exchange. A round's offers lie on the table
// for a turn: a proposal binds only when the side it is put to accepts it with its next orders; offers
// that only give are matched when fair enough to both. A deal changes policies as it is made and binds
// both sides until it expires.
import { describe, expect, it } from 'vitest';
import {
  checkOrders,
  fairAnswer,
  fairRatio,
  type GameState,
  itemValue,
  judgeProposal,
  leverage,
  type Orders,
  type TalkItem,
} from '../../src/sim/index.ts';
import { tinyScenario } from '../support/tinyScenario.ts';
import { booked, start, step, steps } from '../support/turns.ts';

const scenario = tinyScenario();

/** The holder bans alpha and lists the rail champion; the challenger has closed its market. Talks are open. */
const standoff = (s: GameState) => {
  s.holder.policy.control.alpha = 'ban';
  s.holder.policy.entityList = ['rail-champ'];
  s.challenger.policy.marketAccess = 2;
  s.tension = 40;
  s.talks = { open: true, reason: 'event' };
};

/** The same standoff with a challenger that makes most of what it needs at home, and well. */
const selfReliant = (s: GameState) => {
  standoff(s);
  for (const t of s.techs) {
    t.challenger.capability = 85;
    t.domestic = { holder: 0.2, challenger: 0.7, others: 0.1 };
  }
};

/**
 * A round: the offers on its turn, then the next turn with `answers` (none: nothing is accepted). Nothing
 * is settled on the round's own turn. Returns the second turn, and the state the answers were given in.
 */
const round = (s: GameState, offered: Partial<Orders>, answers: Partial<Orders> = {}) => {
  const first = step(scenario, s, offered);
  expect(first.report.talks).toBeNull();
  return { ...step(scenario, first.state, answers), table: first.state };
};
const accept = (side: 'holder' | 'challenger'): Partial<Orders> => ({
  [side]: [{ type: 'answer', accept: true }],
});

const offers = (holderGives: TalkItem[], challengerGives: TalkItem[]): Partial<Orders> => ({
  holder: holderGives.length ? [{ type: 'offer', gives: holderGives }] : [],
  challenger: challengerGives.length ? [{ type: 'offer', gives: challengerGives }] : [],
});

// A generous holder against a modest challenger: 9.8 of value for 4.6.
const bigConcession: TalkItem[] = [
  { kind: 'loosen', tech: 'alpha' },
  { kind: 'delist', champion: 'rail-champ' },
  { kind: 'pause' },
];
const twoPurchases: TalkItem[] = [
  { kind: 'purchase', tech: 'alpha' },
  { kind: 'purchase', tech: 'beta' },
];

describe('leverage', () => {
  it('is greater for a challenger that relies more on itself', () => {
    const weak = leverage(scenario, start(scenario, 't', standoff));
    const strong = leverage(scenario, start(scenario, 't', selfReliant));
    expect(strong.parts.selfReliance).toBeGreaterThan(weak.parts.selfReliance);
    expect(strong.challenger).toBeGreaterThan(weak.challenger);
    expect(strong.parts.chokepoints).toBeLessThan(weak.parts.chokepoints);
    expect(strong.holder).toBeLessThan(weak.holder);
    expect(strong.balance).toBeGreaterThan(0.5);
    expect(weak.balance).toBeLessThan(0.5);
  });

  it('grows with the challenger’s resolve and with the holder’s allies', () => {
    const base = leverage(scenario, start(scenario, 't', standoff));
    const resolved = leverage(
      scenario,
      start(scenario, 't', (s) => {
        standoff(s);
        s.challenger.resolve = 80;
      }),
    );
    const allied = leverage(
      scenario,
      start(scenario, 't', (s) => {
        standoff(s);
        s.holder.policy.allies = 3;
      }),
    );
    expect(resolved.challenger).toBeGreaterThan(base.challenger);
    expect(allied.holder).toBeGreaterThan(base.holder);
  });

  it('sets a fair ratio: even leverage trades value for value, and it is clamped at the extremes', () => {
    expect(fairRatio(0.5)).toBe(1);
    expect(fairRatio(0.25)).toBeCloseTo(3, 12);
    expect(fairRatio(0.75)).toBeCloseTo(1 / 3, 12);
    expect(fairRatio(0)).toBe(fairRatio(0.05));
    expect(fairRatio(1)).toBe(fairRatio(0.95));
  });
});

describe('outcomes', () => {
  it('needs both sides to offer something', () => {
    const r = round(start(scenario, 't', standoff), offers([{ kind: 'pause' }], [])).report;
    expect(r.talks!.outcome).toBe('no-offers');
    expect(r.talks!.deal).toBeNull();
  });

  it('makes the same offers a deal from a self-reliant challenger that the holder refuses from a dependent one', () => {
    const weak = round(start(scenario, 't', standoff), offers(bigConcession, twoPurchases)).report;
    const strong = round(start(scenario, 't', selfReliant), offers(bigConcession, twoPurchases)).report;
    expect(weak.talks!.outcome).toBe('holder-rejected');
    expect(strong.talks!.outcome).toBe('deal');
  });

  it('lets the challenger refuse to give far more than its leverage requires', () => {
    const r = round(
      start(scenario, 't', selfReliant),
      offers([{ kind: 'pause' }], [{ kind: 'purchase', tech: 'alpha' }, { kind: 'openMarket' }]),
    ).report;
    expect(r.talks!.outcome).toBe('challenger-rejected');
  });

  it('follows from leverage, the values on the table and the seeded tolerance', () => {
    const menu: [TalkItem[], TalkItem[]][] = [
      [[{ kind: 'pause' }], [{ kind: 'openMarket' }]],
      [[{ kind: 'pause' }], [{ kind: 'purchase', tech: 'alpha' }]],
      [bigConcession, twoPurchases],
      [[{ kind: 'loosen', tech: 'alpha' }], [{ kind: 'purchase', tech: 'gamma' }, { kind: 'openMarket' }]],
    ];
    const seen = new Set<string>();
    for (const edit of [standoff, selfReliant]) {
      for (const [h, c] of menu) {
        for (const seed of ['a', 'b', 'c']) {
          const r = round(start(scenario, seed, edit), offers(h, c));
          const s = r.table; // valued as the round settles
          const t = r.report.talks!;
          expect(t.round).toBe(1);
          expect(t.leverage).toEqual(leverage(scenario, s));
          const vH = h.reduce((a, i) => a + itemValue(scenario, s, i), 0);
          const vC = c.reduce((a, i) => a + itemValue(scenario, s, i), 0);
          expect(t.values).toEqual({ holder: vH, challenger: vC });
          expect(t.fairRatio).toBe(fairRatio(t.leverage.balance));
          expect(t.tolerance).toBeGreaterThanOrEqual(0.3);
          expect(t.tolerance).toBeLessThan(0.7);
          const ratio = vC / vH;
          const expected =
            ratio < t.fairRatio / (1 + t.tolerance)
              ? 'holder-rejected'
              : ratio > t.fairRatio * (1 + t.tolerance)
                ? 'challenger-rejected'
                : 'deal';
          expect(t.outcome).toBe(expected);
          seen.add(t.outcome);
        }
      }
    }
    expect([...seen].sort()).toEqual(['challenger-rejected', 'deal', 'holder-rejected']);
  });
});

describe('a proposal: what a side gives and what it asks', () => {
  const propose = (side: 'holder' | 'challenger', gives: TalkItem[], asks: TalkItem[]): Partial<Orders> => ({
    [side]: [{ type: 'offer', gives, asks }],
  });

  it('binds only with the yes of the side it is put to, given with its orders of the next turn', () => {
    const s = start(scenario, 'a', standoff);
    const greedy = propose('challenger', [{ kind: 'purchase', tech: 'alpha' }], bigConcession);
    // Unfair by the rules' reckoning, but the holder's to accept: a yes makes it the deal.
    const yes = round(s, greedy, accept('holder')).report.talks!;
    expect(yes.outcome).toBe('deal');
    expect(yes.proposer).toBe('challenger');
    expect(yes.deal).toMatchObject({
      holderGives: bigConcession,
      challengerGives: [{ kind: 'purchase', tech: 'alpha' }],
      from: 2,
    });
    // Fair or not, no answer and a no are refusals.
    const fair = propose('challenger', twoPurchases, [{ kind: 'pause' }]);
    expect(round(start(scenario, 'a', selfReliant), fair).report.talks!.outcome).toBe('holder-rejected');
    const no = { holder: [{ type: 'answer' as const, accept: false }] };
    expect(round(start(scenario, 'a', selfReliant), fair, no).report.talks!.outcome).toBe('holder-rejected');
  });

  it('is answered by the computer players as the verdict foretold: the fair rate at the round’s draw', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const s = start(scenario, seed, selfReliant);
      const p = { side: 'challenger' as const, gives: twoPurchases, asks: bigConcession };
      const v = judgeProposal(scenario, s, p);
      const table = step(scenario, s, propose('challenger', twoPurchases, bigConcession)).state;
      expect(fairAnswer(table, 'challenger')).toBeNull(); // its own proposal is not its to answer
      const answer = fairAnswer(table, 'holder')!;
      expect(answer).toBe(table.table!.tolerance >= v.fairRatio / v.ratio - 1);
      if (v.verdict === 'sure') expect(answer).toBe(true);
      if (v.verdict === 'refused') expect(answer).toBe(false);
    }
  });

  it('says before it is sent whether it would be accepted, with the numbers', () => {
    const s = start(scenario, 't', standoff);
    const modest = judgeProposal(scenario, s, {
      side: 'challenger',
      gives: [{ kind: 'openMarket' }, { kind: 'purchase', tech: 'alpha' }],
      asks: [{ kind: 'pause' }],
    });
    expect(modest.judge).toBe('holder');
    expect(modest.leverage).toEqual(leverage(scenario, s));
    expect(modest.fairRatio).toBe(fairRatio(modest.leverage.balance));
    expect(modest.values.holder).toBe(itemValue(scenario, s, { kind: 'pause' }));
    expect(modest.verdict).toBe('sure');
    expect(modest.chance).toBe(1);
    const greedy = judgeProposal(scenario, s, {
      side: 'challenger',
      gives: [{ kind: 'purchase', tech: 'alpha' }],
      asks: bigConcession,
    });
    expect(greedy.verdict).toBe('refused');
    expect(greedy.chance).toBe(0);
    const holderAsksMuch = judgeProposal(scenario, s, {
      side: 'holder',
      gives: [{ kind: 'pause' }],
      asks: [{ kind: 'openMarket' }, ...twoPurchases],
    });
    expect(holderAsksMuch.judge).toBe('challenger');
  });

  it('is refused, and remembered for a counter, when the receiver finds it unfair', () => {
    const s = start(scenario, 't', standoff);
    const { state, report } = round(
      s,
      propose('challenger', [{ kind: 'purchase', tech: 'alpha' }], bigConcession),
      { holder: [{ type: 'answer', accept: false }] },
    );
    expect(report.talks!.outcome).toBe('holder-rejected');
    expect(report.talks!.asks.challenger).toEqual(bigConcession);
    expect(state.refused).toMatchObject({ side: 'challenger', asks: bigConcession, turn: 1 });
  });

  it('may ask only for what the other side can give', () => {
    const s = start(scenario, 't', standoff);
    const r = checkOrders(scenario, s, 'challenger', [
      { type: 'offer', gives: [{ kind: 'openMarket' }], asks: [{ kind: 'purchase', tech: 'alpha' }] },
    ]);
    expect(r.ok ? null : r.error.code).toBe('ERR_BAD_VALUE');
  });
});

describe('a deal', () => {
  const dealt = () => round(start(scenario, 't', selfReliant), offers(bigConcession, twoPurchases));

  it('takes effect as it is made: a step of loosening, delisting, purchases, and calmer relations', () => {
    const { state, report } = dealt();
    expect(report.talks!.outcome).toBe('deal');
    expect(state.holder.policy.control.alpha).toBe('downgraded');
    expect(state.holder.policy.entityList).toEqual([]);
    expect(state.challenger.policy.procurement.alpha ?? 0).toBeLessThanOrEqual(1);
    expect(state.tension).toBe(40 - 2 - 15 - 2); // each turn cools by 2, and a deal calms by 15
    expect(state.deals).toEqual([
      { holderGives: bigConcession, challengerGives: twoPurchases, from: 2, until: 5 },
    ]);
    // The loosening shows on the rope as the negotiation's doing, not the control's.
    expect(booked(report, 'alpha', 'homeH', 'negotiation')).not.toBe(0);
    expect(booked(report, 'alpha', 'homeH', 'control')).toBe(0);
  });

  it('opens the market when the challenger gives that', () => {
    const { state, report } = round(
      start(scenario, 't', standoff),
      offers([{ kind: 'pause' }], [{ kind: 'openMarket' }]),
    );
    expect(report.talks!.outcome).toBe('deal');
    expect(state.challenger.policy.marketAccess).toBe(0);
    const again = checkOrders(scenario, state, 'challenger', [{ type: 'setMarketAccess', level: 1 }]);
    expect(again.ok ? null : again.error.code).toBe('ERR_BOUND_BY_DEAL');
  });

  it('binds both sides: no tightening, no relisting, no raised preference on purchased technologies', () => {
    const { state } = dealt();
    const refused = (side: 'holder' | 'challenger', action: unknown) => {
      const r = checkOrders(scenario, state, side, [action]);
      return r.ok ? 'accepted' : r.error.code;
    };
    expect(refused('holder', { type: 'setControl', tech: 'alpha', level: 'ban' })).toBe('ERR_BOUND_BY_DEAL');
    expect(refused('holder', { type: 'setControl', tech: 'gamma', level: 'license' })).toBe(
      'ERR_BOUND_BY_DEAL',
    ); // pause
    expect(refused('holder', { type: 'setEntityList', champion: 'rail-champ', listed: true })).toBe(
      'ERR_BOUND_BY_DEAL',
    );
    expect(refused('challenger', { type: 'setProcurement', tech: 'alpha', level: 2 })).toBe(
      'ERR_BOUND_BY_DEAL',
    );
    // Loosening further and unrelated moves stay free.
    expect(refused('holder', { type: 'setControl', tech: 'alpha', level: 'open' })).toBe('accepted');
    expect(refused('challenger', { type: 'setProcurement', tech: 'gamma', level: 1 })).toBe('accepted');
  });

  it('binds the next dealTurns turns, then expires, and the holder may tighten again', () => {
    const { state } = dealt(); // made on turn 2 with dealTurns 3: binds turns 3, 4 and 5
    const tighten = [{ type: 'setControl', tech: 'alpha', level: 'ban' }];
    expect(checkOrders(scenario, state, 'holder', tighten).ok).toBe(false); // turn 3
    const [three, four, five, six] = steps(scenario, state, 4);
    expect(checkOrders(scenario, three!.state, 'holder', tighten).ok).toBe(false); // turn 4
    expect(checkOrders(scenario, four!.state, 'holder', tighten).ok).toBe(false); // turn 5
    expect(five!.state.turn).toBe(6);
    expect(five!.state.deals).toHaveLength(1); // still recorded; lapses as turn 6 resolves
    expect(checkOrders(scenario, five!.state, 'holder', tighten).ok).toBe(true);
    expect(six!.state.deals).toEqual([]);
    expect(six!.report.notes).toContainEqual({ kind: 'deal-expired', side: 'holder' });
  });
});

describe('scheduled talks', () => {
  it('open every few turns from the first round, and close in between', () => {
    const runs = steps(scenario, start(scenario), 6);
    // state.turn after each run is the next turn; talks open on turns 4 and 8.
    expect(runs.map((r) => [r.state.turn, r.state.talks.open])).toEqual([
      [2, false],
      [3, false],
      [4, true],
      [5, false],
      [6, false],
      [7, false],
    ]);
    expect(runs[2]!.state.talks.reason).toBe('scheduled');
  });
});
