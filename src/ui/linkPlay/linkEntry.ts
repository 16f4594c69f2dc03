// Ways into play by link: "A friend, by link" as an opponent on the scenario choice, which starts a game
// whose creator seals first; and "Continue the game by link" on the title, for the game last played here.

import { browserStorage, localShelf, openRecord } from '../../game/linkRecord.ts';
import { scenarioLookup } from '../../game/loadedReplay.ts';
import { t, tx } from '../../i18n/index.ts';
import { hexOf, startLinkGame } from '../../replay/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { Shell } from '../../shell/shell.ts';
import type { Side } from '../../sim/index.ts';
import { el } from '../dom.ts';
import { refusalNotice } from '../replay/refusal.ts';
import { button, sideName } from '../widgets.ts';
import { damagedLinkNotice } from './damagedLink.ts';

export function startLinkPlay(app: Shell, scenario: Scenario, seed: string, side: Side): void {
  const started = startLinkGame(scenario, {
    seed,
    game: hexOf(crypto.getRandomValues(new Uint8Array(16))),
    sealer: side,
    meta: { players: { holder: 'person', challenger: 'person' }, app: 'Slow Tug-of-War' },
  });
  if (!started.ok) {
    app.go('title', { notice: refusalNotice(started.error, 'link', 'save') });
    return;
  }
  const record = { game: started.value.game, me: side, secret: null, link: null };
  localShelf(browserStorage(), scenarioLookup(app)).write(record);
  app.go('link', { record });
}

/** The title's way back to the game last played by link here, if there is one. */
export function linkGameEntry(app: Shell): HTMLElement[] {
  const find = scenarioLookup(app);
  const shelf = localShelf(browserStorage(), find);
  const id = shelf.last();
  const inspected = id ? shelf.inspect(id) : null;
  // A damaged copy is reported with the way to keep it, never left out silently.
  if (inspected?.kind === 'damaged') return [damagedLinkNotice(app, inspected, null)];
  const record = inspected?.kind === 'ok' ? inspected.record : null;
  const open = record ? openRecord(record, find) : null;
  if (!record || !open) return [];
  const scenario = find(record.game.replay.scenario.id)!;
  return [
    button(t('link.continue'), () => app.go('link', { record }), {
      class: 'btn big',
      'aria-describedby': 'link-continue-what',
    }),
    el(
      'span',
      { id: 'link-continue-what', class: 'muted' },
      open.phase.phase === 'over'
        ? t('link.continueOver', { scenario: tx(scenario.title) })
        : t('link.continueWhat', {
            scenario: tx(scenario.title),
            turn: open.phase.turn,
            side: sideName(record.me),
          }),
    ),
  ];
}
