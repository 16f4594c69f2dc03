// What the end screen and the game's menu offer for the game's replay: watch it, share it as a link, and
// for a fork, compare it with the timeline it left (kept in this browser when the fork began, or opened
// from its file).

import { findParent } from '../../game/forkParents.ts';
import { replayFromFile, replayOfSession } from '../../game/loadedReplay.ts';
import type { Session } from '../../game/session.ts';
import { t } from '../../i18n/index.ts';
import { compareTimelines, type Replay, replayHash } from '../../replay/index.ts';
import { refuse } from '../../replay/problems.ts';
import { route, type Shell } from '../../shell/shell.ts';
import { el, fill } from '../dom.ts';
import { replayFileName } from '../replayFile.ts';
import { button } from '../widgets.ts';
import { fileInput } from './filePicker.ts';
import { refusalNotice } from './refusal.ts';
import { shareDialog } from './shareDialog.ts';

/** Opens the share dialog for the game so far; `onclose` runs when it is closed. */
export function shareSession(session: Session): HTMLElement {
  const overlay = shareDialog(session.toReplay(), replayFileName(session), () => overlay.remove());
  document.body.appendChild(overlay);
  return overlay;
}

/** Buttons for the end screen, and a place for what a refused comparison says. */
export function endReplayActions(
  app: Shell,
  session: Session,
): { buttons: HTMLElement[]; notice: HTMLElement } {
  const notice = el('div', {});
  const watch = button(t('end.watch'), () =>
    app.go('viewer', { loaded: replayOfSession(session), back: route('end') }),
  );
  const share = button(t('end.share'), () => shareSession(session));
  const parent = session.parent;
  if (!parent) return { buttons: [watch, share], notice };

  const compareWith = (original: Replay) => {
    const fork = session.toReplay();
    const compared = compareTimelines(session.scenario, original, fork);
    if (!compared.ok) return void fill(notice, refusalNotice(compared.error, 'second'));
    app.go('compare', {
      scenario: session.scenario,
      timelines: {
        a: { replay: original, label: t('compare.original') },
        b: { replay: fork, label: t('compare.fork', { turn: parent.turn }) },
      },
      comparison: compared.value,
      back: route('end'),
    });
  };
  const input = fileInput('parent-replay', (file) => {
    void replayFromFile(app, file).then((loaded) => {
      if (!loaded.ok) return void fill(notice, refusalNotice(loaded.error, 'second'));
      if (replayHash(loaded.value.replay) !== parent.hash) {
        return void fill(
          notice,
          refusalNotice(
            refuse('ERR_HISTORY_CHANGED', `This replay is not the one this game was forked from.`, null)
              .error,
            'second',
          ),
        );
      }
      compareWith(loaded.value.replay);
    });
  });
  const compare = button(t('end.compare'), () => {
    const kept = findParent(parent.hash);
    if (kept) compareWith(kept);
    else input.click();
  });
  return { buttons: [watch, share, compare, input], notice };
}
