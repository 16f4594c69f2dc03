import { type Player, parsePlayer } from '../../src/players/index.ts';

export function fixedPlayer(name: string): Player {
  const p = parsePlayer(name);
  if (!p) throw new Error(`no player ${name}`);
  return p;
}
