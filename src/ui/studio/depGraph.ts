// The technologies' dependency graph, drawn: a node for each technology, in columns by depth (upstream
// on the left), an arrow from each technology to what depends on it. A loop is drawn in red, as the
// validator refuses it.
import { getAt } from '../../game/studio/paths.ts';
import { t } from '../../i18n/index.ts';
import { arrowMarker, el, svg } from '../dom.ts';

export function dependencyGraph(draft: unknown): HTMLElement {
  const raw = getAt(draft, 'technologies');
  const techs = (Array.isArray(raw) ? raw : []).map((x) => ({
    id: String((x as { id?: unknown })?.id ?? '?'),
    deps: ((x as { dependsOn?: unknown })?.dependsOn as unknown[] | undefined)?.map(String) ?? [],
  }));
  const ids = new Set(techs.map((x) => x.id));
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const loops = new Set<string>();
  const depthOf = (id: string): number => {
    if (depth.has(id)) return depth.get(id)!;
    if (visiting.has(id)) {
      loops.add(id);
      return 0;
    }
    visiting.add(id);
    const deps = techs.find((x) => x.id === id)?.deps.filter((d) => ids.has(d)) ?? [];
    const d = deps.length ? 1 + Math.max(...deps.map(depthOf)) : 0;
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  for (const x of techs) depthOf(x.id);
  const columns = new Map<number, string[]>();
  for (const x of techs) columns.set(depth.get(x.id)!, [...(columns.get(depth.get(x.id)!) ?? []), x.id]);
  const W = 170;
  const H = 44;
  const pos = new Map<string, { x: number; y: number }>();
  for (const [d, col] of columns)
    col.forEach((id, i) => {
      pos.set(id, { x: 10 + d * W, y: 10 + i * H });
    });
  const width = 10 + (Math.max(0, ...columns.keys()) + 1) * W;
  const height = 10 + Math.max(1, ...[...columns.values()].map((c) => c.length)) * H;
  const arrows = techs.flatMap((x) =>
    x.deps
      .filter((d) => pos.has(d))
      .map((d) => {
        const a = pos.get(d)!;
        const b = pos.get(x.id)!;
        const loop = loops.has(x.id) || loops.has(d);
        return svg('line', {
          x1: a.x + 130,
          y1: a.y + 14,
          x2: b.x,
          y2: b.y + 14,
          stroke: loop ? '#e06c5a' : '#c9a55a',
          'stroke-width': 2,
          'marker-end': 'url(#studio-arrow)',
        });
      }),
  );
  const nodes = techs.map((x) => {
    const p = pos.get(x.id)!;
    return svg(
      'g',
      {},
      svg('rect', {
        x: p.x,
        y: p.y,
        width: 130,
        height: 28,
        rx: 4,
        fill: '#1d2a2a',
        stroke: loops.has(x.id) ? '#e06c5a' : '#7fc4b8',
      }),
      svg('text', { x: p.x + 8, y: p.y + 19, fill: '#e8e2d0', 'font-size': 13 }, x.id.slice(0, 18)),
    );
  });
  const summary = techs.map((x) => (x.deps.length ? `${x.id} ← ${x.deps.join(', ')}` : x.id)).join('; ');
  return el(
    'figure',
    { class: 'studio-graph' },
    svg(
      'svg',
      {
        viewBox: `0 0 ${width} ${height}`,
        style: 'max-width:100%;height:auto',
        width,
        height,
        role: 'img',
        'aria-label': `${t('studio.graph')}: ${summary}`,
      },
      arrowMarker('studio-arrow'),
      ...arrows,
      ...nodes,
    ),
    el('figcaption', { class: 'muted' }, t('studio.graph')),
  );
}
