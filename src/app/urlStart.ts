// Starting a game from the address: /?scenario=<id>&seed=<text>&side=holder|challenger&opponent=<player>
// (main.ts reads &lang=zh|en, and loads this only when the address names a scenario). An address that
// cannot start a game says why on the title; a game started from it is a new saved game, beside the
// others, so it replaces none.
import { HOTSEAT } from '../game/opponent.ts';
import { Session } from '../game/session.ts';
import { t } from '../i18n/index.ts';
import { parsePlayer } from '../players/index.ts';
import { quote } from '../scenario/problems.ts';
import { el } from '../ui/dom.ts';
import type { App } from './app.ts';

const sideWord = (side: 'holder' | 'challenger') => t(side === 'holder' ? 'side.holder' : 'side.challenger');

/** Why the address cannot start a game, in the interface's language; null when it can. */
function problemOf(app: App, params: URLSearchParams): string | null {
  const id = params.get('scenario') ?? '';
  const side = params.get('side') ?? 'challenger';
  const opponent = params.get('opponent') ?? 'random';
  if (!app.shipped.some((s) => s.id === id))
    return t('url.noScenario', { id: quote(id, 40), ids: app.shipped.map((s) => s.id).join(', ') });
  if (side !== 'holder' && side !== 'challenger') return t('url.badSide', { side: quote(side, 20) });
  if (opponent !== HOTSEAT && !parsePlayer(opponent))
    return t('url.badOpponent', { opponent: quote(opponent, 40) });
  if (parsePlayer(opponent)?.side === side)
    return t('url.ownSide', { opponent: quote(opponent, 40), side: sideWord(side) });
  return null;
}

export function startFromUrl(app: App, params: URLSearchParams): boolean {
  if (!params.has('scenario')) return false;
  const problem = problemOf(app, params);
  if (problem) {
    app.go('title', { notice: el('p', { class: 'notice error', role: 'alert' }, problem) });
    return true;
  }
  const scenario = app.shipped.find((s) => s.id === params.get('scenario'))!;
  const side = (params.get('side') ?? 'challenger') as 'holder' | 'challenger';
  const opponent = params.get('opponent') ?? 'random';
  const seed = (params.get('seed') ?? '').slice(0, 60) || 'seed';
  app.session = new Session({ scenario, seed, side, opponent });
  app.autosave();
  app.go('game');
  return true;
}
