// Scenario events as authors write them: scheduled choices whose options change policy take effect.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/validate.ts';
import { type GameState, NO_ORDERS, newGame, resolveTurn } from '../../src/sim/index.ts';
import { minimalScenario } from '../support/minimal.ts';

function scenarioWithChoice() {
  const s = minimalScenario();
  s.events = [
    {
      id: 'tighten',
      title: { zh: '收紧管制', en: 'Tighten controls' },
      text: { zh: '是否禁运轴承?', en: 'Ban bearings?' },
      cite: { source: 'article-001', quote: '你拿一点,我拿一点,你不给,我就自己造' },
      at: 2,
      choice: {
        side: 'holder',
        options: [
          {
            id: 'ban',
            label: { zh: '禁运', en: 'Ban' },
            effects: [
              { op: 'set', field: 'tech.bearings.control', value: 'ban' },
              { op: 'set', field: 'champion.rail-maker.listed', value: true },
            ],
          },
          { id: 'wait', label: { zh: '等待', en: 'Wait' }, effects: [] },
        ],
      },
    },
  ];
  const v = validateScenario(s);
  if (!v.scenario) throw new Error(JSON.stringify(v.problems));
  return v.scenario;
}

function play(
  turns: number,
  holderOrders: (s: GameState) => NonNullable<Parameters<typeof resolveTurn>[2]>['holder'],
) {
  const scenario = scenarioWithChoice();
  let state = newGame(scenario, 'choice');
  for (let i = 0; i < turns; i++) {
    const r = resolveTurn(scenario, state, { ...NO_ORDERS, holder: holderOrders(state) });
    if (!r.ok) throw new Error(r.error.message);
    state = r.value.state;
  }
  return state;
}

describe('an event that asks the holder to choose', () => {
  it('applies the default option, policy and all, when the holder does not choose', () => {
    const state = play(3, () => []);
    expect(state.holder.policy.control.bearings).toBe('ban');
    expect(state.holder.policy.entityList).toEqual(['rail-maker']);
  });

  it('applies the chosen option', () => {
    const state = play(3, (s) =>
      s.pending.length ? [{ type: 'choose', event: 'tighten', option: 'wait' }] : [],
    );
    expect(state.holder.policy.control.bearings).toBe('open');
    expect(state.holder.policy.entityList).toEqual([]);
  });
});
