// The objectives: each ending's condition read off the lanes, the challenger's progress toward it, and a
// warning two turns before the game ends or a crisis ends it.
import { describe, expect, it } from 'vitest';
import { boardEnding, laneBars, lanesMeeting, objectives } from '../../src/sim/index.ts';
import { tinyScenario } from '../support/tinyScenario.ts';
import { start } from '../support/turns.ts';

const scenario = tinyScenario();

describe('objectives', () => {
  it('count the lanes that meet each ending’s marks, with how far each mark is', () => {
    const s = start(scenario, 'o', (s) => {
      s.techs[0]!.rope = 30;
      s.techs[1]!.rope = -10;
    });
    const o = objectives(scenario, s);
    const sr = o.goals.find((g) => g.goal === 'selfReliant')!;
    expect(sr.needed).toBe(scenario.endings.selfReliant.lanes);
    expect(sr.met).toBe(1);
    expect(sr.lanes[0]!.meets).toBe(true);
    expect(sr.lanes[1]!.gaps).toEqual([{ mark: 'rope', at: 0, value: -10 }]);
    expect(o.reading.challenger).toBe('still-choked');
  });

  it('read the same ending the board names', () => {
    const s = start(scenario, 'o', (s) => {
      for (const t of s.techs) t.rope = 5;
    });
    const lanes = laneBars(scenario, s);
    expect(lanesMeeting(scenario.endings.selfReliant, lanes)).toBe(s.techs.length);
    expect(boardEnding(scenario, lanes)).toBe('self-reliant');
    expect(objectives(scenario, s).reading.challenger).toBe('self-reliant');
  });

  it('warn two turns before the last turn, and not before', () => {
    const at = (turn: number) =>
      objectives(
        scenario,
        start(scenario, 'o', (s) => (s.turn = turn)),
      ).warnings;
    expect(at(scenario.turns - 2)).toEqual([]);
    expect(at(scenario.turns - 1)).toEqual([{ kind: 'ending', turnsLeft: 2 }]);
    expect(at(scenario.turns)).toEqual([{ kind: 'ending', turnsLeft: 1 }]);
  });

  it('warn when a crisis is two crisis turns away or nearer', () => {
    const limit = scenario.endings.crisis.turns;
    const at = (crisisTurns: number) =>
      objectives(
        scenario,
        start(scenario, 'o', (s) => (s.challenger.crisisTurns = crisisTurns)),
      ).warnings;
    expect(at(0)).toEqual([]);
    expect(at(limit - 2)).toEqual(limit - 2 > 0 ? [{ kind: 'crisis', turnsLeft: 2 }] : []);
    expect(at(limit - 1)).toEqual([{ kind: 'crisis', turnsLeft: 1 }]);
  });
});
