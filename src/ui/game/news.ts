// News cards: the turn's events, decisions, breakthroughs and deals arrive as cards while the board animates.

import { play } from '../../audio/cues.ts';
import type { GameView } from '../../game/view.ts';
import { t, tx } from '../../i18n/index.ts';
import type { TurnReport } from '../../sim/index.ts';
import { citeText } from '../citeText.ts';
import { el } from '../dom.ts';
import { noteText, talksOutcomeText } from '../orderText.ts';
import { sideName } from '../widgets.ts';
import { effectsLine } from './effectText.ts';

/** One piece of news: what a card shows, and what the news log keeps. */
export interface NewsEntry {
  turn: number;
  title: string | null;
  text: string;
  source: string | null;
}

/** The turn's news: events (with their sources), breakthroughs, design-ins, escalations and talks. */
export function newsEntries(session: GameView, report: TurnReport): NewsEntry[] {
  const entries: NewsEntry[] = [];
  const turn = report.turn;
  for (const fired of report.events) {
    const e = session.scenario.events.find((x) => x.id === fired.event);
    if (!e) continue;
    entries.push({
      turn,
      title: tx(e.title),
      text: tx(e.text),
      source: citeText(session.scenario, e.cite, e.invented),
    });
  }
  // A decision an event asked last turn, as it was settled: what was chosen (or left to the default).
  for (const c of report.choices) {
    const e = session.scenario.events.find((x) => x.id === c.event);
    const option = e?.choice?.options.find((o) => o.id === c.option);
    if (!e || !option) continue;
    entries.push({
      turn,
      title: t('news.decided', { event: tx(e.title) }),
      text: `${t(c.chosen ? 'news.chose' : 'news.defaulted', { side: sideName(c.side), option: tx(option.label) })} ${effectsLine(option.effects, session.scenario) || t('effect.none')}`,
      source: null,
    });
  }
  for (const n of report.notes.filter(
    (x) =>
      x.kind === 'breakthrough' ||
      x.kind === 'design-in' ||
      x.kind === 'audit-failed' ||
      x.kind === 'control-changed' ||
      x.kind === 'entity-listed',
  ))
    entries.push({ turn, title: null, text: noteText(session, n, report), source: null });
  if (report.talks && report.talks.outcome !== 'no-offers') {
    const k = report.talks;
    entries.push({
      turn,
      title: t('talks.settled', { turn: k.round }),
      text: talksOutcomeText(session.scenario, k),
      source: null,
    });
  }
  return entries;
}

/** Every piece of news so far, newest first. */
export const newsLog = (session: GameView): NewsEntry[] =>
  session.reports.flatMap((r) => newsEntries(session, r)).reverse();

const card = (n: NewsEntry, tag: 'article' | 'li') =>
  el(
    tag,
    tag === 'article' ? { class: 'news-card', role: 'status' } : { class: 'news-entry' },
    n.title ? el('h3', {}, n.title) : null,
    el('p', {}, n.text),
    n.source ? el('p', { class: 'cite' }, n.source) : null,
  );

/** The turn's cards, in the language of the moment (built again when it changes while they are up). */
export const newsCards = (session: GameView, report: TurnReport): HTMLElement[] =>
  newsEntries(session, report).map((n) => card(n, 'article'));

/** A breakthrough in the turn's news chimes, once, as its cards arrive. */
export function newsChime(report: TurnReport): void {
  if (report.notes.some((n) => n.kind === 'breakthrough')) play('chime');
}

/** The news log: every card so far, by turn, newest first. */
export function newsTab(session: GameView): HTMLElement[] {
  const log = newsLog(session);
  if (log.length === 0) return [el('p', { class: 'muted' }, t('news.none'))];
  const turns = [...new Set(log.map((n) => n.turn))];
  return turns.map((turn) =>
    el(
      'section',
      { class: 'news-turn' },
      el('h3', {}, t('aar.turn', { turn })),
      el('ul', { class: 'news-log' }, ...log.filter((n) => n.turn === turn).map((n) => card(n, 'li'))),
    ),
  );
}
