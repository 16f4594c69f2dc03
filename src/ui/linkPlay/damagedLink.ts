// A damaged copy of a game by link, said on the title: kept as it was, offered as a download, and put
// aside (never deleted) only when the player says so, to open the link anyway or to go on.
import { browserStorage, localShelf } from '../../game/linkRecord.ts';
import { scenarioLookup } from '../../game/loadedReplay.ts';
import { t } from '../../i18n/index.ts';
import type { Shell } from '../../shell/shell.ts';
import { el } from '../dom.ts';
import { button, download } from '../widgets.ts';

/** `openAnyway`: what to do once the copy is aside (open the link that arrived); none: back to the title. */
export function damagedLinkNotice(
  app: Shell,
  damaged: { id: string; reason: string; text: string },
  openAnyway: (() => void) | null,
): HTMLElement {
  const shelf = localShelf(browserStorage(), scenarioLookup(app));
  return el(
    'div',
    { class: 'notice error', role: 'alert' },
    el('p', {}, t('link.damaged', { reason: damaged.reason })),
    el(
      'div',
      { class: 'row' },
      button(t('link.damagedDownload'), () =>
        download(`slow-tug-link-${damaged.id.slice(0, 8)}-damaged.json`, damaged.text),
      ),
      openAnyway
        ? button(t('link.damagedOpenAnyway'), () => {
            if (shelf.setAside(damaged.id)) openAnyway();
          })
        : button(t('link.damagedSetAside'), () => {
            if (shelf.setAside(damaged.id)) app.go('title');
          }),
    ),
  );
}
