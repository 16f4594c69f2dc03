// What stops the game in play from being saved, said at once and kept in view until it is solved: storage
// full (with the way out: export the game, delete old ones), storage missing, the game open in another
// tab. The banner lives outside the screens, so changing screens does not hide it; a successful save
// removes it.
import type { SaveStatus } from '../../game/gameSaving.ts';
import { serialise } from '../../game/save.ts';
import type { Session } from '../../game/session.ts';
import { t } from '../../i18n/index.ts';
import type { Shell } from '../../shell/shell.ts';
import { el, fill } from '../dom.ts';
import { button, download } from '../widgets.ts';
import './saves.css';

const ID = 'save-status';

/** A file name for a game's save: its scenario and turn. */
export const saveFileName = (session: Session): string =>
  `slow-tug-${session.scenario.id}-turn-${session.state.turn}.json`;

function banner(): HTMLElement {
  let node = document.getElementById(ID);
  if (!node) {
    node = el('div', { id: ID, class: 'save-status', role: 'alert' });
    document.body.append(node);
  }
  return node;
}

export function clearSaveStatus(): void {
  document.getElementById(ID)?.remove();
}

export function showSaveStatus(app: Shell, status: SaveStatus, session: Session): void {
  if (status.kind === 'saved') {
    // A good save ends a storage problem; a notice stays until the player dismisses it.
    if (document.getElementById(ID)?.dataset.kind !== 'notice') clearSaveStatus();
    return;
  }
  const exportGame = button(t('saves.export'), () => download(saveFileName(session), serialise(session)));
  const manage = button(t('saves.manage'), () => app.go('title'));
  const turn = status.lastTurn === null ? '—' : String(status.lastTurn);
  const node = banner();
  node.dataset.kind = status.kind;
  switch (status.kind) {
    case 'full':
      fill(node, el('p', {}, t('saves.full', { turn })), el('div', { class: 'row' }, exportGame, manage));
      return;
    case 'unavailable':
      fill(node, el('p', {}, t('saves.unavailable')), el('div', { class: 'row' }, exportGame));
      return;
    case 'elsewhere': {
      const takeOver = button(t('saves.takeOver'), async () => {
        const id = (await app.saves()).saving.id;
        if (!id) return;
        void app.openSaved(id, true).then((why) => {
          if (why === null) {
            clearSaveStatus();
            app.go('game');
          }
        });
      });
      fill(node, el('p', {}, t('saves.elsewhere')), el('div', { class: 'row' }, takeOver, exportGame));
      return;
    }
    case 'takenOver':
      fill(node, el('p', {}, t('saves.takenOver')), el('div', { class: 'row' }, manage));
      return;
    case 'newer':
      fill(node, el('p', {}, t('saves.newer')), el('div', { class: 'row' }, manage, exportGame));
      return;
  }
}

/** A one-off notice in the same place (for example, draft changes left out of a save). */
export function showSaveNotice(text: string): void {
  const node = banner();
  node.dataset.kind = 'notice';
  fill(node, el('p', {}, text), el('div', { class: 'row' }, button(t('saves.dismiss'), clearSaveStatus)));
}
