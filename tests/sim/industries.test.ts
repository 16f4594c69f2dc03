// Industries lose output to shortages and to inputs worse than the frontier; a long, deep shortage is
// a crisis that ends the game early.
import { describe, expect, it } from 'vitest';
import { type GameState, type IndustryReport, resolveTurn, type TurnReport } from '../../src/sim/index.ts';
import { tinyScenario } from '../support/tinyScenario.ts';
import { start, step, steps, tech } from '../support/turns.ts';

const scenario = tinyScenario();

/** Nothing of this technology reaches the challenger's home market, and its own product is unusable. */
const cutOff = (id: string) => (s: GameState) => {
  s.holder.policy.control[id] = 'ban';
  tech(s, id).others.capacity = 0;
  tech(s, id).challenger.capability = 10;
};

function industry(r: { report: TurnReport }, id: string): IndustryReport {
  const found = r.report.industries.find((i) => i.industry === id);
  if (!found) throw new Error(`no industry ${id}`);
  return found;
}

describe('industry output', () => {
  it('loses each input’s weight times its shortage', () => {
    const r = step(scenario, start(scenario, 'i', cutOff('alpha')));
    const rail = industry(r, 'rail');
    const alpha = tech(r.state, 'alpha');
    expect(alpha.shortage).toBe(1);
    expect(rail.losses.find((l) => l.tech === 'alpha')!.shortage).toBeCloseTo(0.4 * alpha.shortage, 9);
    const lost = rail.losses.reduce((a, l) => a + l.shortage + l.quality, 0);
    expect(rail.output).toBeCloseTo(200 * (1 - lost), 9);
    expect(rail.index).toBeCloseTo(1 - lost, 9);
    // fabs use only gamma, which is fine.
    expect(industry(r, 'fabs').losses[0]!.shortage).toBe(0);
  });

  it('loses value to inputs worse than the frontier, in proportion to who supplies them', () => {
    const r = step(scenario, start(scenario, 'q'));
    const t = tech(r.state, 'alpha');
    const gap = (capability: number) => Math.max(0, t.holder.capability - capability) / 100;
    // Challenger 40 (no R&D this turn) and third countries 80 against the holder's frontier.
    const expected = 0.6 * (t.domestic.challenger * gap(40) + t.domestic.others * gap(80));
    const loss = industry(r, 'rail').losses.find((l) => l.tech === 'alpha')!.quality;
    expect(loss).toBeCloseTo(0.4 * expected, 5);
  });

  it('loses more when buyers are forced onto a poor domestic product', () => {
    const lossWith = (domestic: number) =>
      industry(
        step(
          scenario,
          start(scenario, 'q', (s) => {
            tech(s, 'alpha').challenger.capacity = 200;
            tech(s, 'alpha').domestic = { holder: 0.8 - domestic, challenger: domestic, others: 0.2 };
          }),
        ),
        'rail',
      ).losses.find((l) => l.tech === 'alpha')!.quality;
    expect(lossWith(0.7)).toBeGreaterThan(2 * lossWith(0.1));
  });

  it('sets the challenger’s industry index from total output over total full-supply output', () => {
    const r = step(scenario, start(scenario, 'i', cutOff('gamma')));
    const total = r.report.industries.reduce((a, i) => a + i.output, 0);
    expect(r.state.challenger.industryIndex).toBeCloseTo(total / 500, 6);
  });
});

describe('crisis', () => {
  const everythingCut = (s: GameState) => {
    for (const id of ['alpha', 'beta', 'gamma']) cutOff(id)(s);
  };

  it('counts consecutive turns below the depth and ends the game early with the crisis ending', () => {
    // The tiny scenario's crisis: 3 turns below an index of 0.8.
    const runs = steps(scenario, start(scenario, 'crisis', everythingCut), 3);
    expect(runs.map((r) => r.state.challenger.crisisTurns)).toEqual([1, 2, 3]);
    for (const r of runs) expect(r.state.challenger.industryIndex).toBeLessThan(0.8);
    expect(runs[0]!.report.notes).toContainEqual({ kind: 'crisis-turn', side: 'challenger', amount: 1 });
    expect(runs[1]!.state.ending).toBeNull();
    const end = runs[2]!.state.ending!;
    expect(end.challenger).toBe('crisis');
    expect(end.turn).toBe(3);
    expect(end.turn).toBeLessThan(scenario.turns);
    expect(end.figures.crisisTurns).toBe(3);
    expect(runs[2]!.report.ending).toEqual(end);
    const after = resolveTurn(scenario, runs[2]!.state, { holder: [], challenger: [] });
    expect(after.ok).toBe(false);
    if (!after.ok) expect(after.error.code).toBe('ERR_GAME_OVER');
  });

  it('starts counting again after a turn above the depth', () => {
    const r = step(
      scenario,
      start(scenario, 'calm', (s) => {
        s.challenger.crisisTurns = 2;
      }),
    );
    expect(r.state.challenger.crisisTurns).toBe(0);
    expect(r.state.ending).toBeNull();
  });

  it('is not reached by a shortage that leaves the index above the depth', () => {
    const runs = steps(scenario, start(scenario, 'mild', cutOff('beta')), 5);
    for (const r of runs) {
      expect(r.state.challenger.industryIndex).toBeGreaterThan(0.8);
      expect(r.state.challenger.crisisTurns).toBe(0);
    }
  });
});
