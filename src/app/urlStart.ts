// Starting a game from the address: /?scenario=<id>&seed=<text>&side=holder|challenger&opponent=<player>
// (main.ts reads &lang=zh|en, and loads this only when the address names a scenario).
import { HOTSEAT } from '../game/opponent.ts';
import { Session } from '../game/session.ts';
import { parsePlayer } from '../players/index.ts';
import type { App } from './app.ts';

export function startFromUrl(app: App, params: URLSearchParams): boolean {
  const id = params.get('scenario');
  if (!id) return false;
  const scenario = app.shipped.find((s) => s.id === id);
  const side = params.get('side') ?? 'challenger';
  const opponent = params.get('opponent') ?? 'random';
  if (
    !scenario ||
    (side !== 'holder' && side !== 'challenger') ||
    (opponent !== HOTSEAT && !parsePlayer(opponent)) ||
    parsePlayer(opponent)?.side === side // a personality or doctrine of the player's own side
  )
    return false;
  const seed = (params.get('seed') ?? '').slice(0, 60) || 'seed';
  app.session = new Session({ scenario, seed, side, opponent });
  app.autosave();
  app.go('game');
  return true;
}
