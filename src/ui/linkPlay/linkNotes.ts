// What play by link is and what it cannot prevent, said plainly and briefly (docs/play-by-link.md).
import { t } from '../../i18n/index.ts';
import { otherSide, type Side } from '../../sim/index.ts';
import { el } from '../dom.ts';
import { sideName } from '../widgets.ts';

const LIMITS = [
  'link.limit.secret',
  'link.limit.walkAway',
  'link.limit.notSecret',
  'link.limit.memory',
  'link.limit.clock',
] as const;

/** How a turn goes, and the limits; open until the player has made a first move. */
export function linkNotes(me: Side, sealer: Side, open: boolean): HTMLElement {
  const answerer = otherSide(sealer);
  return el(
    'details',
    { class: 'link-notes', open },
    el('summary', {}, t('link.notesHeading')),
    el(
      'p',
      {},
      t('link.how', {
        me: sideName(me),
        other: sideName(otherSide(me)),
        sealer: sideName(sealer),
        answerer: sideName(answerer),
      }),
    ),
    el('h3', {}, t('link.limitsHeading')),
    el('ul', {}, ...LIMITS.map((key) => el('li', {}, t(key)))),
  );
}
