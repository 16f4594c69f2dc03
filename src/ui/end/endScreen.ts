// The end: the ending and the score, the figures that decided it against the scenario's thresholds,
// and buttons to save, replay or play the same seed again.

import { Session } from '../../game/session.ts';
import { TERM_GLOSSARY } from '../../i18n/glossary.ts';
import { endingName, laneTestText, lang, t, tn, tx } from '../../i18n/index.ts';
import { endingText } from '../../scenario/endingTexts.ts';
import { type Route, route, type ScreenView, type Shell } from '../../shell/shell.ts';
import { CHALLENGER_GOALS, GOAL_ENDING } from '../../sim/index.ts';
import { citeText } from '../citeText.ts';
import { el } from '../dom.ts';
import { historyCharts, whyTab } from '../game/debrief.ts';
import { rangePanel } from '../range/rangePanel.ts';
import { endReplayActions } from '../replay/endActions.ts';
import { downloadSession } from '../replayFile.ts';
import { button, fmt, pct, term } from '../widgets.ts';
import { afterActionReport } from './report.ts';

export function endScreen(app: Shell): ScreenView | Route {
  const session = app.session;
  const ending = session?.state.ending;
  if (!session || !ending) return route('title');
  const e = session.scenario.endings;
  const f = ending.figures;
  const figures = [
    ...CHALLENGER_GOALS.map((goal) =>
      t('end.figure.goal', {
        ending: endingName(GOAL_ENDING[goal]),
        count: tn('goals.count', e[goal].lanes, { met: f.lanes[goal] }),
        condition: laneTestText(e[goal]),
      }),
    ),
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
      term(
        t('end.score', { challenger: fmt(ending.score.challenger, 1), holder: fmt(ending.score.holder, 1) }),
        TERM_GLOSSARY.score[lang()],
      ),
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
              ? el('span', { class: 'muted' }, ` (${citeText(session.scenario, about.cite)})`)
              : null,
          )
        : null;
    }),
    el('h2', {}, t('end.decided')),
    el('ul', {}, ...figures.map((x) => el('li', {}, x))),
    el('h2', {}, t('end.report')),
    afterActionReport(session),
    // The last turn's debrief: the game ends as it resolves, so it is read here.
    el(
      'details',
      { class: 'debrief last-turn' },
      el('summary', {}, t('end.lastTurn', { turn: ending.turn })),
      ...whyTab(session, session.reports[session.reports.length - 1], null),
    ),
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
