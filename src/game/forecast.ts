// What a plan is expected to do next turn. The forecast resolves the turn on copies of the state whose
// random streams are reseeded from the turn, averaged over a few samples: it never peeks at the game's
// own next draws, so it cannot leak a breakthrough or an event before it happens.
import type { Scenario } from '../scenario/schema.ts';
import { type Action, type GameState, resolveTurn, type Side } from '../sim/index.ts';
import { seedStreams } from '../sim/random.ts';

export interface TechForecast {
  tech: string;
  capability: number; // the side's own capability change
  home: number; // challenger home share change (holder: its share of the challenger market)
  abroad: number;
  chain: number;
  rope: number;
}

export interface Forecast {
  techs: TechForecast[];
  money: number; // change in the side's treasury
}

const SAMPLES = 3;

export function forecast(
  scenario: Scenario,
  state: GameState,
  side: Side,
  actions: readonly Action[],
): Forecast | null {
  const sums = state.techs.map((t) => ({ tech: t.id, capability: 0, home: 0, abroad: 0, chain: 0, rope: 0 }));
  let money = 0;
  for (let k = 0; k < SAMPLES; k++) {
    const trial: GameState = { ...state, rng: seedStreams(`${state.seed}/forecast/${state.turn}/${k}`) };
    const orders =
      side === 'holder' ? { holder: [...actions], challenger: [] } : { holder: [], challenger: [...actions] };
    const r = resolveTurn(scenario, trial, orders);
    if (!r.ok) return null;
    const next = r.value.state;
    next.techs.forEach((t, i) => {
      const before = state.techs[i]!;
      const s = sums[i]!;
      if (side === 'challenger') {
        s.capability += t.challenger.capability - before.challenger.capability;
        s.home += t.domestic.challenger - before.domestic.challenger;
        s.abroad += t.foreign.challenger - before.foreign.challenger;
        s.chain += t.challenger.chain - before.challenger.chain;
      } else {
        s.capability += t.holder.capability - before.holder.capability;
        s.home += t.domestic.holder - before.domestic.holder;
        s.abroad += t.foreign.holder - before.foreign.holder;
        s.chain += t.holder.chain - before.holder.chain;
      }
      s.rope += t.rope - before.rope;
    });
    money += next[side].money - state[side].money;
  }
  const mean = (x: number) => x / SAMPLES;
  return {
    techs: sums.map((s) => ({
      tech: s.tech,
      capability: mean(s.capability),
      home: mean(s.home),
      abroad: mean(s.abroad),
      chain: mean(s.chain),
      rope: mean(s.rope),
    })),
    money: mean(money),
  };
}

/** Where a plan kept for some turns leaves the board: each rope's move, and the two figures a crisis turns on. */
export interface Ahead {
  ropes: number[]; // each technology's rope move
  industry: number; // the challenger's industry index move (a long fall below the scenario's depth is a crisis)
  health: number; // the holder's firms' revenue index move (what its controls cost it)
}

/**
 * Where the next `turns` turns (fewer where the game ends first) leave the board if the side's orders
 * stand and neither side changes anything after them: what a setting adds up to, which one turn of a
 * slow tug rarely shows. Averaged over the same reseeded samples as the forecast, so that two plans
 * compared see the same events.
 */
export function ahead(
  scenario: Scenario,
  state: GameState,
  side: Side,
  actions: readonly Action[],
  turns: number,
): Ahead | null {
  const out: Ahead = { ropes: state.techs.map(() => 0), industry: 0, health: 0 };
  for (let k = 0; k < SAMPLES; k++) {
    let s: GameState = { ...state, rng: seedStreams(`${state.seed}/ahead/${state.turn}/${k}`) };
    for (let n = 0; n < turns && !s.ending; n++) {
      const mine = n === 0 ? [...actions] : [];
      const orders = side === 'holder' ? { holder: mine, challenger: [] } : { holder: [], challenger: mine };
      const r = resolveTurn(scenario, s, orders, { explain: false });
      if (!r.ok) return null;
      s = r.value.state;
    }
    s.techs.forEach((t, i) => {
      out.ropes[i]! += (t.rope - state.techs[i]!.rope) / SAMPLES;
    });
    out.industry += (s.challenger.industryIndex - state.challenger.industryIndex) / SAMPLES;
    out.health += (s.holder.health - state.holder.health) / SAMPLES;
  }
  return out;
}

/** The difference a change makes: the forecast with it minus the forecast without it. */
export function marginal(a: Forecast, b: Forecast): Forecast {
  return {
    techs: a.techs.map((t, i) => {
      const o = b.techs[i]!;
      return {
        tech: t.tech,
        capability: t.capability - o.capability,
        home: t.home - o.home,
        abroad: t.abroad - o.abroad,
        chain: t.chain - o.chain,
        rope: t.rope - o.rope,
      };
    }),
    money: a.money - b.money,
  };
}
