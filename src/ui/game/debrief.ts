// The debrief: what changed in the last turn and why, rope by rope, down to each input and cause; the
// history charts; and the dependency view.

import { look } from '../../art/palette.ts';
import { ropeTrend } from '../../game/ropeTrend.ts';
import { spentOf } from '../../game/selectors.ts';
import { sideMoves } from '../../game/sideMoves.ts';
import { tensionMove } from '../../game/tension.ts';
import type { GameView } from '../../game/view.ts';
import { CAUSE_GLOSSARY } from '../../i18n/glossary.ts';
import { endingName, lang, t, tKey, tn, tx } from '../../i18n/index.ts';
import {
  TENSION_COOLING,
  TENSION_PER_ACCESS_STEP,
  TENSION_PER_DEAL,
  TENSION_PER_LISTING,
  TENSION_PER_STEP,
} from '../../sim/escalation.ts';
import {
  type Cause,
  type Contribution,
  type EffectVia,
  otherSide,
  type RopeReport,
  SIDES,
  type Side,
  type TensionStep,
  type TurnReport,
} from '../../sim/index.ts';
import { citeText } from '../citeText.ts';
import { type Child, el, fill } from '../dom.ts';
import { noteText, orderText, talkItemsText, talksOutcomeText } from '../orderText.ts';
import { fmt, pct, sideName, signed, term } from '../widgets.ts';
import { lineChart, SERIES_COLOURS } from './charts.ts';
import { dependencyView } from './dependencies.ts';
import { goalsTab } from './goals.ts';
import { newsTab } from './news.ts';

export type DebriefTab = 'goals' | 'why' | 'news' | 'charts' | 'dependencies';

const PERCENT_INPUTS = new Set(['homeC', 'homeH', 'abroadC', 'abroadH', 'capacityC']);

function ropeCard(session: GameView, r: RopeReport, focus: boolean): HTMLElement {
  const name = tx(session.scenario.technologies.find((d) => d.id === r.tech)!.name);
  const scale = Math.max(0.5, ...r.contributions.map((c) => Math.abs(c.amount)));
  const details = Object.entries(r.inputs)
    .filter(([, v]) => v.contributions.length > 0)
    .map(([key, v]) => {
      const asPct = PERCENT_INPUTS.has(key);
      const show = (x: number) => (asPct ? `${signed(x * 100, 2)} pts` : signed(x, 2));
      return el(
        'li',
        {},
        `${tKey(`input.${key}`)}: ${asPct ? pct(v.from, 1) : fmt(v.from, 1)} → ${asPct ? pct(v.to, 1) : fmt(v.to, 1)} (`,
        v.contributions.map((c) => `${t(`cause.${c.cause}`)} ${show(c.amount)}`).join(', '),
        ')',
      );
    });
  return el(
    'li',
    { class: focus ? 'focus' : '', 'data-tech': r.tech },
    el('strong', {}, t('debrief.moved', { tech: name, from: fmt(r.from, 1), to: fmt(r.to, 1) })),
    el(
      'div',
      {},
      ...r.contributions.map((c) =>
        el(
          'div',
          { class: 'contrib' },
          term(t(`cause.${c.cause}`), CAUSE_GLOSSARY[c.cause][lang()]),
          el('span', { class: 'num', style: 'text-align:right' }, signed(c.amount, 2)),
          el('span', {
            class: `bar ${c.amount >= 0 ? 'up' : 'down'}`,
            style: `width:${Math.max(2, (Math.abs(c.amount) / scale) * 60)}px`,
            title: c.amount >= 0 ? t('board.challengerAhead') : t('board.holderAhead'),
          }),
        ),
      ),
    ),
    trendLine(session, r.tech),
    details.length
      ? el(
          'details',
          {},
          el('summary', { class: 'muted' }, t('debrief.why')),
          el('ul', { style: 'font-size:0.78rem;padding-left:1.1em' }, ...details),
        )
      : null,
  );
}

/** Causes that are a side's own lever (its orders), as against the market, momentum or luck. */
const LEVERS = new Set<Cause>([
  'research',
  'procurement',
  'exportDrive',
  'ecosystem',
  'capacity',
  'marketAccess',
  'holderResearch',
  'control',
  'entityList',
  'allies',
  'support',
  'priceCut',
  'licensing',
]);

/**
 * Where the rope went over the last turns and why, from the three most recent turns on: the causes added
 * up, and when the rope went against a push, the causes that outweighed it.
 */
function trendLine(session: GameView, tech: string): HTMLElement | null {
  const trend = ropeTrend(session.reports, tech);
  if (!trend || trend.turns < 3) return null;
  const net = trend.to - trend.from;
  const named = (cs: readonly Contribution[]) =>
    cs.map((c) => `${t(`cause.${c.cause}`)} ${signed(c.amount, 1)}`).join(lang() === 'zh' ? '、' : ', ');
  const big = trend.causes.filter((c) => Math.abs(c.amount) >= 0.05);
  const up = big.filter((c) => c.amount > 0).slice(0, 3);
  const down = big.filter((c) => c.amount < 0).slice(0, 3);
  // A side's push the rope went against: its largest lever on the losing side, and what outweighed it.
  const [pushed, against] = net < 0 ? [up, down] : [down, up];
  const lever = big.find((c) => LEVERS.has(c.cause) && Math.sign(c.amount) === -Math.sign(net));
  const outweighed =
    Math.abs(net) >= 0.05 && lever && pushed.length > 0
      ? t('debrief.trendOutweighed', { pushed: named([lever]), against: named(against) })
      : '';
  return el(
    'p',
    { class: 'trend muted' },
    t('debrief.trend', {
      n: trend.turns,
      from: fmt(trend.from, 1),
      to: fmt(trend.to, 1),
      net: signed(net, 1),
    }),
    up.length ? ` ${t('debrief.trendUp', { causes: named(up) })}` : '',
    down.length ? ` ${t('debrief.trendDown', { causes: named(down) })}` : '',
    outweighed ? el('strong', {}, ` ${outweighed}`) : null,
  );
}

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

/** Tension as the top bar writes it: whole, or with one decimal where an event moved it by a fraction. */
const tensionFigure = (x: number, sign = false): string => {
  const digits = Math.abs(x - Math.round(x)) < 0.05 ? 0 : 1;
  return sign ? signed(x, digits) : fmt(x, digits);
};

/** One step that moved tension, in words: what it was and the rules' figure behind it. */
function tensionStepText(session: GameView, x: TensionStep): string {
  const { scenario } = session;
  const per = (n: number) => tensionFigure(n, true);
  const championName = (id: string) =>
    tx(scenario.champions.find((c) => c.id === id)?.name ?? { zh: id, en: id });
  const techName = (id: string) =>
    tx(scenario.technologies.find((d) => d.id === id)?.name ?? { zh: id, en: id });
  const event = (id: string) => scenario.events.find((e) => e.id === id);
  // An event's effect escalates as an order does: say which control or listing, at the same rate.
  const withVia = (what: string, via: EffectVia): string =>
    via.kind === 'control'
      ? t('tension.with', {
          what,
          via: tn('tension.viaControl', via.steps, { tech: techName(via.tech), per: per(TENSION_PER_STEP) }),
        })
      : via.kind === 'listing'
        ? t('tension.with', {
            what,
            via: t('tension.viaListing', {
              champion: championName(via.champion),
              per: per(TENSION_PER_LISTING),
            }),
          })
        : what;
  switch (x.cause) {
    case 'control':
      return tn('tension.control', x.steps, { tech: techName(x.tech), per: per(TENSION_PER_STEP) });
    case 'listing':
      return t('tension.listing', { champion: championName(x.champion), per: per(TENSION_PER_LISTING) });
    case 'marketAccess':
      return tn('tension.marketAccess', x.steps, { per: per(TENSION_PER_ACCESS_STEP) });
    case 'choice': {
      const e = event(x.event);
      const option = e?.choice?.options.find((o) => o.id === x.option);
      return withVia(
        t('tension.choice', {
          event: e ? tx(e.title) : x.event,
          option: option ? tx(option.label) : x.option,
        }),
        x.via,
      );
    }
    case 'deal':
      return t('tension.deal', { per: per(-TENSION_PER_DEAL) });
    case 'event': {
      const e = event(x.event);
      return withVia(t('tension.event', { event: e ? tx(e.title) : x.event }), x.via);
    }
    case 'cooling':
      return t('tension.cooling', { per: tensionFigure(TENSION_COOLING) });
  }
}

/** What moved tension last turn, step by step, summing to the top bar's change; null when nothing did. */
function tensionSection(session: GameView, report: TurnReport): HTMLElement | null {
  const before = session.states[report.turn - 1];
  const after = session.states[report.turn];
  if (!before || !after) return null;
  const move = tensionMove(before, report, after);
  if (move.steps.length === 0) return null;
  return el(
    'section',
    { class: 'tension-moves' },
    el('h3', {}, t('debrief.tension', { from: tensionFigure(move.from), to: tensionFigure(move.to) })),
    el(
      'ul',
      {},
      ...move.steps.map((x) =>
        el(
          'li',
          {},
          t('tension.line', { what: tensionStepText(session, x), amount: tensionFigure(x.amount, true) }),
          Math.abs(x.amount - x.nominal) > 1e-9
            ? ` ${t('tension.capped', { bound: x.nominal > 0 ? 100 : 0, nominal: tensionFigure(x.nominal, true) })}`
            : '',
        ),
      ),
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
