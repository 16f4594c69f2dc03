// Why tension moved: the selector names each step the rules took, and its steps add up to the change.
import { describe, expect, it } from 'vitest';
import { type TensionMove, tensionMove } from '../../src/game/tension.ts';
import { playMatch } from '../../src/match/match.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import type { GameState, Orders } from '../../src/sim/index.ts';
import { fixedPlayer } from '../replay/players.ts';
import { SHIPPED_IDS, shipped } from '../support/scenarios.ts';
import { draftEvent, tinyScenario } from '../support/tinyScenario.ts';
import { start, step } from '../support/turns.ts';

function explain(scenario: Scenario, before: GameState, orders: Partial<Orders> = {}): TensionMove {
  const full: Orders = { holder: orders.holder ?? [], challenger: orders.challenger ?? [] };
  const { state, report } = step(scenario, before, full);
  const move = tensionMove(before, report, state);
  expect(move.from).toBe(before.tension);
  expect(move.to).toBe(state.tension);
  // The steps account for the whole change, with nothing left over.
  expect(move.steps.reduce((sum, x) => sum + x.amount, 0)).toBeCloseTo(state.tension - before.tension, 6);
  return move;
}

const brief = (m: TensionMove) => m.steps.map((x) => [x.cause, x.amount]);

describe('tensionMove', () => {
  it('names the holder’s tightening and listing, and the cooling at the end of the turn', () => {
    const scenario = tinyScenario();
    const m = explain(scenario, start(scenario), {
      holder: [
        { type: 'setControl', tech: 'alpha', level: 'ban' },
        { type: 'setEntityList', champion: 'rail-champ', listed: true },
      ],
    });
    expect(brief(m)).toEqual([
      ['control', 15],
      ['listing', 8],
      ['cooling', -2],
    ]);
    expect(m.steps[0]).toMatchObject({ tech: 'alpha', steps: 3 });
    expect(m.steps[1]).toMatchObject({ champion: 'rail-champ' });
  });

  it('names the challenger closing its market', () => {
    const scenario = tinyScenario();
    const m = explain(scenario, start(scenario), { challenger: [{ type: 'setMarketAccess', level: 1 }] });
    expect(brief(m)).toEqual([
      ['marketAccess', 6],
      ['cooling', -2],
    ]);
  });

  it('names each event’s effect: tension set, a control tightened, a firm listed', () => {
    const scenario = tinyScenario((d) => {
      draftEvent(d, 'summit').at = 1;
      draftEvent(d, 'summit').effects = [
        { op: 'add', field: 'tension', value: 5 },
        { op: 'atLeast', field: 'tech.gamma.control', value: 'license' },
        { op: 'set', field: 'champion.rail-champ.listed', value: true },
      ];
    });
    const m = explain(scenario, start(scenario));
    expect(brief(m)).toEqual([
      ['event', 5],
      ['event', 5],
      ['event', 8],
      ['cooling', -2],
    ]);
    expect(m.steps[2]).toMatchObject({ via: { kind: 'listing', champion: 'rail-champ' } });
    expect(m.steps[0]).toMatchObject({ event: 'summit', via: { kind: 'tension' } });
    expect(m.steps[1]).toMatchObject({ event: 'summit', via: { kind: 'control', tech: 'gamma', steps: 1 } });
  });

  it('leaves out an event’s tightening that a binding deal forbids, as the rules skip it', () => {
    const scenario = tinyScenario((d) => {
      draftEvent(d, 'summit').at = 1;
      draftEvent(d, 'summit').effects = [{ op: 'atLeast', field: 'tech.alpha.control', value: 'ban' }];
    });
    const before = start(scenario, 'test', (s) => {
      s.tension = 10;
      s.deals = [
        { holderGives: [{ kind: 'loosen', tech: 'alpha' }], challengerGives: [], from: 1, until: 4 },
      ];
    });
    expect(brief(explain(scenario, before))).toEqual([['cooling', -2]]);
  });

  it('names an option settled for an event’s question, chosen or by default', () => {
    const scenario = tinyScenario((d) => {
      draftEvent(d, 'lobby').choice!.options[0]!.effects = [{ op: 'add', field: 'tension', value: 4 }];
    });
    const before = start(scenario, 'test', (s) => {
      s.pending = [{ event: 'lobby', side: 'holder', options: ['hold', 'ease'] }];
    });
    const m = explain(scenario, before);
    expect(brief(m)).toEqual([
      ['choice', 4],
      ['cooling', -2],
    ]);
    expect(m.steps[0]).toMatchObject({ event: 'lobby', option: 'hold', via: { kind: 'tension' } });
  });

  it('names a deal, and keeps its full size beside what the floor of 0 let it take', () => {
    const scenario = tinyScenario((d) => {
      d.negotiation = { every: 4, first: 1, dealTurns: 3 };
    });
    const before = start(scenario, 'test', (s) => {
      s.tension = 5;
      s.holder.policy.control.alpha = 'license';
    });
    const first = step(scenario, before, {
      holder: [
        {
          type: 'offer',
          gives: [{ kind: 'loosen', tech: 'alpha' }],
          asks: [{ kind: 'purchase', tech: 'alpha' }],
        },
      ],
    });
    expect(first.state.tension).toBe(3);
    const m = explain(scenario, first.state, { challenger: [{ type: 'answer', accept: true }] });
    expect(m.steps).toEqual([{ cause: 'deal', amount: -3, nominal: -15 }]);
  });

  it('keeps an escalation that the ceiling of 100 held back', () => {
    const scenario = tinyScenario();
    const before = start(scenario, 'test', (s) => {
      s.tension = 98;
    });
    const m = explain(scenario, before, { holder: [{ type: 'setControl', tech: 'alpha', level: 'ban' }] });
    expect(m.steps).toEqual([
      { cause: 'control', tech: 'alpha', steps: 3, amount: 2, nominal: 15 },
      { cause: 'cooling', amount: -2, nominal: -2 },
    ]);
  });
});

describe('tensionMove over whole games', () => {
  // Every shipped scenario, played by random and hawkish players: each turn's steps add up to its change.
  for (const id of SHIPPED_IDS)
    for (const [holder, challenger] of [
      ['random', 'random'],
      ['fixed:hawk', 'random'],
    ] as const)
      it(`accounts for every turn of ${id}, ${holder} against ${challenger}`, () => {
        const scenario = shipped(id);
        let turns = 0;
        playMatch(
          scenario,
          `tension-${id}`,
          { holder: fixedPlayer(holder), challenger: fixedPlayer(challenger) },
          {
            onTurn: ({ before, report, state }) => {
              const m = tensionMove(before, report, state);
              const sum = m.steps.reduce((a, x) => a + x.amount, 0);
              expect(sum).toBeCloseTo(state.tension - before.tension, 4);
              turns++;
            },
          },
        );
        expect(turns).toBeGreaterThan(0);
      });
});
