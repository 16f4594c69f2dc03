// Maps keyed by scenario ids must not inherit: a technology named `constructor` or `__proto__` is a key
// like any other, not Object.prototype's function or setter. The rules run the same game under any ids.
import { describe, expect, it } from 'vitest';
import { playMatch } from '../../src/match/match.ts';
import { parsePlayer } from '../../src/players/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { validateScenarioText } from '../../src/scenario/validate.ts';
import { type GameState, newGame, resolveTurn } from '../../src/sim/index.ts';
import { shipped } from '../support/scenarios.ts';

const HOSTILE: Record<string, string> = {
  bearings: 'constructor',
  'arf-photoresist': '__proto__',
  reducers: 'toString',
  'five-axis': 'hasOwnProperty',
};

/** slow-tug with its technology ids renamed after validation (the id pattern refuses most of these). */
function renamed(): Scenario {
  let text = JSON.stringify(shipped('slow-tug'));
  for (const [from, to] of Object.entries(HOSTILE)) {
    text = text.replaceAll(`"${from}"`, `"${to}"`).replaceAll(`tech.${from}.`, `tech.${to}.`);
  }
  return JSON.parse(text) as Scenario;
}

function play(scenario: Scenario, holder: string, challenger: string) {
  return playMatch(scenario, '7', { holder: parsePlayer(holder)!, challenger: parsePlayer(challenger)! });
}

const numbers = (s: GameState) => ({
  ending: s.ending?.id,
  score: s.ending?.score,
  ropes: s.techs.map((t) => t.rope),
  money: [s.holder.money, s.challenger.money],
});

describe('ids that name Object.prototype members', () => {
  it('play the same game as ordinary ids, with finite scores', () => {
    const plain = shipped('slow-tug');
    const hostile = renamed();
    expect(hostile.technologies.map((t) => t.id)).toEqual(Object.values(HOSTILE));
    for (const [h, c] of [
      ['random', 'random'],
      ['ai:easy', 'ai:easy'],
      ['fixed:hawk', 'fixed:globalist'],
    ] as const) {
      const a = play(plain, h, c).state;
      const b = play(hostile, h, c).state;
      expect(Number.isFinite(b.ending!.score.holder)).toBe(true);
      expect(Number.isFinite(b.ending!.score.challenger)).toBe(true);
      expect(numbers(b)).toEqual(numbers(a));
      // State stays plain JSON: a round trip gives an equal state, own keys included.
      const copy = JSON.parse(JSON.stringify(b)) as GameState;
      expect(copy).toEqual(b);
      expect(Object.keys(copy.challenger.policy.research).sort()).toEqual(
        Object.keys(b.challenger.policy.research).sort(),
      );
    }
  });

  it('keep a policy set on __proto__ as an own key, through a JSON round trip', () => {
    const scenario = renamed();
    let s = newGame(scenario, '1');
    for (const tech of ['__proto__', 'constructor']) {
      const r = resolveTurn(scenario, s, {
        holder: [{ type: 'setResearch', tech, level: 2 }],
        challenger: [{ type: 'setResearch', tech, level: 3 }],
      });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      s = JSON.parse(JSON.stringify(r.value.state)) as GameState;
    }
    for (const tech of ['__proto__', 'constructor']) {
      expect(Object.hasOwn(s.challenger.policy.research, tech)).toBe(true);
      expect(Object.getOwnPropertyDescriptor(s.challenger.policy.research, tech)?.value).toBe(3);
      expect(Object.getOwnPropertyDescriptor(s.holder.policy.research, tech)?.value).toBe(2);
    }
    expect(Object.getPrototypeOf(s.challenger.policy.research)).toBe(Object.prototype);
  });

  it('validate `constructor` as a technology id and play it with finite numbers', () => {
    const text = JSON.stringify(shipped('slow-tug')).replace(/\bbearings\b/g, 'constructor');
    const { scenario, problems } = validateScenarioText(text);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const end = play(scenario!, 'ai:easy', 'ai:easy').state;
    expect(Number.isFinite(end.ending!.score.challenger)).toBe(true);
  });
});

describe('the score guard', () => {
  it('refuses a turn whose result is not finite, naming where', () => {
    const scenario = shipped('slow-tug');
    const s = newGame(scenario, '1');
    s.challenger.economy = Number.NaN;
    const r = resolveTurn(scenario, s, { holder: [], challenger: [] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('ERR_NOT_FINITE');
    expect(r.error.message).toMatch(/challenger/);
  });
});
