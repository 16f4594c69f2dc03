// Renders the after-action report.
import { afterAction, type Moment } from '../../game/aar.ts';
import type { GameView } from '../../game/view.ts';
import { type MessageKey, t, tKey, tx } from '../../i18n/index.ts';
import type { Action } from '../../sim/index.ts';
import { el } from '../dom.ts';
import { fmt, sideName, signed } from '../widgets.ts';

function actionText(session: GameView, a: Action): string {
  const tech =
    'tech' in a
      ? tx(session.scenario.technologies.find((d) => d.id === a.tech)?.name ?? { zh: a.tech, en: a.tech })
      : '';
  switch (a.type) {
    case 'setControl':
      return `${t('decide.control')}: ${tech} → ${t(`control.${a.level}`)}`;
    case 'setEntityList':
      return `${t('decide.entityList')}: ${tx(session.scenario.champions.find((c) => c.id === a.champion)?.name ?? { zh: a.champion, en: a.champion })} → ${a.listed ? t('decide.listed') : t('decide.notListed')}`;
    case 'setMarketAccess':
      return `${t('decide.marketAccess')} → ${tKey(`access.${a.level}`)}`;
    case 'setAllies':
      return `${t('decide.allies')} → ${tKey(`level.${a.level}`)}`;
    case 'setProcurement':
      return `${t('decide.procurement')}: ${tech} → ${tKey(`level.${a.level}`)}`;
    case 'setEcosystem':
      return `${t('decide.ecosystem')}: ${tech} → ${tKey(`level.${a.level}`)}`;
    case 'setExportDrive':
      return `${t('decide.exportDrive')}: ${tech} → ${tKey(`level.${a.level}`)}`;
    case 'setResearch':
      return `${t('decide.research')}: ${tech} → ${tKey(`level.${a.level}`)}`;
    default:
      return a.type;
  }
}

function momentText(session: GameView, m: Moment): string {
  const techName = (id?: string) =>
    tx(session.scenario.technologies.find((d) => d.id === id)?.name ?? { zh: id ?? '', en: id ?? '' });
  switch (m.kind) {
    case 'event': {
      const e = session.scenario.events.find((x) => x.id === m.event);
      return e ? `${tx(e.title)} (${e.cite.article}: “${e.cite.quote}”)` : (m.event ?? '');
    }
    case 'decision':
      return `${sideName(m.side!)}: ${actionText(session, m.action!)}`;
    case 'breakthrough':
      return t('note.breakthrough', { tech: techName(m.tech), amount: fmt(m.amount ?? 0, 1) });
    case 'design-in':
      return t('note.design-in', { tech: techName(m.tech), amount: fmt(m.amount ?? 0, 1) });
    case 'deal':
      return t('talks.outcome.deal', { turns: session.scenario.negotiation.dealTurns });
    case 'crisis':
      return t('note.crisis-turn', { amount: session.scenario.endings.crisis.turns });
  }
}

export function afterActionReport(session: GameView): HTMLElement {
  const aar = afterAction(session.orders, session.reports);
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
      ...aar.moments
        .slice(0, 40)
        .map((m) => el('li', {}, `${t('aar.turn', { turn: m.turn })}: ${momentText(session, m)}`)),
    ),
  );
}
