// The dependency view: which industry hangs on which technology, and which technology needs which.
import type { GameView } from '../../game/view.ts';
import { t, tx } from '../../i18n/index.ts';
import { arrowMarker, el, svg } from '../dom.ts';
import { pct } from '../widgets.ts';

export function dependencyView(session: GameView): HTMLElement {
  const { scenario, state } = session;
  const techs = scenario.technologies;
  const inds = scenario.industries;
  const rowH = 34;
  const H = Math.max(techs.length, inds.length) * rowH + 20;
  const W = 640;
  const ty = (i: number) => 20 + i * rowH + (Math.max(0, inds.length - techs.length) * rowH) / 2;
  const iy = (i: number) => 20 + i * rowH + (Math.max(0, techs.length - inds.length) * rowH) / 2;
  const edges = inds.flatMap((ind, j) =>
    ind.uses.map((u) => {
      const i = techs.findIndex((x) => x.id === u.tech);
      const short = state.techs[i]?.shortage ?? 0;
      return svg('path', {
        d: `M250 ${ty(i)} C 360 ${ty(i)}, 360 ${iy(j)}, 450 ${iy(j)}`,
        fill: 'none',
        stroke: short > 0.01 ? '#f08f7a' : '#7fc4b8',
        'stroke-width': 1 + u.weight * 8,
        'stroke-dasharray': short > 0.01 ? '6 3' : '',
        opacity: 0.75,
      });
    }),
  );
  const upstream = techs.flatMap((tech, i) =>
    tech.dependsOn.map((d) => {
      const k = techs.findIndex((x) => x.id === d);
      return svg('path', {
        d: `M40 ${ty(k)} C 0 ${ty(k)}, 0 ${ty(i)}, 40 ${ty(i)}`,
        fill: 'none',
        stroke: '#c9a55a',
        'stroke-width': 2,
        'marker-end': 'url(#arrow)',
      });
    }),
  );
  const label = (x: number, y: number, text: string, anchor: 'start' | 'end') =>
    svg('text', { x, y: y + 4, 'text-anchor': anchor, 'font-size': 13, fill: '#e6e1d3' }, text);
  const lines: string[] = [];
  for (const ind of inds)
    for (const u of ind.uses)
      lines.push(
        t('board.uses', {
          industry: tx(ind.name),
          tech: tx(techs.find((x) => x.id === u.tech)!.name),
          weight: pct(u.weight),
        }),
      );
  for (const tech of techs)
    for (const d of tech.dependsOn)
      lines.push(
        t('board.needs', { tech: tx(tech.name), upstream: tx(techs.find((x) => x.id === d)!.name) }),
      );
  return el(
    'div',
    {},
    // Never drawn narrower than its own width, so its 13-unit labels stay readable: on a phone the
    // diagram scrolls sideways in its frame instead of shrinking its words to a few pixels.
    el(
      'div',
      { class: 'deps-frame' },
      svg(
        'svg',
        {
          viewBox: `0 0 ${W} ${H}`,
          role: 'img',
          'aria-label': t('board.dependencies'),
          style: `width:100%;min-width:${W}px;height:auto`,
        },
        arrowMarker('arrow'),
        ...edges,
        ...upstream,
        ...techs.map((tech, i) => label(245, ty(i), tx(tech.name), 'end')),
        ...inds.map((ind, j) => label(456, iy(j), tx(ind.name), 'start')),
      ),
    ),
    el('ul', {}, ...lines.map((l) => el('li', {}, l))),
  );
}
