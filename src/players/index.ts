// Players by name, as the command line and the game accept them.
import { aiNames, CHALLENGER_PERSONALITIES, HOLDER_PERSONALITIES, parseAiName } from './ai/aiName.ts';
import { aiPlayer, aiStyle } from './ai/aiPlayer.ts';
import { FIXED_PLAYERS } from './fixed.ts';
import { idle } from './idle.ts';
import type { Player } from './player.ts';
import { random } from './random.ts';
import { switchingPlayer } from './switching.ts';

export {
  AI_LEVELS,
  type AiLevel,
  CHALLENGER_PERSONALITIES,
  DEFAULT_PERSONALITY,
  HOLDER_PERSONALITIES,
  type Personality,
  parseAiName,
  personalitiesOf,
} from './ai/aiName.ts';
export { styleOf } from './ai/styleOf.ts';
export type { Player, PlayerContext } from './player.ts';

const PLAYERS: Record<string, Player> = {
  idle,
  random,
  ...Object.fromEntries(
    Object.entries(FIXED_PLAYERS).map(([name, f]) => [name, { ...f.player, side: f.side }]),
  ),
};

/** Every player name, AI levels and personalities included (`ai:<level>[:<personality>]`). */
export const PLAYER_NAMES = [...Object.keys(PLAYERS), ...aiNames()];

/** The players in one line, for messages: the AI's many names are given as a pattern. */
export function describePlayers(): string {
  return `${Object.keys(PLAYERS).join(', ')}, switch:<fixed doctrine>:<k>:<fixed doctrine> (one for k turns, then the other), ai:<easy|normal|hard>[:<personality>] (holder: ${HOLDER_PERSONALITIES.join(', ')}; challenger: ${CHALLENGER_PERSONALITIES.join(', ')})`;
}

export function parsePlayer(name: string): Player | null {
  if (Object.hasOwn(PLAYERS, name)) return PLAYERS[name]!;
  if (name.startsWith('switch:')) return switchingPlayer(name);
  const ai = parseAiName(name);
  return ai ? aiPlayer(ai, name) : null;
}

/** A player for outcome ranges: an AI name stands in as its fast style of play; other names as themselves. */
export function parseStyle(name: string): Player | null {
  const ai = parseAiName(name);
  return ai ? aiStyle(ai, name) : parsePlayer(name);
}
