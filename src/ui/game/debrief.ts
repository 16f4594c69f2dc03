// The debrief: what changed in the last turn and why, rope by rope, down to each input and cause; the
// history charts; and the dependency view.

import { look } from '../../art/palette.ts';
import { spentOf } from '../../game/selectors.ts';
import { sideMoves } from '../../game/sideMoves.ts';
import type { GameView } from '../../game/view.ts';
import { endingName, t, tx } from '../../i18n/index.ts';
import { otherSide, SIDES, type Side, type TurnReport } from '../../sim/index.ts';
import { citeText } from '../citeText.ts';
import { type Child, el, fill } from '../dom.ts';
import { noteText, orderText, talkItemsText, talksOutcomeText } from '../orderText.ts';
import { fmt, pct, sideName, signed } from '../widgets.ts';
import { lineChart, SERIES_COLOURS } from './charts.ts';
import { dependencyView } from './dependencies.ts';
import { goalsTab } from './goals.ts';
import { newsTab } from './news.ts';
import { ropeCard } from './ropeCard.ts';
import { tensionSection } from './tensionSection.ts';

export type DebriefTab = 'goals' | 'why' | 'news' | 'charts' | 'dependencies';

/** What a side did last turn, in plain words, with what its levers did to the ropes. */
function movesSection(session: GameView, side: Side): HTMLElement | null {
  const moves = sideMoves(session, side);
  if (!moves) return null;
  const label =
    session.viewer === undefined ? t('debrief.sideDid', { side: sideName(side) }) : t('debrief.otherSideDid');
  const effects = moves.effects.map((e) => `${t(`cause.${e.cause}`)} ${signed(e.amount, 2)}`);
  return el(
    'section',
    { class: 'side-moves', role: 'region', 'aria-label': label },
    el('h3', {}, label),
    moves.changes.length
      ? el('ul', {}, ...moves.changes.map((a) => el('li', {}, orderText(session.scenario, a, side))))
      : el('p', { class: 'muted' }, t(moves.otherwise.length ? 'debrief.noOrders' : 'debrief.keptSettings')),
    moves.otherwise.length
      ? el(
          'p',
          {},
          t('debrief.otherwise', {
            changes: moves.otherwise.map((a) => orderText(session.scenario, a, side)).join('; '),
          }),
        )
      : null,
    moves.offer?.gives.length
      ? el(
          'p',
          {},
          t(moves.offer.asks.length ? 'debrief.offeredAsked' : 'debrief.offered', {
            items: talkItemsText(session.scenario, moves.offer.gives),
            asks: talkItemsText(session.scenario, moves.offer.asks),
          }),
        )
      : null,
    el(
      'p',
      { class: 'muted' },
      effects.length ? t('debrief.sideEffects', { effects: effects.join(', ') }) : t('debrief.noEffects'),
    ),
  );
}

export function whyTab(session: GameView, report: TurnReport | undefined, focusTech: string | null): Child[] {
  // A replay at its start has nothing to decide; a player at a live table does.
  if (!report)
    return [
      el('p', { class: 'muted' }, t(session.viewer === undefined ? 'debrief.noneYet' : 'debrief.none')),
    ];
  const ropes = [...report.ropes].sort((a, b) => (a.tech === focusTech ? -1 : b.tech === focusTech ? 1 : 0));
  const events = report.events
    .map((e) => session.scenario.events.find((x) => x.id === e.event))
    .filter((e) => e !== undefined);
  const talks = report.talks;
  const others = session.viewer === undefined ? SIDES : [otherSide(session.viewer)];
  return [
    ...others.map((side) => movesSection(session, side)),
    el('h3', {}, t('debrief.why')),
    el('ul', { class: 'why-list' }, ...ropes.map((r) => ropeCard(session, r, r.tech === focusTech))),
    events.length ? el('h3', {}, t('debrief.events')) : null,
    ...events.map((e) =>
      el(
        'p',
        {},
        el('strong', {}, tx(e.title)),
        ' — ',
        tx(e.text),
        el('span', { class: 'muted' }, ` (${citeText(session.scenario, e.cite, e.invented) ?? ''})`),
      ),
    ),
    talks ? el('p', {}, talksOutcomeText(session.scenario, talks)) : null,
    tensionSection(session, report),
    report.notes.length ? el('h3', {}, t('debrief.notes')) : null,
    report.notes.length
      ? el('ul', {}, ...report.notes.map((n) => el('li', {}, noteText(session, n, report))))
      : null,
    el('h3', {}, t('debrief.industries')),
    el(
      'ul',
      {},
      ...report.industries.map((ind) => {
        const def = session.scenario.industries.find((d) => d.id === ind.industry)!;
        const losses = ind.losses
          .filter((l) => l.shortage + l.quality > 0.0005)
          .map(
            (l) =>
              `${tx(session.scenario.technologies.find((d) => d.id === l.tech)!.name)} −${pct(l.shortage + l.quality, 1)}`,
          );
        return el(
          'li',
          {},
          t('debrief.industryLine', { industry: tx(def.name), index: pct(ind.index, 1) }),
          losses.length ? ` (${losses.join(', ')})` : '',
        );
      }),
    ),
    el('h3', {}, t('debrief.budget')),
    el(
      'p',
      {},
      `${t('side.challenger')}: ${t('debrief.income', { income: fmt(report.budget.challenger.income, 1), spent: fmt(spentOf(report.budget.challenger), 1) })}. `,
      `${t('side.holder')}: ${t('debrief.income', { income: fmt(report.budget.holder.income, 1), spent: fmt(spentOf(report.budget.holder), 1) })}.`,
    ),
  ];
}

export function historyCharts(session: GameView, focusTech: string | null = null): HTMLElement {
  const { scenario, states } = session;
  const names = scenario.technologies.map((d) => tx(d.name));
  const bySeries = (pick: (s: (typeof states)[number], i: number) => number) =>
    scenario.technologies.map((_, i) => ({
      label: names[i]!,
      values: states.map((s) => pick(s, i)),
      colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
      emphasis: scenario.technologies[i]!.id === focusTech,
    }));
  const e = scenario.endings;
  const ropeMarks = [
    e.selfReliant.rope !== undefined
      ? { value: e.selfReliant.rope, label: `◆ ${endingName('self-reliant')}` }
      : null,
    e.leader.rope !== undefined ? { value: e.leader.rope, label: `▲ ${endingName('leader')}` } : null,
  ].filter((m) => m !== null);
  return el(
    'div',
    { class: 'charts' },
    lineChart(
      t('chart.ropes'),
      bySeries((s, i) => s.techs[i]!.rope),
      // The range the ropes and the endings' marks span, so that slow moves show.
      { marks: ropeMarks, format: (v) => v.toFixed(0) },
    ),
    lineChart(
      t('chart.shares'),
      bySeries((s, i) => s.techs[i]!.domestic.challenger * 100),
      { min: 0, max: 100, format: (v) => `${v.toFixed(0)}%` },
    ),
    lineChart(
      t('chart.abroad'),
      bySeries((s, i) => s.techs[i]!.foreign.challenger * 100),
      { zero: true, format: (v) => `${v.toFixed(1)}%` },
    ),
    lineChart(
      t('chart.budgets'),
      [
        {
          label: t('side.challenger'),
          values: states.map((s) => s.challenger.money),
          colour: look('challenger').css,
        },
        { label: t('side.holder'), values: states.map((s) => s.holder.money), colour: look('holder').css },
      ],
      { zero: true },
    ),
    lineChart(
      t('chart.revenue'),
      [
        {
          label: t('bar.revenue'),
          values: states.map((s) => s.holder.health * 100),
          colour: look('holder').css,
        },
      ],
      { format: (v) => `${v.toFixed(0)}%`, minSpan: 20 },
    ),
    lineChart(
      t('chart.industry'),
      [
        {
          label: t('bar.industry'),
          values: states.map((s) => s.challenger.industryIndex * 100),
          colour: look('challenger').css,
        },
      ],
      { format: (v) => `${v.toFixed(0)}%`, minSpan: 20 },
    ),
  );
}

export function renderDebrief(
  node: HTMLElement,
  session: GameView,
  tab: DebriefTab,
  focusTech: string | null,
  setTab: (tab: DebriefTab) => void,
): void {
  const report = session.reports[session.reports.length - 1];
  const tabs: [DebriefTab, string][] = [
    ['goals', t('goals.tab')],
    ['why', t('debrief.tab.why')],
    ['news', t('news.tab')],
    ['charts', t('debrief.tab.charts')],
    ['dependencies', t('board.dependencies')],
  ];
  const body =
    tab === 'goals'
      ? goalsTab(session)
      : tab === 'why'
        ? whyTab(session, report, focusTech)
        : tab === 'news'
          ? newsTab(session)
          : tab === 'charts'
            ? [historyCharts(session, focusTech)]
            : [dependencyView(session)];
  fill(
    node,
    el(
      'h2',
      { class: 'visually-hidden' },
      report ? t('debrief.heading', { turn: report.turn }) : t('debrief.why'),
    ),
    el(
      'div',
      {
        class: 'tabs',
        role: 'tablist',
        'aria-label': report ? t('debrief.heading', { turn: report.turn }) : t('debrief.why'),
      },
      ...tabs.map(([id, label]) =>
        el(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: `tab-${id}`,
            'aria-selected': String(id === tab),
            'aria-controls': 'debrief-body',
            onclick: () => setTab(id),
          },
          label,
        ),
      ),
    ),
    el('div', { id: 'debrief-body', role: 'tabpanel', 'aria-labelledby': `tab-${tab}` }, ...body),
  );
}
