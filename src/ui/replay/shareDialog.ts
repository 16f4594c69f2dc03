// Sharing a replay as a link: the link in a read-only field with a Copy button. A game too long for a
// link says so plainly and offers the file instead. The replay travels in the fragment (after the #),
// which browsers never send to a server.
import { t } from '../../i18n/index.ts';
import { encodeReplayLink, LINK_LIMIT, type Replay, serializeReplay } from '../../replay/index.ts';
import { el } from '../dom.ts';
import { button, dialog, download } from '../widgets.ts';

/** The page's own address, without a fragment or a query: links open the game itself. */
export const pageAddress = (): string => `${window.location.origin}${window.location.pathname}`;

/** Copies a field's text; where the clipboard is refused, the text is left selected for Ctrl+C. */
export async function copyField(input: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  input.focus();
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** A read-only field holding a link, its label, a Copy button and a line that says whether it worked. */
export function linkField(link: string, label: string, id: string): HTMLElement {
  const input = el('input', {
    type: 'text',
    id,
    class: 'link-field',
    readonly: true,
    value: link,
    spellcheck: 'false',
    autocomplete: 'off',
  });
  input.addEventListener('focus', () => input.select());
  const status = el('p', { class: 'muted', role: 'status' });
  return el(
    'div',
    { class: 'link-box' },
    el('label', { for: id, class: 'field' }, label),
    el(
      'div',
      { class: 'row link-row' },
      input,
      button(t('share.copy'), () => {
        void copyField(input).then((copied) => {
          status.textContent = copied ? t('share.copied') : t('share.copyByHand');
        });
      }),
    ),
    status,
  );
}

export function shareDialog(replay: Replay, fileName: string, onclose: () => void): HTMLElement {
  const link = encodeReplayLink(replay, pageAddress());
  const saveFile = () => download(fileName, serializeReplay(replay));
  const body = link.ok
    ? [
        el('p', {}, t('share.explain')),
        linkField(link.value, t('share.link'), 'share-link'),
        el('p', { class: 'muted' }, t('share.length', { length: link.value.length, limit: LINK_LIMIT })),
      ]
    : [
        el(
          'p',
          { role: 'alert' },
          link.error.code === 'ERR_LINK_TOO_LONG'
            ? t('share.tooLong', { length: link.error.params?.length ?? '', limit: LINK_LIMIT })
            : link.error.message,
        ),
        el('div', { class: 'row' }, button(t('share.saveFile'), saveFile, { class: 'btn primary' })),
      ];
  return dialog(t('share.heading'), body, onclose);
}
