// The board as text, beside the canvas: each rope's position, who is ahead, and its export control, for
// screen readers and for anyone who prefers numbers to pictures.
import type { GameView } from '../../game/view.ts';
import { lang, t } from '../../i18n/index.ts';
import { own } from '../../sim/index.ts';
import { el, fill } from '../dom.ts';

export function renderRopeList(node: HTMLElement, view: GameView): void {
  fill(
    node,
    el('h2', {}, t('board.heading')),
    el(
      'ul',
      {},
      ...view.state.techs.map((ts, i) => {
        const def = view.scenario.technologies[i]!;
        const who =
          ts.rope > 2 ? t('board.challengerAhead') : ts.rope < -2 ? t('board.holderAhead') : t('board.even');
        return el(
          'li',
          { 'data-tech': def.id },
          t('board.ropeLabel', { tech: def.name[lang()], rope: ts.rope.toFixed(1), who }),
          ` · ${t(`control.${own(view.state.holder.policy.control, def.id) ?? 'open'}`)}`,
        );
      }),
    ),
  );
}
