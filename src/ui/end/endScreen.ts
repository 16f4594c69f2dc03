// The end: the ending and the score, the figures that decided it against the scenario's thresholds,
// and buttons to save, replay or play the same seed again.

import { Session } from '../../game/session.ts';
import { endingName, t, tx } from '../../i18n/index.ts';
import { endingText } from '../../scenario/endingTexts.ts';
import { type Route, route, type ScreenView, type Shell } from '../../shell/shell.ts';
import { el } from '../dom.ts';
import { historyCharts } from '../game/debrief.ts';
import { rangePanel } from '../range/rangePanel.ts';
import { endReplayActions } from '../replay/endActions.ts';
import { downloadSession } from '../replayFile.ts';
import { button, fmt, pct } from '../widgets.ts';
import { afterActionReport } from './report.ts';

export function endScreen(app: Shell): ScreenView | Route {
  const session = app.session;
  const ending = session?.state.ending;
  if (!session || !ending) return route('title');
  const e = session.scenario.endings;
  const f = ending.figures;
  const figures = [
    t('end.figure.make', {
      value: fmt(f.make, 1),
      need: `${e.leader.make} / ${e.selfReliant.make} / ${e.nextJapan.make}`,
    }),
    t('end.figure.home', {
      value: pct(f.home, 1),
      need: `${pct(e.selfReliant.home)} / ${pct(e.nextJapan.home)}`,
    }),
    t('end.figure.abroad', {
      value: pct(f.abroad, 1),
      need: `${pct(e.leader.abroad)} / ${pct(e.selfReliant.abroad)}`,
    }),
    t('end.figure.chain', { value: fmt(f.chain, 1), need: `${e.leader.chain}` }),
    t('end.figure.health', { value: pct(f.holderHealth, 1) }),
    t('end.figure.industry', { value: pct(f.industryIndex, 1) }),
  ];
  const replayActions = endReplayActions(app, session);
  const node = el(
    'main',
    { class: 'screen' },
    el('h1', {}, t('end.heading'), ': ', endingName(ending.challenger), ' · ', endingName(ending.holder)),
    el('p', { class: 'muted' }, t('end.turn', { turn: ending.turn })),
    el(
      'p',
      { style: 'font-size:1.2rem' },
      t('end.score', { challenger: ending.score.challenger, holder: ending.score.holder }),
    ),
    ...[ending.challenger, ending.holder].map((id) => {
      const about = endingText(session.scenario, id);
      return about
        ? el(
            'p',
            { class: 'ending-about' },
            el('strong', {}, endingName(id)),
            ': ',
            tx(about.text),
            about.cite
              ? el('span', { class: 'muted' }, ` (${about.cite.article}: “${about.cite.quote}”)`)
              : null,
          )
        : null;
    }),
    el('h2', {}, t('end.decided')),
    el('ul', {}, ...figures.map((x) => el('li', {}, x))),
    el('h2', {}, t('end.report')),
    afterActionReport(session),
    historyCharts(session),
    rangePanel({
      idPrefix: 'end-',
      scenario: session.scenario,
      side: session.side,
      opponent: session.opponentName,
      states: session.states,
    }),
    el(
      'div',
      { class: 'row', style: 'margin-top:1rem' },
      ...replayActions.buttons,
      button(t('end.save'), () => downloadSession(session)),
      button(
        t('end.again'),
        () => {
          app.session = new Session({
            scenario: session.scenario,
            seed: session.seed,
            side: session.side,
            opponent: session.opponentName,
            custom: session.custom,
          });
          app.autosave();
          app.go('game');
        },
        { class: 'btn primary' },
      ),
      button(t('end.title'), () => app.go('title')),
    ),
    replayActions.notice,
  );
  return { node };
}
