// The other side's decisions. In the browser the AI thinks in a worker, so the page never freezes while
// it looks ahead; where there are no workers (Node, tests) it decides in this thread, to the same orders.
import { parseAiName, parsePlayer } from '../players/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Action, GameState, Side } from '../sim/index.ts';
import { type AiClient, aiClient } from './clients.ts';

export interface Opponent {
  name: string;
  decide(scenario: Scenario, state: GameState, side: Side): Promise<Action[]>;
}

let thinker: AiClient | null = null; // one worker for the page, started on the AI's first decision

export function opponentFor(name: string): Opponent | null {
  const player = parsePlayer(name);
  if (!player) return null;
  const here = (scenario: Scenario, state: GameState, side: Side) => player.decide({ scenario, state, side });
  if (!parseAiName(name) || typeof Worker === 'undefined') {
    return { name, decide: async (scenario, state, side) => here(scenario, state, side) };
  }
  return {
    name,
    async decide(scenario, state, side) {
      thinker ??= aiClient();
      try {
        return await thinker.decide(scenario, state, side, name);
      } catch {
        // A worker that failed to start (or died) is replaced next time; this turn is decided here, to
        // the same orders, so the game goes on.
        thinker.terminate();
        thinker = null;
        return here(scenario, state, side);
      }
    },
  };
}
