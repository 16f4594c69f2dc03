// Opening a link of this game, wherever it was opened (on boot, in the same tab, or pasted): a replay
// opens in the viewer, a game played by link where it stands. A link that is refused is said so, with
// its turn, and nothing else changes: the saved game, a game in progress and a game by link stay as
// they were.
import type { App } from '../../app/app.ts';
import { t } from '../../i18n/index.ts';
import { decodeLink, type ReplayError } from '../../replay/index.ts';
import { el } from '../dom.ts';
import { arrive } from '../linkPlay/arrival.ts';
import { linkGameScreen, refuseOnLinkScreen } from '../linkPlay/linkGameScreen.ts';
import { browserStorage, localShelf } from '../linkPlay/linkRecord.ts';
import { titleScreen } from '../title.ts';
import { button, download } from '../widgets.ts';
import { replayFromLink, scenarioLookup } from './loaded.ts';
import { refusalNotice } from './refusal.ts';
import { pageAddress } from './shareDialog.ts';
import { viewerScreen } from './viewerScreen.ts';

const refusedOnTitle = (app: App, error: ReplayError) =>
  app.show((a) => titleScreen(a, { notice: refusalNotice(error, 'link') }));

/** A game id read from a play link's JSON without trusting it: only to find this browser's copy. */
function gameIdOf(text: string): string | null {
  try {
    const id = (JSON.parse(text) as { game?: unknown }).game;
    return typeof id === 'string' && /^[0-9a-f]{32}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

/** A damaged copy of a game by link: kept; downloadable; set aside only when the player says so. */
export function damagedLinkNotice(
  app: App,
  damaged: { id: string; reason: string; text: string },
  href: string | null,
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
      href
        ? button(t('link.damagedOpenAnyway'), () => {
            if (shelf.setAside(damaged.id)) openLinkHref(app, href);
          })
        : button(t('link.damagedSetAside'), () => {
            if (shelf.setAside(damaged.id)) app.show(titleScreen);
          }),
    ),
  );
}

export function openLinkHref(app: App, href: string): void {
  const decoded = decodeLink(href);
  if (!decoded.ok) {
    if (!refuseOnLinkScreen(decoded.error)) refusedOnTitle(app, decoded.error);
    return;
  }
  if (decoded.value.kind === 'replay') {
    const loaded = replayFromLink(app, href);
    if (loaded.ok) app.show(viewerScreen(loaded.value));
    else refusedOnTitle(app, loaded.error);
    return;
  }
  const find = scenarioLookup(app);
  const shelf = localShelf(browserStorage(), find);
  const id = gameIdOf(decoded.value.text);
  const inspected = id ? shelf.inspect(id) : ({ kind: 'none' } as const);
  if (inspected.kind === 'damaged') {
    // This browser's copy cannot be read: opening the link now would guess the side and lose the move
    // sealed here. Keep the copy, say so, and let the player choose.
    app.show((a) => titleScreen(a, { notice: damagedLinkNotice(a, inspected, href) }));
    return;
  }
  const known = inspected.kind === 'ok' ? inspected.record : null;
  const arrival = arrive(decoded.value.text, find, known, pageAddress());
  switch (arrival.kind) {
    case 'accepted': {
      const kept = shelf.write(arrival.record);
      app.show(
        linkGameScreen(arrival.record, {
          knownTurns: arrival.knownTurns,
          report: arrival.report,
          ...(kept ? {} : { notice: el('p', { class: 'notice error', role: 'alert' }, t('link.notKept')) }),
        }),
      );
      return;
    }
    case 'older':
      app.show(
        linkGameScreen(arrival.record, {
          notice: el('p', { class: 'notice', role: 'status' }, t('link.older')),
        }),
      );
      return;
    case 'noSecret':
      app.show(
        linkGameScreen(arrival.known, {
          notice: el(
            'p',
            { class: 'notice error', role: 'alert' },
            t('link.noSecret', { turn: arrival.turn }),
          ),
        }),
      );
      return;
    case 'refused':
      if (arrival.known)
        app.show(linkGameScreen(arrival.known, { notice: refusalNotice(arrival.error, 'link', 'linkGame') }));
      else refusedOnTitle(app, arrival.error);
  }
}
