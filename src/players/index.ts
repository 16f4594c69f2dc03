// Players by name, as the command line and the game accept them.
import { FIXED_PLAYERS } from './fixed.ts';
import { idle } from './idle.ts';
import type { Player } from './player.ts';
import { random } from './random.ts';

export type { Player, PlayerContext } from './player.ts';

const PLAYERS: Record<string, Player> = {
  idle,
  random,
  ...Object.fromEntries(Object.entries(FIXED_PLAYERS).map(([name, f]) => [name, f.player])),
};

export const PLAYER_NAMES = Object.keys(PLAYERS);

export function parsePlayer(name: string): Player | null {
  return Object.hasOwn(PLAYERS, name) ? PLAYERS[name]! : null;
}
