// Two timelines turn by turn as tables: the scores, then every rope, each cell the first timeline's value,
// the second's, and the gap between them. The tables say in text what the charts draw.
import { t, tx } from '../../i18n/index.ts';
import type { Comparison, TimelinePoint, TimelineRow } from '../../replay/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { type Child, el } from '../dom.ts';
import { fmt, signed } from '../widgets.ts';

const turnCell = (row: TimelineRow, split: number) =>
  el(
    'th',
    { scope: 'row' },
    row.turn === 0 ? t('compare.start') : t('aar.turn', { turn: row.turn }),
    row.turn === split && split > 0 ? ` (${t('compare.splitMark')})` : '',
  );

/** A gap with its sign; one that rounds to nothing is shown as 0, not as −0. */
const gapText = (x: number, digits: number) => {
  const rounded = Number(x.toFixed(digits));
  return rounded === 0 ? (0).toFixed(digits) : signed(rounded, digits);
};

const value = (point: TimelinePoint | null, pick: (p: TimelinePoint) => number, digits: number) =>
  point ? fmt(pick(point), digits) : t('compare.over');

function table(caption: string, head: string[], rows: Child[][]): HTMLElement {
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    el(
      'table',
      { class: 'compare-table num' },
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells))),
    ),
  );
}

export function scoreTable(comparison: Comparison, labels: [string, string]): HTMLElement {
  const [a, b] = labels;
  const gap = (row: TimelineRow, side: 'holder' | 'challenger') =>
    row.gap ? gapText(row.gap.score[side], 1) : '—';
  return table(
    t('compare.scoreTable'),
    [
      t('compare.turn'),
      `${t('side.challenger')}: ${a}`,
      `${t('side.challenger')}: ${b}`,
      t('compare.gap'),
      `${t('side.holder')}: ${a}`,
      `${t('side.holder')}: ${b}`,
      t('compare.gap'),
    ],
    comparison.rows.map((row) => [
      turnCell(row, comparison.split),
      el(
        'td',
        {},
        value(row.a, (p) => p.score.challenger, 0),
      ),
      el(
        'td',
        {},
        value(row.b, (p) => p.score.challenger, 0),
      ),
      el('td', {}, gap(row, 'challenger')),
      el(
        'td',
        {},
        value(row.a, (p) => p.score.holder, 0),
      ),
      el(
        'td',
        {},
        value(row.b, (p) => p.score.holder, 0),
      ),
      el('td', {}, gap(row, 'holder')),
    ]),
  );
}

export function ropeTable(scenario: Scenario, comparison: Comparison): HTMLElement {
  const names = comparison.techs.map((id) =>
    tx(scenario.technologies.find((d) => d.id === id)?.name ?? { zh: id, en: id }),
  );
  return table(
    t('compare.ropeTable'),
    [t('compare.turn'), ...names],
    comparison.rows.map((row) => [
      turnCell(row, comparison.split),
      ...comparison.techs.map((_, i) =>
        el(
          'td',
          {},
          `${value(row.a, (p) => p.ropes[i]!, 1)} / ${value(row.b, (p) => p.ropes[i]!, 1)}`,
          row.gap ? ` (${gapText(row.gap.ropes[i]!, 1)})` : '',
        ),
      ),
    ]),
  );
}
