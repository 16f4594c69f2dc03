// Save and continue. A save is the game's recipe (scenario, seed, sides, every turn's orders), not its
// state: loading replays the orders, so a save can never hold a state the rules could not reach.
// Writing one is here; reading one back is saveCheck.ts, loaded when a save is read, with the schema
// library it needs (a game being played writes saves and never reads them).
import { scenarioHash } from '../replay/record.ts';
import type { Session } from './session.ts';

export const SAVE_VERSION = 1;

export function serialise(session: Session): string {
  return JSON.stringify({
    kind: 'slow-tug-save',
    version: SAVE_VERSION,
    scenarioId: session.scenario.id,
    scenarioHash: scenarioHash(session.scenario),
    ...(session.custom ? { scenario: session.scenario } : {}),
    seed: session.seed,
    side: session.side,
    opponent: session.opponentName,
    ...(session.parent ? { parent: session.parent } : {}),
    orders: session.orders,
    drafts: session.drafts,
  });
}
