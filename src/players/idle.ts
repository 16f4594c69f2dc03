// Does nothing, every turn: the baseline every other player is measured against.
import type { Player } from './player.ts';

export const idle: Player = { name: 'idle', decide: () => [] };
