// The tutorial teaches one control a turn: each step's action is locked the turn before and legal on
// its turn, and following the steps shows what each text says to watch.
import { describe, expect, it } from 'vitest';
import { answerOrders } from '../../src/players/answer.ts';
import type { Action, GameState, TurnReport } from '../../src/sim/index.ts';
import { newGame, resolveTurn } from '../../src/sim/index.ts';
import { shipped } from '../support/scenarios.ts';

const scenario = shipped('tutorial');

/** What each step asks the player to do, in the order of its text. */
const STEPS: Action[] = [
  { type: 'setResearch', tech: 'bearings', level: 2 },
  { type: 'buildLine', tech: 'bearings', lines: 1 },
  { type: 'setProcurement', tech: 'bearings', level: 1 },
  { type: 'stockpile', tech: 'photoresist', quarters: 2 },
  { type: 'setEcosystem', tech: 'bearings', level: 2 },
  {
    type: 'offer',
    gives: [
      { kind: 'purchase', tech: 'bearings' },
      { kind: 'purchase', tech: 'photoresist' },
    ],
    asks: [{ kind: 'loosen', tech: 'photoresist' }],
  },
  { type: 'setExportDrive', tech: 'bearings', level: 1 },
  { type: 'setMarketAccess', level: 1 },
];

function follow(): { states: GameState[]; reports: TurnReport[] } {
  let state = newGame(scenario, 'tutorial');
  const states = [state];
  const reports: TurnReport[] = [];
  for (const step of STEPS) {
    // The holder answers the step's proposal as the computer opponents do, by the rules' fair rate.
    const r = resolveTurn(scenario, state, { holder: answerOrders(state, 'holder'), challenger: [step] });
    if (!r.ok) throw new Error(`turn ${state.turn}: ${r.error.message}`);
    reports.push(r.value.report);
    state = r.value.state;
    states.push(state);
  }
  return { states, reports };
}

describe('the tutorial', () => {
  it('has 8 turns and one step a turn, each unlocking one action', () => {
    expect(scenario.turns).toBe(8);
    expect(scenario.tutorial!.map((s) => [s.turn, s.unlocks])).toEqual(
      STEPS.map((a, i) => [i + 1, [a.type]]),
    );
  });

  it('locks each step’s action until its turn', () => {
    let state = newGame(scenario, 'tutorial');
    for (const [i, step] of STEPS.entries()) {
      const next = STEPS[i + 1];
      if (next) {
        const early = resolveTurn(scenario, state, { holder: [], challenger: [next] });
        expect(early.ok ? null : early.error.code).toBe('ERR_LOCKED');
      }
      const r = resolveTurn(scenario, state, { holder: [], challenger: [step] });
      expect(r.ok, `turn ${i + 1}`).toBe(true);
      if (r.ok) state = r.value.state;
    }
    expect(state.ending).not.toBeNull();
  });

  it('shows what each step says to watch', () => {
    const { states, reports } = follow();
    const bearings = (s: GameState) => s.techs.find((t) => t.id === 'bearings')!;
    // 1: capability rises a little each turn.
    expect(bearings(states[1]!).challenger.capability).toBeGreaterThan(
      bearings(states[0]!).challenger.capability,
    );
    // 2: the line comes online on turn 4.
    expect(reports[3]!.techs.find((t) => t.tech === 'bearings')!.linesOnline).toBeGreaterThanOrEqual(10);
    // 3: the domestic share rises.
    expect(bearings(states[5]!).domestic.challenger).toBeGreaterThan(
      bearings(states[2]!).domestic.challenger,
    );
    // 4: the ban lands on turn 5 and the stockpile is drawn on.
    expect(states[5]!.holder.policy.control.photoresist).toBe('ban');
    expect(reports[4]!.techs.find((t) => t.tech === 'photoresist')!.stockpileUsed).toBeGreaterThan(0);
    // 6: talks are open on turn 6; the proposal lies on the table until the holder's yes on turn 7.
    expect(states[5]!.talks.open).toBe(true);
    expect(reports[5]!.talks).toBeNull(); // the round settles when its answers come, on turn 7
    expect(states[6]!.table?.turn).toBe(6);
    expect(reports[6]!.talks?.round).toBe(6);
    expect(reports[6]!.talks?.outcome).toBe('deal');
    // On turn 7, before the game ends, the deal is seen: the ban eases to the downgraded edition, the fabs
    // buy it instead of drawing the stockpile, the capped edition costs semiconductors some output, the
    // purchase commitment lets the home share of bearings slip, and tension falls.
    expect(states[6]!.holder.policy.control.photoresist).toBe('ban');
    expect(states[7]!.holder.policy.control.photoresist).toBe('downgraded');
    const photoresist = (r: TurnReport) => r.techs.find((t) => t.tech === 'photoresist')!;
    expect(photoresist(reports[5]!).stockpileUsed).toBeGreaterThan(0);
    expect(photoresist(reports[6]!).stockpileUsed).toBe(0);
    const semis = reports[6]!.industries.find((i) => i.industry === 'semiconductors')!;
    expect(semis.losses.find((l) => l.tech === 'photoresist')!.quality).toBeGreaterThan(0);
    expect(bearings(states[7]!).domestic.challenger).toBeLessThan(bearings(states[6]!).domestic.challenger);
    expect(states[7]!.tension).toBeLessThan(states[6]!.tension);
    // The deal still binds on the last turn: the ban stays eased.
    expect(states[8]!.holder.policy.control.photoresist).toBe('downgraded');
    // 8: the game ends and names its ending.
    expect(states[8]!.ending?.turn).toBe(8);
  });
});

describe('every ending of the tutorial', () => {
  const R = (level: number): Action => ({ type: 'setResearch', tech: 'bearings', level });
  const L = (lines: number): Action => ({ type: 'buildLine', tech: 'bearings', lines });
  const buy = (level: number): Action => ({ type: 'setProcurement', tech: 'bearings', level });
  const stock: Action = { type: 'stockpile', tech: 'photoresist', quarters: 2 };
  const eco = (level: number): Action => ({ type: 'setEcosystem', tech: 'bearings', level });
  const drive = (level: number): Action => ({ type: 'setExportDrive', tech: 'bearings', level });
  /** Ways to play the eight turns, each as the orders of each turn. */
  const PLAYS: Record<string, Action[][]> = {
    'does nothing': [[], [], [], [], [], [], [], []],
    'follows the steps': STEPS.map((a) => [a]),
    'builds for home': [[R(3)], [L(3)], [buy(2), L(2)], [stock], [L(2)], [], [], []],
    'builds for home, buys domestic lightly': [
      [R(3)],
      [L(3)],
      [buy(1), L(2)],
      [stock],
      [eco(1), L(1)],
      [],
      [],
      [],
    ],
    'builds, certifies and exports': [
      [R(3)],
      [L(3)],
      [buy(1), L(2)],
      [stock],
      [eco(3), L(2)],
      [],
      [drive(3)],
      [],
    ],
  };
  const endings = Object.fromEntries(
    Object.entries(PLAYS).map(([name, turns]) => {
      let state = newGame(scenario, 'tutorial');
      for (const orders of turns) {
        if (state.ending) break;
        const r = resolveTurn(scenario, state, { holder: [], challenger: orders });
        if (!r.ok) throw new Error(`${name}, turn ${state.turn}: ${r.error.message}`);
        state = r.value.state;
      }
      return [name, state.ending!.id];
    }),
  );

  it('is reached by some way of playing it', () => {
    expect(endings).toEqual({
      // No stockpile: the photoresist ban stops the fabs, and the crisis costs the holder's firms their market.
      'does nothing': 'crisis/managed-competition',
      'follows the steps': 'still-choked/firm-grip', // eight turns are too few
      'builds for home': 'self-reliant/double-edged-sword',
      // The holder's firms end above 0.91 of their revenue: hurt, but not below the line.
      'builds for home, buys domestic lightly': 'next-japan/managed-competition',
      'builds, certifies and exports': 'leader/managed-competition',
    });
  });
});

describe('the holder’s tutorial', () => {
  const holderTutorial = shipped('tutorial-holder');
  const HOLDER_STEPS: Action[] = [
    { type: 'setControl', tech: 'photoresist', level: 'downgraded' },
    { type: 'setResearch', tech: 'photoresist', level: 1 },
    { type: 'setEntityList', champion: 'rail-champion', listed: true },
    { type: 'setAllies', level: 1 },
    { type: 'setSupport', level: 1 },
    {
      type: 'offer',
      gives: [{ kind: 'loosen', tech: 'photoresist' }],
      asks: [{ kind: 'purchase', tech: 'photoresist' }],
    },
    { type: 'setPriceCut', tech: 'bearings', level: 1 },
    { type: 'setLicense', tech: 'bearings', licensed: true },
  ];

  it('teaches the holder one control a turn, each locked until its turn and legal on it', () => {
    expect(holderTutorial.suggestedSide).toBe('holder');
    expect(holderTutorial.tutorial!.map((s) => [s.turn, s.unlocks])).toEqual(
      HOLDER_STEPS.map((a, i) => [i + 1, [a.type]]),
    );
    let state = newGame(holderTutorial, 'tutorial');
    const states = [state];
    const reports: TurnReport[] = [];
    for (const [i, step] of HOLDER_STEPS.entries()) {
      const next = HOLDER_STEPS[i + 1];
      if (next) {
        const early = resolveTurn(holderTutorial, state, { holder: [next], challenger: [] });
        expect(early.ok ? null : early.error.code, `turn ${i + 1}: ${next.type}`).toBe('ERR_LOCKED');
      }
      // China answers the step's proposal as the computer opponents do.
      const r = resolveTurn(holderTutorial, state, {
        holder: [step],
        challenger: answerOrders(state, 'challenger'),
      });
      expect(r.ok ? null : r.error.message, `turn ${i + 1}`).toBeNull();
      if (r.ok) {
        state = r.value.state;
        states.push(state);
        reports.push(r.value.report);
      }
    }
    expect(state.ending?.turn).toBe(8);
    // The durability test that step 7 cites has come before it.
    expect(state.fired).toContain('durability-test');
    // Step 6's deal is made on turn 7, before the game ends, and what its text says to watch is seen:
    // photoresist back to licences, and the holder's share of China's photoresist market rising under
    // the purchase commitment, with its revenue from it.
    expect(reports[6]!.talks?.outcome).toBe('deal');
    expect(states[6]!.holder.policy.control.photoresist).toBe('downgraded');
    expect(states[7]!.holder.policy.control.photoresist).toBe('license');
    const photoresist = (s: GameState) => s.techs.find((t) => t.id === 'photoresist')!;
    expect(photoresist(states[7]!).domestic.holder).toBeGreaterThan(photoresist(states[6]!).domestic.holder);
    expect(photoresist(states[8]!).domestic.holder).toBeGreaterThan(photoresist(states[7]!).domestic.holder);
    const revenue = (r: TurnReport) => r.techs.find((t) => t.tech === 'photoresist')!.revenue.holder;
    expect(revenue(reports[6]!)).toBeGreaterThan(revenue(reports[5]!));
    expect(states[7]!.tension).toBeLessThanOrEqual(states[6]!.tension);
  });
});
