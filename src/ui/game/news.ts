// News cards: the turn's events, breakthroughs and deals arrive as cards while the board animates.
import { play } from '../../audio/cues.ts';
import type { GameView } from '../../game/view.ts';
import { type MessageKey, t, tx } from '../../i18n/index.ts';
import type { TurnReport } from '../../sim/index.ts';
import { el } from '../dom.ts';
import { fmt } from '../widgets.ts';
import { noteText } from './debrief.ts';

export function newsCards(session: GameView, report: TurnReport): HTMLElement[] {
  const cards: HTMLElement[] = [];
  for (const fired of report.events) {
    const e = session.scenario.events.find((x) => x.id === fired.event);
    if (!e) continue;
    cards.push(
      el(
        'article',
        { class: 'news-card', role: 'status' },
        el('h3', {}, tx(e.title)),
        el('p', {}, tx(e.text)),
        el('p', { class: 'cite' }, `${e.cite.article} · “${e.cite.quote}”`),
      ),
    );
  }
  for (const n of report.notes.filter(
    (x) =>
      x.kind === 'breakthrough' ||
      x.kind === 'design-in' ||
      x.kind === 'control-changed' ||
      x.kind === 'entity-listed',
  )) {
    cards.push(el('article', { class: 'news-card', role: 'status' }, el('p', {}, noteText(session, n))));
  }
  if (report.talks && report.talks.outcome !== 'no-offers') {
    const k = report.talks;
    cards.push(
      el(
        'article',
        { class: 'news-card', role: 'status' },
        el('h3', {}, t('talks.heading')),
        el(
          'p',
          {},
          t(`talks.outcome.${k.outcome}`, {
            turns: session.scenario.negotiation.dealTurns,
            vc: fmt(k.values.challenger, 1),
            vh: fmt(k.values.holder, 1),
          }),
        ),
      ),
    );
  }
  if (report.notes.some((n) => n.kind === 'breakthrough')) play('chime');
  return cards;
}
