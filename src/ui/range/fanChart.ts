// A fan chart: the spread of one rope or score over sampled games, turn by turn. The outer band holds
// nine games in ten, the inner band half of them, the dashed line the median; a game's own line, when
// given, is drawn solid over it. The word RANGE sits on the chart itself, so that a glance at it alone
// cannot take it for a forecast. Bands differ by shade and by hatching, not by colour alone.
import { t } from '../../i18n/index.ts';
import type { OutcomeRange } from '../../tournament/ranges.ts';
import { el, svg } from '../dom.ts';
import { yGrid } from '../game/charts.ts';

const W = 320;
const H = 160;
const PAD = { l: 36, r: 8, t: 16, b: 18 };
const INK = '#c9a55a';
const GAME = '#7fc4b8';
let charts = 0;

export function fanChart(
  range: Pick<OutcomeRange, 'bands' | 'turns' | 'games'>,
  title: string,
  opts: { actual?: number[]; format?: (v: number) => string; min?: number; max?: number } = {},
): HTMLElement {
  const band = (p: number) => range.bands.find((b) => b.percentile === p)?.values ?? [];
  const [p5, q1, median, q3, p95] = [5, 25, 50, 75, 95].map(band) as [
    number[],
    number[],
    number[],
    number[],
    number[],
  ];
  const fmt = opts.format ?? ((v: number) => v.toFixed(0));
  const all = [...p5, ...p95, ...(opts.actual ?? [])].filter(Number.isFinite);
  let lo = opts.min ?? Math.min(...all);
  let hi = opts.max ?? Math.max(...all);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (hi - lo < 1e-9) [lo, hi] = [lo - 1, hi + 1];
  const n = Math.max(range.turns.length, 2);
  const x = (i: number) => PAD.l + (i / (n - 1)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - (v - lo) / (hi - lo)) * (H - PAD.t - PAD.b);
  const points = (values: number[]) => values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  const line = (values: number[]) => points(values).join(' ');
  // A band: along its upper edge, then back along its lower one.
  const area = (upper: number[], lower: number[]) => [...points(upper), ...points(lower).reverse()].join(' ');
  const last = range.turns.length - 1;
  const id = `fan-hatch-${++charts}`; // unique on the page: the legend's swatch uses it too

  const grid = yGrid(lo, hi, y, { left: PAD.l, right: W - PAD.r }, fmt);
  const actual = opts.actual;
  const summary = [
    t('range.summary', {
      title,
      median: fmt(median[last] ?? 0),
      q1: fmt(q1[last] ?? 0),
      q3: fmt(q3[last] ?? 0),
      p5: fmt(p5[last] ?? 0),
      p95: fmt(p95[last] ?? 0),
    }),
    actual?.length ? t('range.thisGameAt', { value: fmt(actual[actual.length - 1]!) }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const swatch = (...shape: SVGElement[]) =>
    svg('svg', { width: 22, height: 10, 'aria-hidden': 'true' }, ...shape);
  return el(
    'figure',
    { class: 'chart fan' },
    el('figcaption', {}, title),
    svg(
      'svg',
      { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': summary },
      svg(
        'defs',
        {},
        svg(
          'pattern',
          { id, width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
          svg('line', {
            x1: 0,
            y1: 0,
            x2: 0,
            y2: 5,
            stroke: INK,
            'stroke-opacity': 0.45,
            'stroke-width': 1.2,
          }),
        ),
      ),
      ...grid,
      svg('polygon', { points: area(p95, p5), fill: `url(#${id})` }),
      svg('polygon', { points: area(q3, q1), fill: INK, 'fill-opacity': 0.35 }),
      svg('polyline', {
        points: line(median),
        fill: 'none',
        stroke: INK,
        'stroke-width': 2,
        'stroke-dasharray': '5 3',
      }),
      actual?.length
        ? svg(
            'g',
            {},
            svg('polyline', { points: line(actual), fill: 'none', stroke: GAME, 'stroke-width': 2.2 }),
            svg('circle', {
              cx: x(actual.length - 1),
              cy: y(actual[actual.length - 1]!),
              r: 3.2,
              fill: GAME,
            }),
          )
        : null,
      svg(
        'text',
        { x: W - PAD.r, y: 11, 'text-anchor': 'end', 'font-size': 9, fill: '#9aa6a1', 'letter-spacing': 1 },
        t('range.tag', { games: range.games }).toUpperCase(),
      ),
      // The time axis: the start, the middle turn and the last, so a reader sees when the spread opens.
      ...[0, Math.round(last / 2), last].map((i, k) =>
        svg(
          'text',
          {
            x: x(i),
            y: H - 4,
            'text-anchor': ['start', 'middle', 'end'][k]!,
            'font-size': 9,
            fill: '#9aa6a1',
          },
          i === 0 ? t('range.start') : t('range.turn', { turn: range.turns[i] ?? i }),
        ),
      ),
    ),
    el(
      'ul',
      { class: 'row legend' },
      el(
        'li',
        {},
        swatch(
          svg('rect', { width: 22, height: 10, fill: `url(#${id})`, stroke: INK, 'stroke-opacity': 0.4 }),
        ),
        ' ',
        t('range.bands'),
      ),
      el(
        'li',
        {},
        swatch(svg('rect', { width: 22, height: 10, fill: INK, 'fill-opacity': 0.35 })),
        ' ',
        t('range.middle'),
      ),
      el(
        'li',
        {},
        swatch(
          svg('line', {
            x1: 0,
            x2: 22,
            y1: 5,
            y2: 5,
            stroke: INK,
            'stroke-width': 2,
            'stroke-dasharray': '5 3',
          }),
        ),
        ' ',
        t('range.median'),
      ),
      actual?.length
        ? el(
            'li',
            {},
            swatch(
              svg('line', { x1: 0, x2: 18, y1: 5, y2: 5, stroke: GAME, 'stroke-width': 2.2 }),
              svg('circle', { cx: 18, cy: 5, r: 3, fill: GAME }),
            ),
            ' ',
            t('range.thisGame'),
          )
        : null,
    ),
  );
}
