// Endings and scores: each of the eight named endings from a hand-built state on the last turn, the
// figures that decided it, and scores on 0–100.
import { describe, expect, it } from 'vitest';
import {
  CHALLENGER_ENDINGS,
  type ChallengerEndingId,
  type Ending,
  endingFigures,
  type GameState,
  HOLDER_ENDINGS,
  laneBars,
  lanesMeeting,
  objectives,
  provisionalScores,
  type Shares,
  scores,
} from '../../src/sim/index.ts';
import { tinyScenario } from '../support/tinyScenario.ts';
import { start, step } from '../support/turns.ts';

const scenario = tinyScenario();

interface Profile {
  rope: number; // where every rope stands: the endings are read off the board
  capability: number;
  home: number; // the challenger's share of its home market
  abroad: number;
  chain: number;
}

const profiles = {
  // makes, sells abroad and is in the chain
  leader: { rope: 60, capability: 90, home: 0.7, abroad: 0.4, chain: 60 },
  // makes and sells at home, with some exports, outside the chain
  selfReliant: { rope: 15, capability: 75, home: 0.7, abroad: 0.12, chain: 10 },
  // makes and sells at home only
  homeOnly: { rope: -30, capability: 60, home: 0.7, abroad: 0, chain: 0 },
  // the tiny scenario's start
  choked: { rope: -60, capability: 35, home: 0.05, abroad: 0, chain: 0 },
} satisfies Record<string, Profile>;

/** The last turn, with every technology at a profile and the holder's firms at a health. */
function lastTurn(p: Profile, health: number, crisis = false): GameState {
  return start(scenario, 'end', (s) => {
    s.turn = scenario.turns;
    s.holder.health = health;
    for (const t of s.techs) {
      const c = t.challenger;
      t.rope = p.rope;
      t.ropeTarget = p.rope;
      c.capability = p.capability;
      c.capacity = 3 * (t.demand.domestic + t.demand.foreign);
      c.chain = p.chain;
      const rest = (share: number): Shares => ({
        holder: (1 - share) / 2,
        challenger: share,
        others: (1 - share) / 2,
      });
      t.domestic = rest(p.home);
      t.foreign = rest(p.abroad);
    }
    if (crisis) {
      // Two turns of crisis already; this turn everything is cut off and the product is unusable.
      s.challenger.crisisTurns = scenario.endings.crisis.turns - 1;
      for (const t of s.techs) {
        s.holder.policy.control[t.id] = 'ban';
        t.others.capacity = 0;
        t.challenger.capability = 10;
      }
    }
  });
}

function endOf(state: GameState): { ending: Ending; state: GameState } {
  const r = step(scenario, state);
  if (!r.state.ending) throw new Error('the game did not end');
  return { ending: r.state.ending, state: r.state };
}

const cases: [string, GameState, string, string][] = [
  ['leader with healthy holder firms', lastTurn(profiles.leader, 1.5), 'leader', 'managed-competition'],
  ['leader with hurt holder firms', lastTurn(profiles.leader, 0.3), 'leader', 'double-edged-sword'],
  ['self-reliant', lastTurn(profiles.selfReliant, 0.3), 'self-reliant', 'double-edged-sword'],
  ['home only', lastTurn(profiles.homeOnly, 1.5), 'next-japan', 'managed-competition'],
  ['choked, holder healthy', lastTurn(profiles.choked, 1.5), 'still-choked', 'firm-grip'],
  ['choked, holder hurt', lastTurn(profiles.choked, 0.5), 'still-choked', 'managed-competition'],
  ['crisis, holder healthy', lastTurn(profiles.choked, 1.5, true), 'crisis', 'firm-grip'],
];

describe('endings', () => {
  it.each(cases)('%s', (_, state, challenger, holder) => {
    const { ending } = endOf(state);
    expect(ending.challenger).toBe(challenger);
    expect(ending.holder).toBe(holder);
    expect(ending.id).toBe(`${challenger}/${holder}`);
    expect(ending.turn).toBe(scenario.turns);
  });

  it('reaches all eight named endings', () => {
    const reached = new Set(
      cases.flatMap(([, state]) => [endOf(state).ending.challenger, endOf(state).ending.holder]),
    );
    expect([...reached].sort()).toEqual([...CHALLENGER_ENDINGS, ...HOLDER_ENDINGS].sort());
  });

  it('reports the figures that decided it, and they decide it, read off the board', () => {
    const e = scenario.endings;
    for (const [, before] of cases) {
      const { ending, state } = endOf(before);
      const f = ending.figures;
      expect(f).toEqual(endingFigures(scenario, state));
      expect(f.holderHealth).toBe(state.holder.health);
      expect(f.industryIndex).toBe(state.challenger.industryIndex);
      // The lanes the board draws name the ending, and the objectives read the same.
      const lanes = laneBars(scenario, state);
      expect(f.lanes.leader).toBe(lanesMeeting(e.leader, lanes));
      if (ending.challenger !== 'crisis')
        expect(objectives(scenario, state).reading.challenger).toBe(ending.challenger);
      if (ending.challenger === 'leader') expect(f.lanes.leader).toBeGreaterThanOrEqual(e.leader.lanes);
      if (ending.challenger === 'self-reliant') {
        expect(f.lanes.leader).toBeLessThan(e.leader.lanes);
        expect(f.lanes.selfReliant).toBeGreaterThanOrEqual(e.selfReliant.lanes);
      }
      if (ending.challenger === 'next-japan') {
        expect(f.lanes.selfReliant).toBeLessThan(e.selfReliant.lanes);
        expect(f.lanes.nextJapan).toBeGreaterThanOrEqual(e.nextJapan.lanes);
        for (const lane of lanes) expect(lane.rope).toBeLessThan(e.selfReliant.rope!);
      }
      if (ending.challenger === 'still-choked') expect(f.lanes.nextJapan).toBeLessThan(e.nextJapan.lanes);
      if (ending.challenger === 'crisis') expect(f.crisisTurns).toBeGreaterThanOrEqual(e.crisis.turns);
      if (ending.holder === 'firm-grip') expect(f.holderHealth).toBeGreaterThanOrEqual(e.holderHealthy);
      if (ending.holder === 'double-edged-sword') expect(f.holderHealth).toBeLessThan(e.holderHurt);
    }
  });

  it('does not come before the last turn without a crisis', () => {
    const s = lastTurn(profiles.leader, 1.5);
    s.turn = scenario.turns - 1;
    const r = step(scenario, s);
    expect(r.state.ending).toBeNull();
    expect(r.report.ending).toBeNull();
  });
});

describe('scores', () => {
  it('stay within 0–100 and rank the challenger’s endings', () => {
    const scores = cases.map(([name, state]) => [name, endOf(state).ending.score] as const);
    for (const [, score] of scores) {
      for (const side of ['holder', 'challenger'] as const) {
        expect(score[side]).toBeGreaterThanOrEqual(0);
        expect(score[side]).toBeLessThanOrEqual(100);
      }
    }
    const of = (name: string) => scores.find(([n]) => n === name)![1];
    expect(of('leader with healthy holder firms').challenger).toBeGreaterThan(of('self-reliant').challenger);
    expect(of('self-reliant').challenger).toBeGreaterThan(of('home only').challenger);
    expect(of('home only').challenger).toBeGreaterThan(of('choked, holder healthy').challenger);
    expect(of('choked, holder healthy').challenger).toBeGreaterThan(of('crisis, holder healthy').challenger);
    expect(of('choked, holder healthy').holder).toBeGreaterThan(of('leader with hurt holder firms').holder);
  });

  it('count the ending first: the same figures score higher under a better ending', () => {
    const { ending, state } = endOf(cases.find(([n]) => n === 'home only')![1]);
    const f = ending.figures;
    const as = (challenger: ChallengerEndingId) =>
      scores(scenario, state, f, { challenger, holder: ending.holder }).challenger;
    expect(as('leader')).toBeGreaterThan(as('self-reliant'));
    expect(as('self-reliant')).toBeGreaterThan(as('next-japan'));
    expect(as('next-japan')).toBeGreaterThan(as('still-choked'));
    expect(as('still-choked')).toBeGreaterThan(as('crisis'));
    // 40 points of the score are the ending's: Leader over Crisis with the same figures.
    expect(as('leader') - as('crisis')).toBeCloseTo(40, 0);
    // Before the end, the score is read off the board the same way.
    expect(provisionalScores(scenario, state)).toEqual(
      scores(scenario, state, f, objectives(scenario, state).reading),
    );
  });
});
