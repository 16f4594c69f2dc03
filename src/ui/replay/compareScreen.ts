// Two timelines of one scenario side by side from the turn where they split: each side's score and each
// rope turn by turn, as charts (told apart by dash as well as colour) and as tables.

import { endingName, t, tx } from '../../i18n/index.ts';
import type { Comparison, TimelinePoint } from '../../replay/index.ts';
import type { ScreenArgs, ScreenView, Shell } from '../../shell/shell.ts';
import { el } from '../dom.ts';
import { lineChart, type Series } from '../game/charts.ts';
import { button, fmt } from '../widgets.ts';
import { ropeTable, scoreTable } from './compareTable.ts';

const COLOURS: [string, string] = ['#c9a55a', '#7fc4b8'];

/** One timeline's values from the split on, up to where it ended. */
function values(comparison: Comparison, which: 'a' | 'b', pick: (p: TimelinePoint) => number): number[] {
  const out: number[] = [];
  for (const row of comparison.rows) {
    const point = row[which];
    if (!point) break;
    out.push(pick(point));
  }
  return out;
}

function ending(point: TimelinePoint | null | undefined): string {
  if (!point?.ending) return t('compare.noEnding');
  const [challenger, holder] = point.ending.split('/') as [string, string];
  return `${endingName(challenger as never)} · ${endingName(holder as never)}`;
}

export function compareScreen(
  app: Shell,
  { scenario, timelines, comparison, back }: ScreenArgs['compare'],
): ScreenView {
  const labels: [string, string] = [timelines.a.label, timelines.b.label];
  const pair = (pick: (p: TimelinePoint) => number): Series[] =>
    (['a', 'b'] as const).map((which, k) => ({
      label: labels[k]!,
      values: values(comparison, which, pick),
      colour: COLOURS[k]!,
    }));
  const { split } = comparison;
  const from = comparison.rows[0]?.turn ?? 0;
  const lastOf = (which: 'a' | 'b') =>
    [...comparison.rows].reverse().find((r) => r[which] !== null)?.[which] ?? null;
  const seeds =
    timelines.a.replay.seed === timelines.b.replay.seed
      ? t('compare.sameSeed', { seed: timelines.a.replay.seed })
      : t('compare.otherSeeds', { a: timelines.a.replay.seed, b: timelines.b.replay.seed });
  const node = el(
    'main',
    { class: 'screen compare-screen' },
    el('h1', {}, t('compare.heading')),
    el('p', {}, t('compare.what', { a: labels[0], b: labels[1], scenario: tx(scenario.title) }), ' ', seeds),
    el(
      'p',
      { class: 'split' },
      split === 0 ? t('compare.splitNone') : t('compare.split', { turn: split, next: split + 1 }),
    ),
    el(
      'ul',
      { class: 'compare-endings' },
      ...(['a', 'b'] as const).map((which, k) => {
        const last = lastOf(which);
        return el(
          'li',
          {},
          el('strong', {}, labels[k]!),
          ': ',
          ending(last),
          last
            ? ` · ${t('end.score', { challenger: fmt(last.score.challenger, 1), holder: fmt(last.score.holder, 1) })}`
            : '',
        );
      }),
    ),
    el('h2', {}, t('compare.scores', { turn: from })),
    el(
      'div',
      { class: 'charts' },
      lineChart(
        `${t('compare.scoreOf')} · ${t('side.challenger')}`,
        pair((p) => p.score.challenger),
        { min: 0, max: 100 },
      ),
      lineChart(
        `${t('compare.scoreOf')} · ${t('side.holder')}`,
        pair((p) => p.score.holder),
        { min: 0, max: 100 },
      ),
    ),
    el('h2', {}, t('compare.ropes', { turn: from })),
    el(
      'div',
      { class: 'charts' },
      ...comparison.techs.map((id, i) =>
        lineChart(
          tx(scenario.technologies.find((d) => d.id === id)?.name ?? { zh: id, en: id }),
          pair((p) => p.ropes[i]!),
          { min: -100, max: 100 },
        ),
      ),
    ),
    el('h2', {}, t('compare.turnByTurn')),
    scoreTable(comparison, labels),
    ropeTable(scenario, comparison),
    el(
      'div',
      { class: 'row', style: 'margin-top:1rem' },
      button(t('compare.back'), () => app.open(back), { class: 'btn primary' }),
      button(t('end.title'), () => app.go('title')),
    ),
  );
  return { node };
}
