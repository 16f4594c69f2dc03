// Renders the after-action report.

import { afterAction, type Moment } from '../../game/aar.ts';
import type { GameView } from '../../game/view.ts';
import { t, tn, tx } from '../../i18n/index.ts';
import { citeText } from '../citeText.ts';
import { el } from '../dom.ts';
import { dealText, orderText } from '../orderText.ts';
import { fmt, sideName, signed } from '../widgets.ts';

function momentText(session: GameView, m: Moment): string {
  const techName = (id?: string) =>
    tx(session.scenario.technologies.find((d) => d.id === id)?.name ?? { zh: id ?? '', en: id ?? '' });
  switch (m.kind) {
    case 'event': {
      const e = session.scenario.events.find((x) => x.id === m.event);
      const from = e && citeText(session.scenario, e.cite, e.invented);
      return e ? `${tx(e.title)}${from ? ` (${from})` : ''}` : (m.event ?? '');
    }
    case 'decision':
      return `${sideName(m.side!)}: ${orderText(session.scenario, m.action!, m.side!)}`;
    case 'breakthrough':
      return t('note.breakthrough', { tech: techName(m.tech), amount: fmt(m.amount ?? 0, 1) });
    case 'design-in':
      return t('note.design-in', { tech: techName(m.tech), amount: fmt(m.amount ?? 0, 1) });
    case 'deal':
      return m.deal
        ? dealText(session.scenario, m.deal)
        : t('talks.outcome.deal', { turns: session.scenario.negotiation.dealTurns });
    case 'crisis':
      return tn('crisis.turns', session.scenario.endings.crisis.turns);
  }
}

/** The report keeps the moments that moved the ropes most, from the whole game. */
const MOMENTS_SHOWN = 40;

export function afterActionReport(session: GameView): HTMLElement {
  const aar = afterAction(session.orders, session.reports, MOMENTS_SHOWN);
  return el(
    'div',
    {},
    el('h3', {}, t('aar.causes')),
    el(
      'ul',
      {},
      ...aar.causes.slice(0, 8).map((c) => el('li', {}, `${t(`cause.${c.cause}`)}: ${signed(c.amount, 1)}`)),
    ),
    el('h3', {}, t('aar.moments')),
    el(
      'ol',
      { class: 'moments' },
      ...aar.moments.map((m) =>
        el('li', {}, `${t('aar.turn', { turn: m.turn })}: ${momentText(session, m)}`),
      ),
    ),
  );
}
