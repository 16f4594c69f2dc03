// View models: what the board and the panels show, derived from the state by pure functions so that
// the Phaser board and the accessible DOM read the same figures.
import type { Scenario, Text } from '../scenario/schema.ts';
import {
  type Category,
  type ControlLevel,
  type GameState,
  own,
  ropeInputs,
  strengths,
} from '../sim/index.ts';

export interface Triad {
  make: number; // 0–100
  sell: number; // 0–100
  chain: number; // 0–100
}

export interface LaneView {
  id: string;
  name: Text;
  category: Category;
  rope: number;
  target: number;
  control: ControlLevel;
  holder: Triad;
  challenger: Triad;
  shortage: number;
  listedChampion: boolean; // an entity-listed champion depends on this technology
}

export function lanes(scenario: Scenario, s: GameState): LaneView[] {
  return scenario.technologies.map((def, i) => {
    const t = s.techs[i]!;
    let factor = 1;
    for (const up of def.dependsOn) {
      const u = s.techs.find((x) => x.id === up);
      if (u) factor = Math.min(factor, u.fulfilment);
    }
    const st = strengths(ropeInputs(t, t.challenger.capacity * factor));
    const listed = scenario.champions.some(
      (c) =>
        s.holder.policy.entityList.includes(c.id) &&
        scenario.industries.find((ind) => ind.id === c.industry)?.uses.some((u) => u.tech === def.id),
    );
    return {
      id: def.id,
      name: def.name,
      category: def.category,
      rope: t.rope,
      target: t.ropeTarget,
      control: own(s.holder.policy.control, def.id) ?? 'open',
      holder: { make: st.holder.make, sell: st.holder.sell, chain: st.holder.chain },
      challenger: { make: st.challenger.make, sell: st.challenger.sell, chain: st.challenger.chain },
      shortage: t.shortage,
      listedChampion: listed,
    };
  });
}

/** The date a turn falls on. */
export function turnDate(scenario: Scenario, turn: number): { year: number; quarter: number } {
  const q = scenario.start.quarter - 1 + (turn - 1);
  return { year: scenario.start.year + Math.floor(q / 4), quarter: (q % 4) + 1 };
}
