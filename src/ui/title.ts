// The title: the saved games, new game, load a scenario file, load a replay, settings.
import { browserStorage, lastLinkGame } from '../game/linkKeys.ts';
import { t } from '../i18n/index.ts';
import type { ScreenArgs, ScreenView, Shell } from '../shell/shell.ts';
import { el, svg } from './dom.ts';
import { replayOpener } from './replay/replayOpener.ts';
import { openSettings } from './settingsDialog.ts';
import { button } from './widgets.ts';

/** A rope with a knot pulled a little toward the challenger: the game in one picture. */
function knotArt(): SVGSVGElement {
  const strands = [];
  for (let x = 10; x < 510; x += 9)
    strands.push(
      svg('path', { d: `M${x} 56 l7 -12`, stroke: '#8c7a55', 'stroke-width': 3, 'stroke-linecap': 'round' }),
    );
  return svg(
    'svg',
    { viewBox: '0 0 520 100', class: 'knot-art', role: 'img', 'aria-hidden': 'true' },
    svg('rect', { x: 0, y: 0, width: 260, height: 100, fill: 'var(--holder)', opacity: 0.12 }),
    svg('rect', { x: 260, y: 0, width: 260, height: 100, fill: 'var(--challenger)', opacity: 0.12 }),
    svg('line', { x1: 260, y1: 8, x2: 260, y2: 92, stroke: '#c9a55a', 'stroke-dasharray': '4 4' }),
    svg('rect', { x: 10, y: 44, width: 500, height: 12, rx: 6, fill: '#cdb98f' }),
    ...strands,
    svg('circle', { cx: 290, cy: 50, r: 16, fill: '#cdb98f', stroke: '#5a4a2a', 'stroke-width': 3 }),
    svg('path', {
      d: 'M280 42 q10 16 20 0 M280 58 q10 -16 20 0',
      stroke: '#5a4a2a',
      'stroke-width': 2.5,
      fill: 'none',
    }),
  );
}

export function titleScreen(app: Shell, options: ScreenArgs['title']): ScreenView {
  const nav = el('nav', { 'aria-label': t('app.title') });
  const notices = el('div', {}, options.notice);
  const replay = replayOpener(app);
  const newGame = button(t('title.newGame'), () => app.go('choose'), { class: 'btn big' });
  // The saved games: their code (and the check of each save) loads once the title is up, in a task of its
  // own, so that it is not part of the first load.
  const saved = el('div', { class: 'saved-games-slot' });
  setTimeout(
    () => void import('./saves/savedList.ts').then((m) => saved.replaceWith(m.savedGamesList(app))),
    0,
  );
  nav.append(
    newGame,
    button(t('title.loadScenario'), () => app.go('choose', { openPicker: true }), {
      class: 'btn big',
    }),
    replay.button,
    button(t('title.studio'), () => app.go('studio'), { class: 'btn big' }),
    button(t('title.settings'), () => openSettings(app), { class: 'btn big' }),
  );
  // A saved game and a game by link are checked by replaying them, with code the title does not need
  // otherwise: it loads only when there is one, and their buttons then go above "New game".
  const checks: Promise<HTMLElement[]>[] = [];
  if (lastLinkGame(browserStorage()))
    checks.push(import('./linkPlay/linkEntry.ts').then((m) => m.linkGameEntry(app)));
  if (checks.length) void Promise.all(checks).then((found) => newGame.before(...found.flat()));
  const node = el(
    'main',
    { class: 'screen title-screen dropzone' },
    el(
      'h1',
      {},
      t('app.title'),
      el(
        'span',
        { class: 'muted', lang: app.settings.lang === 'zh' ? 'en' : 'zh' },
        app.settings.lang === 'zh' ? ' · Slow Tug-of-War' : ' · 慢速拔河',
      ),
    ),
    el('p', { class: 'muted' }, t('app.subtitle')),
    knotArt(),
    notices,
    replay.notice,
    saved,
    nav,
    replay.input,
    el(
      'div',
      { class: 'row' },
      button('中文', () => app.update({ lang: 'zh' }), {
        lang: 'zh',
        'aria-pressed': String(app.settings.lang === 'zh'),
      }),
      button('English', () => app.update({ lang: 'en' }), {
        lang: 'en',
        'aria-pressed': String(app.settings.lang === 'en'),
      }),
    ),
  );
  return { node, dispose: replay.listen(node) };
}
