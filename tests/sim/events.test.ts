// The event deck: conditions, effects booked to the rope as 'event', `once`, scheduled turns, choices
// (the chosen option, or the first by default) and events that open talks.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema.ts';
import { checkOrders, type GameState, type TalkItem } from '../../src/sim/index.ts';
import { draftEvent, tinyScenario } from '../support/tinyScenario.ts';
import { booked, holder, ropeMove, start, step, steps, tech } from '../support/turns.ts';

/** The tiny scenario with only these events in the deck, drawn every turn. */
function deck(ids: string[], edit?: (d: Scenario) => void): Scenario {
  return tinyScenario((d) => {
    d.events = d.events.filter((e) => ids.includes(e.id));
    d.eventChance = 1;
    edit?.(d);
  });
}

const fired = (runs: { report: { events: { event: string }[] } }[]) =>
  runs.map((r) => r.report.events.map((e) => e.event));

describe('conditions', () => {
  it('keep an event out of the draw until they hold', () => {
    const sc = deck(['qualified']); // needs alpha capability 60
    expect(fired(steps(sc, start(sc), 4))).toEqual([[], [], [], []]);
    const ready = start(sc, 'e', (s) => {
      tech(s, 'alpha').challenger.capability = 62;
    });
    expect(fired(steps(sc, ready, 1))).toEqual([['qualified']]);
  });

  it('are all required', () => {
    const sc = deck(['qualified'], (d) => {
      draftEvent(d, 'qualified').when.push({ field: 'tension', op: '>=', value: 30 });
    });
    const capable = (tension: number) =>
      start(sc, 'e', (s) => {
        tech(s, 'alpha').challenger.capability = 62;
        s.tension = tension;
      });
    expect(fired(steps(sc, capable(0), 1))).toEqual([[]]);
    expect(fired(steps(sc, capable(40), 1))).toEqual([['qualified']]);
  });
});

describe('effects', () => {
  it('change the named fields and are booked to the rope as event', () => {
    const sc = deck(['qualified']);
    const s = start(sc, 'e', (x) => {
      tech(x, 'alpha').challenger.capability = 62;
    });
    const { state, report } = step(sc, s);
    expect(tech(state, 'alpha').challenger.chain).toBe(5);
    expect(booked(report, 'alpha', 'chainC', 'event')).toBe(5);
    expect(ropeMove(report, 'alpha', 'event')).toBeGreaterThan(0);
    expect(state.fired).toEqual(['qualified']);
  });

  it('that tighten a control spur resolve as a decree would', () => {
    const sc = deck(['frontier'], (d) => {
      draftEvent(d, 'frontier').effects = [{ op: 'set', field: 'tech.gamma.control', value: 'ban' }];
    });
    const { state } = step(sc, start(sc));
    expect(state.holder.policy.control.gamma).toBe('ban');
    expect(state.challenger.resolve).toBe(3 * 6 - 1);
  });

  it('that cost a side money are counted in its spending, and a gain is not', () => {
    const sc = deck(['frontier'], (d) => {
      draftEvent(d, 'frontier').effects = [
        { op: 'add', field: 'challenger.money', value: -6 },
        { op: 'add', field: 'holder.money', value: 4 },
      ];
    });
    const s = start(sc);
    const { state, report } = step(sc, s);
    expect(report.budget.challenger.spent.events).toBe(6);
    expect(report.budget.holder.spent.events).toBeUndefined();
    // The treasury moves by income less spending, the event's price included.
    const c = report.budget.challenger;
    const spent = Object.values(c.spent).reduce((a, x) => a + x, 0);
    expect(state.challenger.money).toBeCloseTo(s.challenger.money + c.income - spent, 6);
  });
});

describe('"at least" and "at most" effects', () => {
  const floor = (op: 'atLeast' | 'atMost', field: string, value: string | number | boolean) =>
    deck(['frontier'], (d) => {
      draftEvent(d, 'frontier').effects = [{ op, field, value }];
    });

  it('raise a control to a level but never loosen a stricter one', () => {
    const sc = floor('atLeast', 'tech.gamma.control', 'downgraded');
    expect(step(sc, start(sc)).state.holder.policy.control.gamma).toBe('downgraded');
    const banned = start(sc, 'e', (s) => {
      s.holder.policy.control.gamma = 'ban';
    });
    const { state } = step(sc, banned);
    expect(state.holder.policy.control.gamma).toBe('ban');
    expect(state.challenger.resolve).toBe(0); // nothing tightened, nothing spurred
  });

  it('lower a control to a level but never tighten a looser one', () => {
    const sc = floor('atMost', 'tech.gamma.control', 'downgraded');
    const banned = start(sc, 'e', (s) => {
      s.holder.policy.control.gamma = 'ban';
    });
    expect(step(sc, banned).state.holder.policy.control.gamma).toBe('downgraded');
    expect(step(sc, start(sc)).state.holder.policy.control.gamma).toBe('open');
  });

  it('work on numbers and true/false fields too', () => {
    const tension = floor('atLeast', 'tension', 30);
    expect(step(tension, start(tension)).state.tension).toBe(30 - 2);
    const hot = start(tension, 'e', (s) => {
      s.tension = 50;
    });
    expect(step(tension, hot).state.tension).toBe(50 - 2);
    const listed = floor('atMost', 'champion.rail-champ.listed', false);
    const onList = start(listed, 'e', (s) => {
      s.holder.policy.entityList = ['rail-champ'];
    });
    expect(step(listed, onList).state.holder.policy.entityList).toEqual([]);
    const list = floor('atLeast', 'champion.rail-champ.listed', true);
    expect(step(list, start(list)).state.holder.policy.entityList).toEqual(['rail-champ']);
  });

  it('never tighten a control or list a firm that a binding deal spares, until the deal expires', () => {
    const sc = floor('atLeast', 'tech.gamma.control', 'ban');
    const deal = (until: number, item: TalkItem) => (s: GameState) => {
      s.deals = [{ holderGives: [item], challengerGives: [], from: 1, until }];
    };
    const loosened = start(sc, 'e', deal(5, { kind: 'loosen', tech: 'gamma' }));
    expect(step(sc, loosened).state.holder.policy.control.gamma).toBe('open');
    expect(step(sc, loosened).state.challenger.resolve).toBe(0);
    const paused = start(sc, 'e', deal(5, { kind: 'pause' }));
    expect(step(sc, paused).state.holder.policy.control.gamma).toBe('open');
    const expired = start(sc, 'e', deal(0, { kind: 'loosen', tech: 'gamma' }));
    expect(step(sc, expired).state.holder.policy.control.gamma).toBe('ban');
    const list = floor('atLeast', 'champion.rail-champ.listed', true);
    const delisted = start(list, 'e', deal(5, { kind: 'delist', champion: 'rail-champ' }));
    expect(step(list, delisted).state.holder.policy.entityList).toEqual([]);
  });
});

describe('once', () => {
  it('lets a once-only event fire a single time, and a repeating one every time it is drawn', () => {
    const once = deck(['qualified']);
    const capable = start(once, 'e', (s) => {
      tech(s, 'alpha').challenger.capability = 62;
    });
    expect(fired(steps(once, capable, 4))).toEqual([['qualified'], [], [], []]);
    const repeating = deck(['frontier']);
    expect(fired(steps(repeating, start(repeating), 3))).toEqual([['frontier'], ['frontier'], ['frontier']]);
  });
});

describe('scheduled events', () => {
  it('fire on their turn, whatever the chance of a draw', () => {
    const sc = tinyScenario((d) => {
      draftEvent(d, 'summit').at = 3;
    });
    expect(sc.eventChance).toBe(0);
    expect(fired(steps(sc, start(sc), 5))).toEqual([[], [], ['summit'], [], []]);
  });

  it('do not fire on their turn if their conditions do not hold', () => {
    const sc = tinyScenario((d) => {
      draftEvent(d, 'qualified').at = 2;
    });
    expect(fired(steps(sc, start(sc), 3))).toEqual([[], [], []]);
  });
});

describe('choices', () => {
  // The holder's firms lobby on turn 1; the holder decides on turn 2. alpha is banned until then.
  const sc = tinyScenario((d) => {
    const lobby = draftEvent(d, 'lobby');
    lobby.at = 1;
    lobby.when = [];
  });
  const lobbied = () => {
    const s = start(sc, 'c', (x) => {
      x.holder.policy.control.alpha = 'ban';
    });
    return step(sc, s);
  };

  it('wait for the side to decide, and only that side may', () => {
    const { state, report } = lobbied();
    expect(report.events).toEqual([
      { event: 'lobby', choice: { side: 'holder', options: ['hold', 'ease'] } },
    ]);
    expect(state.pending).toEqual([{ event: 'lobby', side: 'holder', options: ['hold', 'ease'] }]);
    const wrong = checkOrders(sc, state, 'challenger', [{ type: 'choose', event: 'lobby', option: 'ease' }]);
    expect(wrong.ok ? null : wrong.error.code).toBe('ERR_UNKNOWN_EVENT');
  });

  it('apply the chosen option, on top of the side’s other orders', () => {
    const { state } = lobbied();
    const r = step(
      sc,
      state,
      holder({ type: 'choose', event: 'lobby', option: 'ease' }, { type: 'setSupport', level: 1 }),
    );
    expect(r.report.choices).toEqual([{ event: 'lobby', side: 'holder', option: 'ease', chosen: true }]);
    expect(r.state.holder.policy.control.alpha).toBe('open');
    expect(r.state.holder.policy.support).toBe(1);
    expect(r.state.pending).toEqual([]);
  });

  it('apply the first option when the side does not choose', () => {
    const { state } = lobbied();
    const r = step(sc, state);
    expect(r.report.choices).toEqual([{ event: 'lobby', side: 'holder', option: 'hold', chosen: false }]);
    expect(r.state.holder.policy.control.alpha).toBe('ban');
    // 'hold' costs a point of capital, then the turn refills 2.
    expect(r.state.holder.capital).toBe(Math.min(10, state.holder.capital - 1 + 2));
    expect(r.state.pending).toEqual([]);
  });
});

describe('events that open talks', () => {
  it('open a round on the next turn', () => {
    const sc = tinyScenario((d) => {
      draftEvent(d, 'summit').at = 1;
    });
    const { state } = step(sc, start(sc));
    expect(state.talks).toEqual({ open: true, reason: 'event' });
    expect(checkOrders(sc, state, 'holder', [{ type: 'offer', gives: [{ kind: 'pause' }] }]).ok).toBe(true);
    const after = step(sc, state);
    expect(after.state.talks.open).toBe(false);
  });
});
