// The top bar: date and turn, each side's budget and capital, the economy and the holder's firms'
// revenue, tension; then sound, help and menu. After a turn its numbers tick toward their new values.
import { look } from '../../art/palette.ts';
import { soundOn } from '../../audio/cues.ts';
import { spentOf, turnDate } from '../../game/selectors.ts';
import type { GameView } from '../../game/view.ts';
import { t, tx } from '../../i18n/index.ts';
import type { GameState, Side } from '../../sim/index.ts';
import { el, fill } from '../dom.ts';
import { button, fmt, pct, sideMark, sideName } from '../widgets.ts';
import { objectivesOf, warningText } from './goals.ts';

export interface TopBarActions {
  toggleSound(): void;
  help(): void;
  menu(): void;
  goals(): void;
}

/** The figures the bar shows, so that a turn can tick from one set to the next. */
export interface TopFigures {
  money: Record<Side, number>;
  income: Record<Side, number>;
  capital: Record<Side, number>;
  economy: Record<Side, number>;
  health: number;
  industry: number;
  tension: number;
}

export function topFigures(s: GameState): TopFigures {
  const industry = s.industries.reduce((sum, i) => sum + i.output, 0);
  return {
    money: { holder: s.holder.money, challenger: s.challenger.money },
    income: { holder: s.holder.income, challenger: s.challenger.income },
    capital: { holder: s.holder.capital, challenger: s.challenger.capital },
    economy: { holder: s.holder.economy + s.holder.revenue, challenger: s.challenger.economy + industry },
    health: s.holder.health,
    industry: s.challenger.industryIndex,
    tension: s.tension,
  };
}

export function mixFigures(a: TopFigures, b: TopFigures, p: number): TopFigures {
  const m = (x: number, y: number) => x + (y - x) * p;
  const side = (x: Record<Side, number>, y: Record<Side, number>) => ({
    holder: m(x.holder, y.holder),
    challenger: m(x.challenger, y.challenger),
  });
  return {
    money: side(a.money, b.money),
    income: side(a.income, b.income),
    capital: side(a.capital, b.capital),
    economy: side(a.economy, b.economy),
    health: m(a.health, b.health),
    industry: m(a.industry, b.industry),
    tension: m(a.tension, b.tension),
  };
}

/** Where the treasury's last change came from: income, spending, and whatever else (events, deals). */
function moneySource(view: GameView, who: Side): string {
  const report = view.reports.at(-1);
  const before = view.states.at(-2)?.[who].money;
  if (!report || before === undefined) return t('bar.moneyTitle', { income: fmt(view.state[who].income, 1) });
  const budget = report.budget[who];
  const spent = spentOf(budget);
  const other = view.state[who].money - before - budget.income + spent;
  return t(Math.abs(other) >= 0.05 ? 'bar.moneyFlowOther' : 'bar.moneyFlow', {
    before: fmt(before, 1),
    income: fmt(budget.income, 1),
    spent: fmt(spent, 1),
    other: `${other > 0 ? '+' : '−'}${fmt(Math.abs(other), 1)}`,
    after: fmt(view.state[who].money, 1),
  });
}

/** A figure with a short visible label; its title and accessible name carry the full meaning. */
const stat = (label: string, value: string, title?: string) =>
  el(
    'span',
    { class: 'stat', title: title ?? label, role: 'group', 'aria-label': `${title ?? label}: ${value}` },
    el('span', { class: 'muted', 'aria-hidden': 'true' }, label),
    el('b', { class: 'num', 'aria-hidden': 'true' }, value),
  );

export function renderTopBar(
  node: HTMLElement,
  session: GameView,
  actions: TopBarActions,
  shown: TopFigures = topFigures(session.state),
): void {
  const s = session.state;
  const o = objectivesOf(session);
  // The crisis gauge says the crisis; the chip carries the other warnings.
  const warnings = o.warnings.filter((w) => w.kind === 'ending');
  const turn = Math.min(s.turn, session.scenario.turns);
  const date = turnDate(session.scenario, turn);
  const side = (who: Side) => {
    const stats = [
      stat(t('bar.money'), fmt(shown.money[who], 1), `${t('bar.money')}. ${moneySource(session, who)}`),
      stat(
        t('bar.capital'),
        `${fmt(shown.capital[who], 0)}/${session.scenario[who].capital.max}`,
        t(who === 'holder' ? 'bar.capital.holder' : 'bar.capital.challenger'),
      ),
      stat(t('bar.economy'), fmt(shown.economy[who], 0), `${t('bar.economy')}. ${t('bar.economyTitle')}`),
    ];
    if (who === 'holder')
      stats.push(
        stat(
          t('bar.revenueShort'),
          pct(shown.health, 0),
          `${t('bar.revenue')}. ${t('bar.revenueTitle', { revenue: fmt(s.holder.revenue, 0), base: fmt(s.holder.baseRevenue, 0) })}`,
        ),
      );
    else
      stats.push(
        stat(
          t('bar.industryShort'),
          pct(shown.industry, 0),
          `${t('bar.industry')}. ${t('bar.industryTitle')}`,
        ),
      );
    return el(
      'div',
      {
        class: `side-stats side-${who}`,
        role: 'group',
        'aria-label': `${sideName(who)}: ${tx(session.scenario[who].name)}`,
      },
      el(
        'span',
        { class: 'tag', style: `color:${look(who).css}`, title: sideName(who) },
        sideMark(who),
        tx(session.scenario[who].name),
      ),
      ...stats,
    );
  };
  fill(
    node,
    el('span', { class: 'when' }, t('bar.date', { year: date.year, quarter: date.quarter })),
    el('span', { class: 'num' }, t('bar.turn', { turn, turns: session.scenario.turns })),
    side('challenger'),
    side('holder'),
    stat(t('bar.tension'), fmt(shown.tension, 0), `${t('bar.tension')}. ${t('bar.tensionTitle')}`),
    // The crisis gauge: shown while industry output is below the crisis line.
    s.challenger.crisisTurns > 0
      ? stat(
          `⚠ ${t('bar.crisis')}`,
          `${s.challenger.crisisTurns}/${session.scenario.endings.crisis.turns}`,
          t('bar.crisisTitle'),
        )
      : null,
    ...warnings.map((w) => el('span', { class: 'warning-chip', role: 'status' }, `⚠ ${warningText(w, o)}`)),
    el('span', { class: 'spacer' }),
    // A toggle whose visible name is its accessible name; aria-pressed tells whether sound is on.
    button(
      t('settings.sound'),
      actions.toggleSound,
      {
        class: 'btn sound',
        'aria-pressed': String(soundOn()),
        title: soundOn() ? t('sound.mute') : t('sound.unmute'),
      },
      soundOn() ? ' ♪' : ' ×',
    ),
    // On a phone the debrief's tabs lie below the decisions: the goals are a tap away from the top.
    button(t('goals.tab'), actions.goals, { class: 'btn goals-jump', 'aria-keyshortcuts': 'G' }),
    button('?', actions.help, { 'aria-label': t('bar.help'), title: t('bar.help') }),
    button(t('bar.menu'), actions.menu),
  );
}
