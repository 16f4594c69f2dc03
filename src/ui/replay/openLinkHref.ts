// Opening a link of this game, wherever it was opened (on boot, in the same tab, or pasted): a replay
// opens in the viewer, a game played by link where it stands. A link that is refused is said so, with
// its turn, and nothing else changes: the saved game, a game in progress and a game by link stay as
// they were.

import { arrive } from '../../game/linkArrival.ts';
import { browserStorage, localShelf } from '../../game/linkRecord.ts';
import { replayFromLink, scenarioLookup } from '../../game/loadedReplay.ts';
import { t } from '../../i18n/index.ts';
import { decodeLink, type ReplayError } from '../../replay/index.ts';
import type { Shell } from '../../shell/shell.ts';
import { el } from '../dom.ts';
import { damagedLinkNotice } from '../linkPlay/damagedLink.ts';
import { refuseOnLinkScreen } from '../linkPlay/linkRefusals.ts';
import { refusalNotice } from './refusal.ts';
import { pageAddress } from './shareDialog.ts';

const refusedOnTitle = (app: Shell, error: ReplayError) =>
  app.go('title', { notice: refusalNotice(error, 'link') });

/** A game id read from a play link's JSON without trusting it: only to find this browser's copy. */
function gameIdOf(text: string): string | null {
  try {
    const id = (JSON.parse(text) as { game?: unknown }).game;
    return typeof id === 'string' && /^[0-9a-f]{32}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

export function openLinkHref(app: Shell, href: string): void {
  const decoded = decodeLink(href);
  if (!decoded.ok) {
    if (!refuseOnLinkScreen(decoded.error)) refusedOnTitle(app, decoded.error);
    return;
  }
  if (decoded.value.kind === 'scenario') {
    // A scenario shared from the studio opens there, and is validated there like a file.
    if (decoded.value.cut)
      refusedOnTitle(app, {
        code: 'ERR_LINK_GARBLED',
        message: t('studio.linkCut'),
        turn: null,
        reproduced: 0,
      });
    else app.go('studio', { text: decoded.value.text, notice: t('studio.fromLink') });
    return;
  }
  if (decoded.value.kind === 'replay') {
    const loaded = replayFromLink(app, href);
    if (loaded.ok) app.go('viewer', { loaded: loaded.value });
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
    app.go('title', {
      notice: damagedLinkNotice(app, inspected, () => openLinkHref(app, href)),
    });
    return;
  }
  const known = inspected.kind === 'ok' ? inspected.record : null;
  const arrival = arrive(decoded.value.text, find, known, pageAddress());
  switch (arrival.kind) {
    case 'accepted': {
      const kept = shelf.write(arrival.record);
      app.go('link', {
        record: arrival.record,
        knownTurns: arrival.knownTurns,
        report: arrival.report,
        ...(kept ? {} : { notice: el('p', { class: 'notice error', role: 'alert' }, t('link.notKept')) }),
      });
      return;
    }
    case 'older':
      app.go('link', {
        record: arrival.record,
        notice: el('p', { class: 'notice', role: 'status' }, t('link.older')),
      });
      return;
    case 'noSecret':
      app.go('link', {
        record: arrival.known,
        notice: el('p', { class: 'notice error', role: 'alert' }, t('link.noSecret', { turn: arrival.turn })),
      });
      return;
    case 'refused':
      if (arrival.known)
        app.go('link', { record: arrival.known, notice: refusalNotice(arrival.error, 'link', 'linkGame') });
      else refusedOnTitle(app, arrival.error);
  }
}
