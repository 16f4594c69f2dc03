// A refused replay, link or move, shown as a notice: a line in the player's language that says what is
// wrong and at which turn, then the verifier's own sentence and, for a damaged file, where. All of it is
// text: nothing read from a file or a link is ever parsed as HTML.
import { type MessageKey, t } from '../../i18n/index.ts';
import type { ReplayError } from '../../replay/index.ts';
import { el } from '../dom.ts';

export type RefusedWhat = 'file' | 'link' | 'second';

export function refusalHeadline(error: ReplayError, what: RefusedWhat): string {
  const reason = t(`replayErr.${error.code}`);
  const subject = t(`replay.what.${what}`);
  return error.turn === null
    ? t('replay.refused', { what: subject, reason })
    : t('replay.refusedTurn', { what: subject, reason, turn: error.turn });
}

/** `kept` says what stayed as it was: the saved game (by default), or this browser's game by link. */
export function refusalNotice(
  error: ReplayError,
  what: RefusedWhat,
  kept: 'save' | 'linkGame' = 'save',
): HTMLElement {
  const problems = error.problems?.slice(0, 6) ?? [];
  return el(
    'div',
    { class: 'notice error refusal', role: 'alert', 'data-code': error.code },
    el('p', {}, el('strong', {}, refusalHeadline(error, what))),
    el('p', { class: 'detail', lang: 'en' }, error.message),
    problems.length > 1
      ? el(
          'ul',
          { class: 'problems', lang: 'en' },
          ...problems.map((p) => el('li', {}, `${p.path}: ${p.message}`)),
        )
      : null,
    el('p', { class: 'muted' }, t(kept === 'save' ? 'replay.unchanged' : 'link.unchanged')),
  );
}
