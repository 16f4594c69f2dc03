// The live game: the shared game table (top bar, board, debrief, news) with the decisions panel beside
// it, the turn's Faster and Skip over the board, hot-seat handovers, the menu and the shortcuts.

import type { Phase } from '../../game/session.ts';
import { lang, t } from '../../i18n/index.ts';
import { SPEED_MS } from '../../shell/settings.ts';
import { type Route, route, type ScreenView, type Shell } from '../../shell/shell.ts';
import { otherSide } from '../../sim/index.ts';
import { el, fill } from '../dom.ts';
import { opponentLabel } from '../opponents.ts';
import { openSettings } from '../settingsDialog.ts';
import { button, dialog, sideName } from '../widgets.ts';
import { decisionsHeading, renderDecisions } from './decisions/panel.ts';
import { openHelp } from './help.ts';
import { gameTable, typing } from './table.ts';

export function gameScreen(app: Shell): ScreenView | Route {
  const session = app.session;
  if (!session) return route('title');
  // A finished game (continued after a reload, say) has nothing left to decide: its place is the end.
  if (session.state.ending) return route('end');
  const opened = new Set<string>(); // technology cards the player opened by hand
  // The decisions follow a frame after the rest of the screen: laying out the whole screen in its first
  // frame held the main thread for over 50 ms on a slow machine.
  let decisionsShown = false;
  const cleanups: (() => void)[] = [];

  const table = gameTable(app, () => session, {
    className: 'live',
    sideLabel: t('decide.heading', { side: '' }),
    help: () => openHelp(lang(), table.closeOverlay),
    menu: () => openMenu(),
    onSelect: (tech) => {
      renderSide();
      const card = table.side.querySelector<HTMLElement>(`[data-tech="${CSS.escape(tech)}"]`);
      card?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      card?.querySelector<HTMLElement>('.stepper button:not(:disabled)')?.focus({ preventScroll: true });
    },
  });
  const resolveBar = el('div', { class: 'resolve-bar' });
  table.boardArea.append(resolveBar);

  const renderSide = () => {
    const phase = session.phase;
    if (phase.kind === 'deciding' && !decisionsShown) {
      fill(table.side, decisionsHeading(phase.side));
    } else if (phase.kind === 'deciding') {
      renderDecisions(table.side, {
        session,
        side: phase.side,
        focusTech: table.focusTech(),
        isOpen: (tech) =>
          opened.has(tech) || tech === table.focusTech() || session.scenario.technologies.length <= 4,
        toggle: (tech) => {
          if (opened.has(tech)) opened.delete(tech);
          else opened.add(tech);
          renderSide();
        },
        endTurn: () => void session.endTurn(),
      });
    } else {
      fill(
        table.side,
        el(
          'h2',
          {},
          t('resolve.heading', { turn: session.state.turn - (phase.kind === 'resolving' ? 1 : 0) }),
        ),
        phase.kind === 'waiting'
          ? el(
              'p',
              { class: 'thinking', role: 'status' },
              t('resolve.thinking', { who: opponentLabel(session.opponentName) }),
            )
          : null,
      );
    }
    fill(
      resolveBar,
      ...(phase.kind === 'resolving'
        ? [
            button(t('resolve.faster'), () => table.board()?.hurry(), { 'aria-keyshortcuts': 'F' }),
            button(t('resolve.skip'), () => table.board()?.skip(), { 'aria-keyshortcuts': 'Space' }),
          ]
        : []),
    );
  };
  const renderAll = () => {
    table.render();
    renderSide();
  };

  const openMenu = () => {
    table.showOverlay(
      dialog(
        t('bar.menu'),
        [
          el(
            'div',
            { style: 'display:flex;flex-direction:column;gap:0.5rem' },
            // Loaded when asked for: with the replay reader they bring the schema library.
            button(
              t('menu.save'),
              () => void import('../replayFile.ts').then((m) => m.downloadSession(session)),
            ),
            button(
              t('end.share'),
              () => void import('../replay/endActions.ts').then((m) => m.shareSession(session)),
            ),
            button(t('title.settings'), () => openSettings(app, () => table.settingsChanged())),
            button(t('menu.quit'), () => {
              table.closeOverlay();
              app.autosave();
              app.go('title');
            }),
          ),
        ],
        table.closeOverlay,
        t('menu.close'),
      ),
    );
  };

  let tableLater: ReturnType<typeof setTimeout> | undefined;
  const onPhase = (phase: Phase) => {
    // The turn's figures tick in table.moved; every other phase redraws them at once.
    if (phase.kind === 'resolving') {
      renderSide();
      // On a phone the board sits above the decisions: bring it into view, so the turn is seen.
      const top = table.boardArea.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight / 2) table.boardArea.scrollIntoView({ block: 'start' });
    } else if (phase.kind === 'deciding') {
      // The decisions first, the debrief and top bar a task later: together they held the main thread
      // for over 50 ms at the end of each turn, long enough for a click to wait.
      renderSide();
      clearTimeout(tableLater);
      tableLater = setTimeout(() => table.render(), 0);
    } else renderAll();
    // Without a board (still loading, or failed to start) there is nothing to animate.
    if (phase.kind === 'resolving' && !table.board()) queueMicrotask(() => session.animationDone());
    if (phase.kind === 'handover') {
      const side = sideName(phase.side);
      table.showOverlay(
        dialog(
          t('handover.heading', { side }),
          [el('p', {}, t('handover.body', { side, other: sideName(otherSide(phase.side)) }))],
          () => {
            table.closeOverlay();
            session.takeOver();
          },
          t('handover.continue', { side }),
        ),
      );
    } else if (phase.kind === 'deciding') {
      table.closeOverlay();
      // Focus goes to the decisions without scrolling the page away from the board.
      table.side.querySelector<HTMLElement>('h2')?.focus?.({ preventScroll: true });
    } else if (phase.kind === 'over') {
      app.autosave();
      app.go('end');
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
      table.moved(before, after, report, SPEED_MS[app.settings.speed]);
    }),
    session.events.on('error', (message) =>
      table.announce(() => [el('article', { class: 'news-card', role: 'alert' }, message)]),
    ),
  );

  const onKey = (e: KeyboardEvent) => {
    if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (table.overlayOpen() && e.key !== '?') return; // dialogs handle their own keys
    const resolving = session.phase.kind === 'resolving';
    if ((e.key === ' ' || e.key === 'Escape') && resolving) table.board()?.skip();
    else if ((e.key === 'f' || e.key === 'F') && resolving) table.board()?.hurry();
    else if ((e.key === 'e' || e.key === 'E') && session.phase.kind === 'deciding') void session.endTurn();
    else if (!table.commonKey(e)) return;
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  cleanups.push(
    () => window.removeEventListener('keydown', onKey),
    () => clearTimeout(tableLater),
  );

  renderAll();
  let openLater: ReturnType<typeof setTimeout> | undefined;
  requestAnimationFrame(() => {
    openLater = setTimeout(() => {
      decisionsShown = true;
      if (session.phase.kind === 'deciding') renderSide();
    }, 0);
  });
  cleanups.push(() => clearTimeout(openLater));
  void table.mount(session.boardSource(), () => SPEED_MS[app.settings.speed]);
  if (session.phase.kind === 'handover') queueMicrotask(() => onPhase(session.phase));

  return {
    node: table.node,
    relabel: renderAll,
    dispose: () => {
      for (const c of cleanups) c();
      table.dispose();
    },
  };
}
