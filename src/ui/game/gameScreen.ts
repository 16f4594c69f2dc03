// The game screen: top bar, the Phaser board, the decisions panel and the debrief, with overlays for
// hot-seat handovers, the turn's news, the menu and the shortcuts. Keyboard for everything.
import type { App, ScreenView } from '../../app/app.ts';
import { SPEED_MS } from '../../app/settings.ts';
import { soundOn } from '../../audio/cues.ts';
import { Emitter } from '../../game/emitter.ts';
import type { Phase } from '../../game/session.ts';
import { lang, t } from '../../i18n/index.ts';
import { serializeReplay } from '../../replay/index.ts';
import { otherSide } from '../../sim/index.ts';
import { el, fill } from '../dom.ts';
import { endScreen } from '../end/endScreen.ts';
import { shareSession } from '../replay/endActions.ts';
import { replayFileName } from '../replayFile.ts';
import { openSettings } from '../settingsDialog.ts';
import { titleScreen } from '../title.ts';
import { button, dialog, download, sideName } from '../widgets.ts';
import { type BoardHandle, mountBoard } from './board.ts';
import { type DebriefTab, renderDebrief } from './debrief.ts';
import { renderDecisions } from './decisions.ts';
import { openHelp } from './help.ts';
import { newsCards } from './news.ts';
import { mixFigures, renderTopBar, type TopFigures, topFigures } from './topBar.ts';

export function gameScreen(app: App): ScreenView {
  const session = app.session;
  if (!session) return titleScreen(app);
  const top = el('header', { class: 'topbar' });
  const boardNode = el('div', { class: 'board', role: 'region', 'aria-label': t('board.heading') });
  const boardTable = el('div', { class: 'visually-hidden', 'aria-live': 'polite' });
  const decide = el('aside', { class: 'decide', 'aria-label': t('decide.heading', { side: '' }) });
  const debrief = el('section', { class: 'debrief' });
  const news = el('div', { class: 'news', 'aria-live': 'polite' });
  const resolveBar = el('div', { class: 'resolve-bar' });
  const node = el('main', { class: 'game' }, top, boardNode, decide, debrief, news);
  boardNode.append(resolveBar, boardTable);

  let focusTech: string | null = session.scenario.technologies[0]?.id ?? null;
  let tab: DebriefTab = 'why';
  const opened = new Set<string>(); // technology cards the player opened by hand
  let board: BoardHandle | null = null;
  let overlay: HTMLElement | null = null;
  const settingsChanged = new Emitter<{ changed: null }>();
  const cleanups: (() => void)[] = [];

  const closeOverlay = () => {
    overlay?.remove();
    overlay = null;
  };
  const showOverlay = (o: HTMLElement) => {
    closeOverlay();
    overlay = o;
    document.body.appendChild(o);
  };

  const deciding = (): boolean => session.phase.kind === 'deciding';
  const renderBoardText = () => {
    // The board as text, for screen readers and for anyone who prefers numbers to pictures.
    fill(
      boardTable,
      el('h2', {}, t('board.heading')),
      el(
        'ul',
        {},
        ...session.state.techs.map((ts, i) => {
          const def = session.scenario.technologies[i]!;
          const who =
            ts.rope > 2
              ? t('board.challengerAhead')
              : ts.rope < -2
                ? t('board.holderAhead')
                : t('board.even');
          return el(
            'li',
            {},
            t('board.ropeLabel', { tech: def.name[lang()], rope: ts.rope.toFixed(1), who }),
            ` · ${t(`control.${session.state.holder.policy.control[def.id] ?? 'open'}`)}`,
          );
        }),
      ),
    );
  };
  const renderSide = () => {
    const phase = session.phase;
    if (phase.kind === 'deciding') {
      renderDecisions(decide, {
        session,
        side: phase.side,
        focusTech,
        isOpen: (tech) => opened.has(tech) || tech === focusTech || session.scenario.technologies.length <= 4,
        toggle: (tech) => {
          if (opened.has(tech)) opened.delete(tech);
          else opened.add(tech);
          renderSide();
        },
        endTurn: () => void session.endTurn(),
      });
    } else {
      fill(
        decide,
        el(
          'h2',
          {},
          t('resolve.heading', { turn: session.state.turn - (phase.kind === 'resolving' ? 1 : 0) }),
        ),
      );
    }
  };
  const topActions = {
    toggleSound: () => {
      app.update({ muted: soundOn() });
      renderAll();
    },
    help: () => showOverlay(openHelp(lang(), closeOverlay)),
    menu: () => openMenu(),
  };
  let ticking = 0;
  let disposed = false;
  let newsTimer: ReturnType<typeof setTimeout> | undefined;
  /** Numbers tick from last turn's figures to this turn's over the animation. */
  const tick = (from: TopFigures, to: TopFigures, duration: number) => {
    cancelAnimationFrame(ticking);
    const start = performance.now();
    const frame = (now: number) => {
      const p = duration <= 0 ? 1 : Math.min(1, (now - start) / duration);
      renderTopBar(top, session, topActions, mixFigures(from, to, p));
      if (p < 1 && session.phase.kind === 'resolving') ticking = requestAnimationFrame(frame);
      else renderTopBar(top, session, topActions);
    };
    ticking = requestAnimationFrame(frame);
  };
  const renderAll = () => {
    renderTopBar(top, session, topActions);
    renderSide();
    renderDebrief(debrief, session, tab, focusTech, (next) => {
      tab = next;
      renderDebrief(debrief, session, tab, focusTech, setTab);
    });
    renderBoardText();
    renderResolveBar();
  };
  const setTab = (next: DebriefTab) => {
    tab = next;
    renderDebrief(debrief, session, tab, focusTech, setTab);
    debrief.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  const renderResolveBar = () => {
    if (session.phase.kind === 'resolving') {
      fill(
        resolveBar,
        button(t('resolve.faster'), () => board?.hurry(), { 'aria-keyshortcuts': 'F' }),
        button(t('resolve.skip'), () => board?.skip(), { 'aria-keyshortcuts': 'Space' }),
      );
    } else fill(resolveBar);
  };

  const selectTech = (tech: string) => {
    focusTech = tech;
    renderSide();
    renderDebrief(debrief, session, tab, focusTech, setTab);
    const card = decide.querySelector<HTMLElement>(`[data-tech="${CSS.escape(tech)}"]`);
    card?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    card?.querySelector<HTMLElement>('.stepper button:not(:disabled)')?.focus({ preventScroll: true });
  };

  const openMenu = () => {
    showOverlay(
      dialog(
        t('bar.menu'),
        [
          el(
            'div',
            { style: 'display:flex;flex-direction:column;gap:0.5rem' },
            button(t('menu.save'), () =>
              download(replayFileName(session), serializeReplay(session.toReplay(new Date().toISOString()))),
            ),
            button(t('end.share'), () => shareSession(session)),
            button(t('title.settings'), () => openSettings(app, () => settingsChanged.emit('changed', null))),
            button(t('menu.quit'), () => {
              closeOverlay();
              app.autosave();
              app.show(titleScreen);
            }),
          ),
        ],
        closeOverlay,
        t('menu.close'),
      ),
    );
  };

  const onPhase = (phase: Phase) => {
    renderAll();
    // Without a board (still loading, or failed to start) there is nothing to animate.
    if (phase.kind === 'resolving' && !board) queueMicrotask(() => session.animationDone());
    if (phase.kind === 'handover') {
      showOverlay(
        dialog(
          t('handover.heading', { side: sideName(phase.side) }),
          [
            el(
              'p',
              {},
              t('handover.body', { side: sideName(phase.side), other: sideName(otherSide(phase.side)) }),
            ),
          ],
          () => {
            closeOverlay();
            session.takeOver();
          },
          t('handover.continue', { side: sideName(phase.side) }),
        ),
      );
    } else if (phase.kind === 'deciding') {
      closeOverlay();
      decide.querySelector<HTMLElement>('h2')?.focus?.();
    } else if (phase.kind === 'over') {
      app.autosave();
      app.show(endScreen);
    }
  };

  cleanups.push(
    session.events.on('phase', onPhase),
    session.events.on('draft', () => {
      renderSide();
      app.autosave();
    }),
    session.events.on('resolved', ({ report, before, after }) => {
      app.autosave();
      tick(topFigures(before), topFigures(after), SPEED_MS[app.settings.speed]);
      fill(news, ...newsCards(session, report));
      clearTimeout(newsTimer);
      newsTimer = setTimeout(() => news.replaceChildren(), 6000 + SPEED_MS[app.settings.speed] * 2);
    }),
    session.events.on('error', (message) =>
      fill(news, el('article', { class: 'news-card', role: 'alert' }, message)),
    ),
  );

  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (
      target &&
      (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')
    )
      return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '?') {
      showOverlay(openHelp(lang(), closeOverlay));
    } else if (overlay) {
      return; // dialogs handle their own keys
    } else if ((e.key === ' ' || e.key === 'Escape') && session.phase.kind === 'resolving') {
      e.preventDefault();
      board?.skip();
    } else if ((e.key === 'f' || e.key === 'F') && session.phase.kind === 'resolving') {
      board?.hurry();
    } else if ((e.key === 'e' || e.key === 'E') && deciding()) {
      void session.endTurn();
    } else if (/^[0-9]$/.test(e.key)) {
      const i = e.key === '0' ? 9 : Number(e.key) - 1;
      const tech = session.scenario.technologies[i];
      if (tech) selectTech(tech.id);
    } else if (e.key === 'w' || e.key === 'W') setTab('why');
    else if (e.key === 'c' || e.key === 'C') setTab('charts');
    else if (e.key === 'd' || e.key === 'D') setTab('dependencies');
    else if (e.key === 'm' || e.key === 'M') {
      app.update({ muted: soundOn() });
      renderAll();
    } else if (e.key === 'l' || e.key === 'L') app.update({ lang: lang() === 'zh' ? 'en' : 'zh' });
    else if (e.key === 's' || e.key === 'S') openSettings(app, () => settingsChanged.emit('changed', null));
    else return;
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  cleanups.push(() => window.removeEventListener('keydown', onKey));

  renderAll();
  void mountBoard(boardNode, {
    source: session.boardSource(),
    selected: () => focusTech,
    select: selectTech,
    speedMs: () => SPEED_MS[app.settings.speed],
    onSettings: (listener) => settingsChanged.on('changed', listener),
  }).then((handle) => {
    // The screen may have closed while Phaser was loading: then the new board goes at once.
    if (disposed) handle.destroy();
    else board = handle;
  });
  if (session.phase.kind === 'handover') queueMicrotask(() => onPhase(session.phase));

  return {
    node,
    relabel: renderAll,
    dispose: () => {
      disposed = true;
      cancelAnimationFrame(ticking);
      clearTimeout(newsTimer);
      for (const c of cleanups) c();
      closeOverlay();
      board?.destroy();
    },
  };
}
