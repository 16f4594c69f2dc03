// A rope's card in the debrief: its move last turn by cause (with each input's own causes folded away),
// and over the last turns, what pushed it each way and what outweighed a side's lever.
import { ropeTrend } from '../../game/ropeTrend.ts';
import { SIDE_CAUSES } from '../../game/sideMoves.ts';
import type { GameView } from '../../game/view.ts';
import { CAUSE_GLOSSARY } from '../../i18n/glossary.ts';
import { lang, listText, t, tKey, tx } from '../../i18n/index.ts';
import type { Cause, Contribution, RopeReport } from '../../sim/index.ts';
import { el } from '../dom.ts';
import { fmt, pct, signed, term } from '../widgets.ts';

const PERCENT_INPUTS = new Set(['homeC', 'homeH', 'abroadC', 'abroadH', 'capacityC']);

export function ropeCard(session: GameView, r: RopeReport, focus: boolean): HTMLElement {
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
const LEVERS = new Set<Cause>([...SIDE_CAUSES.holder, ...SIDE_CAUSES.challenger]);

/**
 * Where the rope went over the last turns and why, from the three most recent turns on: the causes added
 * up, and when the rope went against a push, the causes that outweighed it.
 */
function trendLine(session: GameView, tech: string): HTMLElement | null {
  const trend = ropeTrend(session.reports, tech);
  if (!trend || trend.turns < 3) return null;
  const net = trend.to - trend.from;
  const named = (cs: readonly Contribution[]) =>
    listText(cs.map((c) => `${t(`cause.${c.cause}`)} ${signed(c.amount, 1)}`));
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
