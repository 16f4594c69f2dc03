// "Load a replay" on the title: a button that opens the file picker, and a page that takes a dropped
// file. A replay that verifies opens in the viewer; anything else is refused where the player is, with
// the turn named, and nothing else changes: the game in progress and its save stay as they were.

import { t } from '../../i18n/index.ts';
import type { Shell } from '../../shell/shell.ts';
import { el, fill } from '../dom.ts';
import { button } from '../widgets.ts';
import { fileInput, takeDroppedFiles } from './filePicker.ts';
import { refusalNotice } from './refusal.ts';

export interface ReplayOpener {
  button: HTMLButtonElement;
  input: HTMLInputElement;
  notice: HTMLElement;
  /** Takes files dropped on the page while `zone` is shown; returns the cleanup. */
  listen(zone: HTMLElement): () => void;
}

export function replayOpener(app: Shell): ReplayOpener {
  const notice = el('div', { class: 'replay-notice' });
  const open = async (file: File) => {
    fill(notice, el('p', { class: 'muted', role: 'status' }, t('replay.checking', { file: file.name })));
    // Reading a replay needs the replay code, loaded only when a file is opened.
    const { replayFromFile } = await import('../../game/loadedReplay.ts');
    const loaded = await replayFromFile(app, file);
    if (loaded.ok) app.go('viewer', { loaded: loaded.value });
    else fill(notice, refusalNotice(loaded.error, 'file'));
  };
  const input = fileInput('replay-file', (file) => void open(file));
  return {
    button: button(t('title.loadReplay'), () => input.click(), {
      class: 'btn big',
      'aria-describedby': 'replay-drop-hint',
    }),
    input,
    notice: el(
      'div',
      {},
      el('p', { class: 'visually-hidden', id: 'replay-drop-hint' }, t('replay.dropHint')),
      notice,
    ),
    listen: (zone) => takeDroppedFiles(zone, (file) => void open(file)),
  };
}
