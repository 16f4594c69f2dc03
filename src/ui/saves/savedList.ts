// The title's list of saved games: each with its scenario, side, turn and date, to continue, export to a
// file or delete (after a question); a save that cannot be read is listed as damaged with its reason, to
// export or delete; and a saved game can be imported from a file. Every text from a save is set as text.
import type { SavedEntry } from '../../game/savedGames.ts';
import { lang, t, tx } from '../../i18n/index.ts';
import { decodeBytes } from '../../scenario/decode.ts';
import { unhide } from '../../scenario/problems.ts';
import type { Shell } from '../../shell/shell.ts';
import { el, fill } from '../dom.ts';
import { button, download, sideName } from '../widgets.ts';
import { showSaveNotice } from './saveBanner.ts';
import './saves.css';

const MAX_IMPORT_BYTES = 4_000_000;

function dateText(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime()) || d.getTime() === 0) return '—';
  return d.toLocaleString(lang() === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function describeSave(e: SavedEntry): string {
  if (!e.meta) return t('saves.damagedTitle', { date: '—' });
  return t('saves.what', {
    scenario: tx(e.meta.title),
    side: sideName(e.meta.side),
    turn: e.meta.turn,
    ended: e.meta.finished ? t('saves.ended') : '',
    date: dateText(e.meta.date),
  });
}

export function savedGamesList(app: Shell): HTMLElement {
  const list = el('ul', {});
  const notice = el('div', { 'aria-live': 'polite' });
  // The picker is opened by the Import button; the input itself is hidden from assistive technology.
  const input = el('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    id: 'save-file',
    tabindex: '-1',
    'aria-hidden': 'true',
  });
  const section = el(
    'section',
    { class: 'saved-games', 'aria-labelledby': 'saved-games-heading' },
    el('h2', { id: 'saved-games-heading' }, t('saves.heading')),
    notice,
    list,
    el(
      'div',
      { class: 'row' },
      button(t('saves.import'), () => input.click()),
    ),
    input,
  );

  const say = (text: string, error = false) =>
    fill(
      notice,
      el('p', { class: `notice${error ? ' error' : ''}`, role: error ? 'alert' : 'status' }, text),
    );

  const row = (e: SavedEntry, first: boolean): HTMLElement => {
    const what = describeSave(e);
    const exportIt = button(t('saves.export'), () =>
      download(`slow-tug-${e.meta?.scenarioId ?? 'save'}-${e.id}.json`, e.text),
    );
    const remove = button(t('saves.delete'), () => {
      if (!window.confirm(t('saves.confirmDelete', { what }))) return;
      void app
        .saves()
        .then((s) => s.shelf.remove(e.id))
        .then(render);
    });
    if (e.problem) {
      return el(
        'li',
        { class: 'damaged', 'data-id': e.id },
        el('span', { class: 'what' }, what, el('br', {}), t('saves.damaged', { reason: unhide(e.problem) })),
        exportIt,
        remove,
      );
    }
    const open = button(
      t('saves.continue'),
      () => {
        void app.openSaved(e.id).then((why) => {
          if (why !== null) {
            say(t('saves.openFailed', { reason: unhide(why) }), true);
            return;
          }
          app.go('game');
          if (app.droppedDrafts > 0) showSaveNotice(t('saves.draftsDropped', { count: app.droppedDrafts }));
        });
      },
      { class: first ? 'btn primary' : 'btn', 'aria-describedby': `save-${e.id}` },
    );
    return el(
      'li',
      { 'data-id': e.id },
      el('span', { class: 'what', id: `save-${e.id}` }, what),
      open,
      exportIt,
      remove,
    );
  };

  const render = async () => {
    let entries: SavedEntry[];
    try {
      const { shelf, ready } = await app.saves();
      await ready;
      entries = await shelf.list();
    } catch {
      say(t('saves.unavailable'), true);
      return;
    }
    const playable = entries.filter((e) => !e.problem);
    fill(
      list,
      ...(entries.length
        ? entries.map((e) => row(e, e === playable[0]))
        : [el('li', { class: 'muted' }, t('saves.none'))]),
    );
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const name = unhide(file.name);
    if (file.size > MAX_IMPORT_BYTES) {
      say(t('saves.importRefused', { file: name, reason: `${(file.size / 1e6).toFixed(1)} MB` }), true);
      return;
    }
    void file.arrayBuffer().then(async (buffer) => {
      const decoded = decodeBytes(new Uint8Array(buffer), 'file');
      if (!decoded.ok) return say(t('saves.importRefused', { file: name, reason: decoded.message }), true);
      const r = await (await app.saves()).shelf.importText(decoded.text);
      if (!r.ok) return say(t('saves.importRefused', { file: name, reason: unhide(r.reason) }), true);
      const dropped = r.dropped ? ` ${t('saves.draftsDropped', { count: r.dropped })}` : '';
      say(`${t('saves.imported', { file: name, what: tx(r.meta.title) })}${dropped}`);
      await render();
    });
  });

  void render();
  return section;
}
