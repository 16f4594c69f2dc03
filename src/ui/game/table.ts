// The game's table: the top bar, the Phaser board, the text board, the debrief and the news cards, drawn
// from any GameView, with the side panel left to the screen. Live play, the replay viewer and play by
// link all sit at it. It also owns the overlays and the keys every such screen shares (technologies,
// debrief tabs, sound, language, settings).

import { soundOn } from '../../audio/cues.ts';
import { Emitter } from '../../game/emitter.ts';
import type { BoardSource, GameView } from '../../game/view.ts';
import { lang, onLang, t } from '../../i18n/index.ts';
import type { Shell } from '../../shell/shell.ts';
import type { GameState, TurnReport } from '../../sim/index.ts';
import { el, fill } from '../dom.ts';
import { probe } from '../probe.ts';
import { openSettings } from '../settingsDialog.ts';
import { button } from '../widgets.ts';
import { type BoardHandle, mountBoard } from './board.ts';
import { type DebriefTab, renderDebrief } from './debrief.ts';
import { objectivesOf } from './goals.ts';
import { newsCards, newsChime, newsLog } from './news.ts';
import { renderRopeList } from './ropeList.ts';
import { mixFigures, renderTopBar, type TopFigures, topFigures } from './topBar.ts';

export interface TableOptions {
  className: string;
  sideLabel: string;
  help(): HTMLElement;
  menu(): void;
  /** Called after a technology is picked (on the board or by its number key). */
  onSelect?(tech: string): void;
}

export interface GameTable {
  node: HTMLElement;
  side: HTMLElement;
  /** The board's area, for controls that float over the board. */
  boardArea: HTMLElement;
  focusTech(): string | null;
  /**
   * Shows cards in the news area (a turn's news, or a notice), built by `cards`: built again in the new
   * language when the player switches while they are up.
   */
  announce(cards: () => HTMLElement[]): void;
  /** Redraws the top bar, the debrief and the text board from the view. */
  render(): void;
  /** A turn moved on: numbers tick over `ms`, and its news arrives as cards. */
  moved(before: GameState, after: GameState, report: TurnReport | undefined, ms: number): void;
  /** The news of a turn no longer shown goes (after a jump). */
  clearNews(): void;
  mount(source: BoardSource, speedMs: () => number): Promise<void>;
  board(): BoardHandle | null;
  /** Keys every table screen shares; true when the key was one of them. */
  commonKey(e: KeyboardEvent): boolean;
  showOverlay(overlay: HTMLElement): void;
  closeOverlay(): void;
  overlayOpen(): boolean;
  settingsChanged(): void;
  dispose(): void;
}

/** Keys typed into a field or a list belong to it; a slider, a checkbox or a radio takes no letters. */
export function typing(e: KeyboardEvent): boolean {
  const target = e.target as HTMLElement | null;
  if (!target) return false;
  if (target.tagName === 'SELECT' || target.tagName === 'TEXTAREA') return true;
  return (
    target.tagName === 'INPUT' && !['range', 'checkbox', 'radio'].includes((target as HTMLInputElement).type)
  );
}

const NEWS_SHOWN = 2;

export function gameTable(app: Shell, view: () => GameView, options: TableOptions): GameTable {
  const top = el('header', { class: 'topbar' });
  const boardNode = el('div', {
    class: 'board',
    role: 'region',
    'aria-label': t('board.heading'),
    // On a phone the board grows with its lanes, so that each reads (see boardLayout).
    style: `--lanes: ${view().scenario.technologies.length}`,
  });
  const ropes = el('div', { class: 'visually-hidden' });
  const side = el('aside', { class: 'decide', 'aria-label': options.sideLabel });
  const debrief = el('section', { class: 'debrief' });
  const news = el('div', { class: 'news', 'aria-live': 'polite' });
  boardNode.append(ropes, news);
  const node = el('main', { class: `game ${options.className}` }, top, boardNode, side, debrief);

  // Before the first turn there is nothing to explain: a new game opens on what each ending needs.
  let tab: DebriefTab = view().reports.length === 0 ? 'goals' : 'why';
  let focusTech: string | null = view().scenario.technologies[0]?.id ?? null;
  let board: BoardHandle | null = null;
  let overlay: HTMLElement | null = null;
  let disposed = false;
  let ticking = 0;
  let newsTimer: ReturnType<typeof setTimeout> | undefined;
  let newsShown: (() => HTMLElement[]) | null = null; // what the cards up now are built from
  const putNewsAway = () => {
    newsShown = null;
    news.replaceChildren();
  };
  news.addEventListener('click', (e) => {
    if (!(e.target as Element).closest('button, a')) putNewsAway();
  });
  const settings = new Emitter<{ changed: null }>();
  const news$ = () => newsLog(view());
  const objectives$ = () => objectivesOf(view());
  probe.news = news$;
  probe.objectives = objectives$;

  const closeOverlay = () => {
    overlay?.remove();
    overlay = null;
  };
  const showOverlay = (o: HTMLElement) => {
    closeOverlay();
    overlay = o;
    document.body.appendChild(o);
  };
  const actions = {
    toggleSound: () => {
      app.update({ muted: soundOn() });
      render();
    },
    help: () => showOverlay(options.help()),
    menu: options.menu,
    goals: () => setTab('goals'), // focusing the tab brings it into view, far down a phone's page
  };
  const setTab = (next: DebriefTab) => {
    tab = next;
    renderDebrief(debrief, view(), tab, focusTech, setTab);
    debrief.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  const render = () => {
    cancelAnimationFrame(ticking);
    renderTopBar(top, view(), actions);
    renderDebrief(debrief, view(), tab, focusTech, setTab);
    renderRopeList(ropes, view());
  };
  const selectTech = (tech: string) => {
    focusTech = tech;
    renderDebrief(debrief, view(), tab, focusTech, setTab);
    settings.emit('changed', null); // the board redraws its selection
    options.onSelect?.(tech);
  };
  // At most two cards at once (one on a phone), so they never bury the debrief or the decisions; the
  // rest wait in the News tab. A tap on a card puts them away at once.
  const showNews = (build: () => HTMLElement[]) => {
    newsShown = build;
    const cards = build();
    const shown = window.matchMedia('(max-width: 900px)').matches ? 1 : NEWS_SHOWN;
    const more = cards.length - shown;
    for (const card of cards) card.title = t('news.dismiss');
    fill(
      news,
      ...cards.slice(0, shown),
      more > 0
        ? el(
            'article',
            { class: 'news-card more' },
            button(t('news.more', { count: more }), () => setTab('news'), { 'aria-keyshortcuts': 'N' }),
          )
        : null,
    );
  };
  const announce = (build: () => HTMLElement[]) => {
    showNews(build);
    clearTimeout(newsTimer);
    newsTimer = setTimeout(putNewsAway, 8000);
  };
  // Cards still up when the language changes are written again in it, and stay up as long as they would have.
  const stopLang = onLang(() => {
    if (newsShown && news.childElementCount > 0) showNews(newsShown);
  });

  return {
    node,
    side,
    boardArea: boardNode,
    focusTech: () => focusTech,
    announce,
    render,
    moved: (before, after, report, ms) => {
      // A new turn's debrief opens on why the ropes moved, from its top.
      if (report) {
        tab = 'why';
        debrief.scrollTop = 0;
      }
      render();
      const from: TopFigures = topFigures(before);
      const to: TopFigures = topFigures(after);
      const start = performance.now();
      const frame = (now: number) => {
        const p = ms <= 0 ? 1 : Math.min(1, (now - start) / ms);
        renderTopBar(top, view(), actions, mixFigures(from, to, p));
        if (p < 1) ticking = requestAnimationFrame(frame);
      };
      cancelAnimationFrame(ticking);
      ticking = requestAnimationFrame(frame);
      if (report) {
        newsChime(report);
        const shown = view();
        announce(() => newsCards(shown, report));
        clearTimeout(newsTimer);
        newsTimer = setTimeout(putNewsAway, 4000 + ms * 2);
      }
    },
    clearNews: () => {
      clearTimeout(newsTimer);
      putNewsAway();
    },
    mount: async (source, speedMs) => {
      const handle = await mountBoard(boardNode, {
        source,
        selected: () => focusTech,
        select: selectTech,
        speedMs,
        onSettings: (listener) => settings.on('changed', listener),
      });
      if (disposed) handle.destroy();
      else board = handle;
    },
    board: () => board,
    commonKey: (e) => {
      if (/^[0-9]$/.test(e.key)) {
        const tech = view().scenario.technologies[e.key === '0' ? 9 : Number(e.key) - 1];
        if (tech) selectTech(tech.id);
      } else if (e.key === 'g' || e.key === 'G') setTab('goals');
      else if (e.key === 'w' || e.key === 'W') setTab('why');
      else if (e.key === 'n' || e.key === 'N') setTab('news');
      else if (e.key === 'c' || e.key === 'C') setTab('charts');
      else if (e.key === 'd' || e.key === 'D') setTab('dependencies');
      else if (e.key === 'm' || e.key === 'M') actions.toggleSound();
      else if (e.key === 'l' || e.key === 'L') app.update({ lang: lang() === 'zh' ? 'en' : 'zh' });
      else if (e.key === 's' || e.key === 'S') openSettings(app, () => settings.emit('changed', null));
      else if (e.key === '?') actions.help();
      else return false;
      return true;
    },
    showOverlay,
    closeOverlay,
    overlayOpen: () => overlay !== null,
    settingsChanged: () => settings.emit('changed', null),
    dispose: () => {
      disposed = true;
      stopLang();
      if (probe.news === news$) probe.news = () => [];
      if (probe.objectives === objectives$) probe.objectives = () => null;
      cancelAnimationFrame(ticking);
      clearTimeout(newsTimer);
      closeOverlay();
      board?.destroy();
    },
  };
}
