// Line charts in SVG. Series are told apart by dash pattern and end marker as well as colour, and each
// chart carries a text summary for screen readers. A key in the legend, clicked or tapped, brings its
// line forward and fades the rest: with eight lines a chart reads one at a time.
import { el, svg } from '../dom.ts';

export interface Series {
  label: string;
  values: number[];
  colour: string;
  /** Drawn bold over the others, which fade: with eight lines a chart reads one at a time. */
  emphasis?: boolean;
}

const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];
const FADED = 0.3; // the opacity of lines not picked out

/** Three horizontal rules, at the bottom, middle and top of the scale, each with its value. */
export function yGrid(
  lo: number,
  hi: number,
  y: (v: number) => number,
  x: { left: number; right: number },
  fmt: (v: number) => string,
): SVGElement[] {
  return [lo, (lo + hi) / 2, hi].map((v) =>
    svg(
      'g',
      {},
      svg('line', { x1: x.left, x2: x.right, y1: y(v), y2: y(v), stroke: '#2a3b3f' }),
      svg(
        'text',
        { x: x.left - 4, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#9aa6a1' },
        fmt(v),
      ),
    ),
  );
}

export function lineChart(
  title: string,
  series: Series[],
  opts: {
    min?: number;
    max?: number;
    format?: (v: number) => string;
    zero?: boolean;
    /** The least span of the scale: a flat index is not blown up until 99% to 100% fills the chart. */
    minSpan?: number;
    /** Reference lines, such as the endings' rope marks. */
    marks?: { value: number; label: string }[];
  } = {},
): HTMLElement {
  const W = 320;
  const H = 150;
  const pad = { l: 36, r: 8, t: 8, b: 18 };
  const all = series.flatMap((s) => s.values).filter(Number.isFinite);
  const marked = (opts.marks ?? []).map((m) => m.value);
  let lo = opts.min ?? Math.min(...all, ...marked, opts.zero ? 0 : Number.POSITIVE_INFINITY);
  let hi = opts.max ?? Math.max(...all, ...marked);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (hi - lo < 1e-9) [lo, hi] = [lo - 1, hi + 1];
  const span = opts.minSpan ?? 0;
  if (hi - lo < span) [lo, hi] = [(lo + hi) / 2 - span / 2, (lo + hi) / 2 + span / 2];
  const n = Math.max(...series.map((s) => s.values.length), 2);
  const x = (i: number) => pad.l + (i / (n - 1)) * (W - pad.l - pad.r);
  const y = (v: number) => pad.t + (1 - (v - lo) / (hi - lo)) * (H - pad.t - pad.b);
  const fmt = opts.format ?? ((v: number) => v.toFixed(0));
  const grid = yGrid(lo, hi, y, { left: pad.l, right: W - pad.r }, fmt);
  const focus = series.some((s) => s.emphasis);
  // A mark's label sits above its line at the right; one too close to the label before it moves left of
  // it, so that two marks a few points apart (Self-reliant −9, Leader +5) stay readable.
  const labelAt = new Map<number, { x: number; y: number }>();
  let previous: { x: number; y: number; width: number } | null = null;
  for (const [k, m] of [...(opts.marks ?? []).entries()].sort((a, b) => y(a[1].value) - y(b[1].value))) {
    const at = { x: W - pad.r - 2, y: y(m.value) < pad.t + 10 ? y(m.value) + 10 : y(m.value) - 3 };
    if (previous && Math.abs(at.y - previous.y) < 10) at.x = previous.x - previous.width - 8;
    labelAt.set(k, at);
    previous = { ...at, width: m.label.length * 5 };
  }
  const marks = (opts.marks ?? []).map((m, k) =>
    svg(
      'g',
      {},
      svg('line', {
        x1: pad.l,
        x2: W - pad.r,
        y1: y(m.value),
        y2: y(m.value),
        stroke: '#c9a55a',
        'stroke-dasharray': '4 3',
      }),
      svg(
        'text',
        {
          x: labelAt.get(k)!.x,
          y: labelAt.get(k)!.y,
          'text-anchor': 'end',
          'font-size': 9,
          fill: '#c9a55a',
        },
        m.label,
      ),
    ),
  );
  const bold = (k: number, picked: number | null) =>
    picked === null ? series[k]!.emphasis === true : picked === k;
  const faded = (k: number, picked: number | null) =>
    picked === null ? focus && !series[k]!.emphasis : picked !== k;
  const lines = series.map((s, k) => {
    const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    const last = s.values.length - 1;
    return svg(
      'g',
      { opacity: faded(k, null) ? FADED : 1 },
      svg('polyline', {
        points,
        fill: 'none',
        stroke: s.colour,
        'stroke-width': s.emphasis ? 3.5 : 2,
        'stroke-dasharray': DASHES[k % DASHES.length]!,
      }),
      last >= 0 ? svg('circle', { cx: x(last), cy: y(s.values[last]!), r: 3, fill: s.colour }) : null,
    );
  });
  const summary = series
    .map(
      (s) =>
        `${s.label}: ${s.values.length ? `${fmt(s.values[0]!)} → ${fmt(s.values[s.values.length - 1]!)}` : '—'}`,
    )
    .join('; ');
  const drawOrder = (p: number | null) => [
    ...[...series.keys()].filter((k) => !bold(k, p)),
    ...[...series.keys()].filter((k) => bold(k, p)),
  ];
  let picked: number | null = null;
  // One line has nothing to be told apart from: its key is a plain label, not a button.
  const keys = (series.length < 2 ? [] : series).map((s, k) =>
    el(
      'button',
      { type: 'button', class: 'legend-key', 'aria-pressed': 'false', onclick: () => pick(k) },
      legendLine(s.colour, k),
      ' ',
      s.label,
    ),
  );
  const pick = (k: number) => {
    picked = picked === k ? null : k;
    lines.forEach((g, j) => {
      g.setAttribute('opacity', String(faded(j, picked) ? FADED : 1));
      g.firstElementChild?.setAttribute('stroke-width', bold(j, picked) ? '3.5' : '2');
    });
    keys.forEach((b, j) => {
      b.setAttribute('aria-pressed', String(picked === j));
    });
    // The bold line is drawn last, over the others.
    const parent = lines[0]!.parentNode;
    for (const j of drawOrder(picked)) parent?.appendChild(lines[j]!);
  };
  return el(
    'figure',
    { class: 'chart' },
    el('figcaption', {}, title),
    svg(
      'svg',
      { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${title}. ${summary}` },
      ...grid,
      svg('line', {
        x1: pad.l,
        x2: W - pad.r,
        y1: y(Math.max(lo, Math.min(hi, 0))),
        y2: y(Math.max(lo, Math.min(hi, 0))),
        stroke: '#4a5b5f',
        'stroke-dasharray': '2 2',
      }),
      ...marks,
      ...drawOrder(null).map((k) => lines[k]!),
    ),
    el(
      'ul',
      { class: 'row', style: 'list-style:none;padding:0;margin:0.2em 0 0;font-size:0.78rem' },
      ...series.map((s, k) =>
        el('li', {}, ...(keys[k] ? [keys[k]] : [legendLine(s.colour, k), ` ${s.label}`])),
      ),
    ),
  );
}

/** A legend's sample of a series' line: its colour and dash. */
const legendLine = (colour: string, k: number): SVGElement =>
  svg(
    'svg',
    { width: 22, height: 8, 'aria-hidden': 'true' },
    svg('line', {
      x1: 0,
      x2: 22,
      y1: 4,
      y2: 4,
      stroke: colour,
      'stroke-width': 2,
      'stroke-dasharray': DASHES[k % DASHES.length]!,
    }),
  );

/** Distinct colours for technologies (not sides), readable on the dark table. */
export const SERIES_COLOURS = [
  '#c9a55a',
  '#7fc4b8',
  '#d98cb3',
  '#a4b85c',
  '#e0a06a',
  '#8fa8e8',
  '#e6e1d3',
  '#c07a5a',
  '#6fb0d6',
  '#b89be0',
];
