// The AI's model of its opponent: a course drawn per sampled future, from the AI's own seed, covering a
// change of course even in two futures; and its proposals, acceptable as the rules will judge them.
import { describe, expect, it } from 'vitest';
import { courseBehaviour, opponentCourses, sampleCourse } from '../../src/players/ai/opponentModel.ts';
import { family, readStance } from '../../src/players/ai/personalities.ts';
import { proposal } from '../../src/players/ai/proposal.ts';
import { stanceOrders } from '../../src/players/ai/stance.ts';
import { judgeProposal, newGame } from '../../src/sim/index.ts';
import { shipped } from '../support/scenarios.ts';

const scenario = shipped('chokehold');

describe('the opponent model', () => {
  const state = newGame(scenario, 'model');
  const courses = opponentCourses('holder', state);

  it('weighs keeping, escalating, relaxing and switching', () => {
    expect(courses.map((c) => c.kind)).toEqual(['keep', 'escalate', 'relax', 'switch']);
    expect(courses.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 9);
  });

  it('draws the same course for the same future, and covers a change within every two futures', () => {
    const draw = (sample: number) => sampleCourse(courses, `s/${sample}`, state.turn, sample, 2);
    expect(draw(3)).toEqual(draw(3));
    for (let pair = 0; pair < 20; pair += 2) {
      expect(draw(pair + 1).kind).not.toBe('keep');
    }
    const kinds = new Set(Array.from({ length: 40 }, (_, i) => draw(i).kind));
    expect([...kinds].sort()).toEqual(['escalate', 'keep', 'relax', 'switch']);
    for (let i = 0; i < 40; i++) {
      const c = draw(i);
      expect(c.at).toBeGreaterThanOrEqual(state.turn);
      expect(c.at).toBeLessThanOrEqual(state.turn + 8);
    }
  });
});

describe('a better guess than the settings in force (hard)', () => {
  const state = newGame(scenario, 'guess');
  const expected = family('pragmatist')[1]!;

  it('is what keeping its course means, and what it plays until a change', () => {
    expect(opponentCourses('holder', state)[0]!.stances).toEqual([readStance('holder', state)]);
    expect(opponentCourses('holder', state, expected)[0]!.stances).toEqual([expected]);
    const later = { kind: 'escalate' as const, at: state.turn + 3, stance: family('hawk')[0]! };
    const play = courseBehaviour(scenario, state, 'holder', later, expected);
    expect(play(state)).toEqual(stanceOrders(scenario, state, 'holder', expected));
  });
});

describe('the AI at the table', () => {
  it('proposes what the other side would accept more often than not, and asks for something', () => {
    for (const seed of ['a', 'b', 'c']) {
      const s = newGame(scenario, seed);
      s.talks = { open: true, reason: 'event' };
      s.holder.policy.control['ai-accelerators'] = 'ban';
      for (const side of ['holder', 'challenger'] as const) {
        const p = proposal(scenario, s, side);
        if (!p) continue;
        expect(p.asks.length).toBeGreaterThan(0);
        expect(judgeProposal(scenario, s, { side, ...p }).chance).toBeGreaterThanOrEqual(0.5);
      }
    }
  });
});
