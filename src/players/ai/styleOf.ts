// Which personality a game's side played most like, for "what usually happens" after a game: the one
// whose signature stance would have asked for the fewest changes to that side's settings, summed over
// the game. It is the AI's own test for recognising the stance it has been playing, applied to a person.
import type { Scenario } from '../../scenario/schema.ts';
import type { GameState, Side } from '../../sim/index.ts';
import { DEFAULT_PERSONALITY, type Personality, personalitiesOf } from './aiName.ts';
import { signature } from './personalities.ts';
import { stanceOrders } from './stance.ts';

/** `states` is the game so far, its start first; each later state holds the settings a turn left. */
export function styleOf(scenario: Scenario, states: readonly GameState[], side: Side): Personality {
  // The side's middle road first, so that it wins a tie.
  const personalities = [DEFAULT_PERSONALITY[side], ...personalitiesOf(side)];
  let best: Personality = DEFAULT_PERSONALITY[side];
  let fewest = Number.POSITIVE_INFINITY;
  for (const p of personalities) {
    let changes = 0;
    for (const state of states.slice(1)) {
      if (state.ending) continue;
      changes += stanceOrders(scenario, state, side, signature(p)).filter(
        (a) => a.type !== 'offer' && a.type !== 'choose',
      ).length;
    }
    if (changes < fewest) [best, fewest] = [p, changes];
  }
  return best;
}
