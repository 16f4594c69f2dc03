// The other side's decisions. Players are pure and fast today; the interface is asynchronous so a
// slower AI can think in a worker without freezing the page.
import { parsePlayer } from '../players/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Action, GameState, Side } from '../sim/index.ts';

export const HOTSEAT = 'hotseat';

export interface Opponent {
  name: string;
  decide(scenario: Scenario, state: GameState, side: Side): Promise<Action[]>;
}

export function opponentFor(name: string): Opponent | null {
  const player = parsePlayer(name);
  if (!player) return null;
  return { name, decide: async (scenario, state, side) => player.decide({ scenario, state, side }) };
}
