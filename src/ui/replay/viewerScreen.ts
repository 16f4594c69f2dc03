// The replay viewer: the live game's board, top bar, debrief and charts, drawn at a cursor that plays,
// pauses, steps and scrubs; "Play from here" forks the game at the cursor, and a second replay (or the
// one a fork came from) can be compared with this one. Keyboard for everything, listed by `?`.

import { findParent } from '../../game/forkParents.ts';
import { replayFromFile } from '../../game/loadedReplay.ts';
import { ReplayCursor } from '../../game/replayCursor.ts';
import { lang, t } from '../../i18n/index.ts';
import { compareTimelines, type Replay, serializeReplay } from '../../replay/index.ts';
import { SPEED_MS, SPEEDS, type Speed } from '../../shell/settings.ts';
import {
  type Route,
  route,
  type ScreenArgs,
  type ScreenView,
  type Shell,
  type Timelines,
} from '../../shell/shell.ts';
import { el, fill } from '../dom.ts';
import { gameTable, typing } from '../game/table.ts';
import { replayFileNameOf } from '../replayFile.ts';
import { openSettings } from '../settingsDialog.ts';
import { button, dialog, download } from '../widgets.ts';
import { fileInput } from './filePicker.ts';
import { forkDialog } from './forkDialog.ts';
import { refusalNotice } from './refusal.ts';
import { shareDialog } from './shareDialog.ts';
import { transport } from './transport.ts';
import { openViewerHelp } from './viewerHelp.ts';

/** How long playing rests on each turn after its animation, by speed. */
const REST_MS: Record<Speed, number> = { slow: 1400, normal: 800, fast: 350, instant: 150 };

export function viewerScreen(app: Shell, options: ScreenArgs['viewer']): ScreenView {
  const { loaded } = options;
  let speed: Speed = app.settings.speed;
  const cursor = new ReplayCursor(
    loaded,
    options.at ?? 0,
    (run, ms) => {
      const id = setTimeout(run, ms);
      return () => clearTimeout(id);
    },
    () => REST_MS[speed],
  );
  const here = (): Route => route('viewer', { ...options, at: cursor.at });
  const close = () => app.open(options.back ?? route('title'));
  const table = gameTable(app, () => cursor, {
    className: 'replay-viewer',
    sideLabel: t('viewer.heading'),
    help: () => openViewerHelp(lang(), table.closeOverlay),
    menu: () => openMenu(),
  });
  const notice = el('div', { class: 'viewer-notice' });

  const go = (to: number) => {
    table.board()?.skip();
    cursor.jump(to);
  };
  const stepForward = () => {
    cursor.pause();
    cursor.step();
  };
  const toggle = () => (cursor.playing ? cursor.pause() : cursor.play());
  const fork = () => {
    if (cursor.state.ending) return;
    cursor.pause();
    table.showOverlay(forkDialog(app, loaded, cursor.at, table.closeOverlay));
  };
  const share = () =>
    table.showOverlay(shareDialog(loaded.replay, replayFileNameOf(loaded.replay), table.closeOverlay));
  const saveFile = () => download(replayFileNameOf(loaded.replay), serializeReplay(loaded.replay));

  const compare = (timelines: Timelines) => {
    const compared = compareTimelines(loaded.scenario, timelines.a.replay, timelines.b.replay);
    if (!compared.ok) {
      fill(notice, refusalNotice(compared.error, 'second'));
      return;
    }
    app.go('compare', { scenario: loaded.scenario, timelines, comparison: compared.value, back: here() });
  };
  const secondInput = fileInput('second-replay', (file) => {
    void replayFromFile(app, file).then((second) => {
      if (!second.ok) fill(notice, refusalNotice(second.error, 'second'));
      else
        compare({
          a: { replay: loaded.replay, label: t('compare.thisReplay') },
          b: { replay: second.value.replay, label: file.name },
        });
    });
  });
  const parent: Replay | null = loaded.replay.parent ? findParent(loaded.replay.parent.hash) : null;
  const compareParent = parent
    ? () =>
        compare({
          a: { replay: parent, label: t('compare.original') },
          b: { replay: loaded.replay, label: t('compare.fork', { turn: loaded.replay.parent!.turn }) },
        })
    : null;

  const openMenu = () => {
    cursor.pause();
    table.showOverlay(
      dialog(
        t('bar.menu'),
        [
          el(
            'div',
            { class: 'menu-list' },
            button(t('end.save'), saveFile),
            button(t('end.share'), share),
            button(t('viewer.compare'), () => {
              table.closeOverlay();
              secondInput.click();
            }),
            button(t('title.settings'), () => openSettings(app, table.settingsChanged)),
            button(t('viewer.close'), () => {
              table.closeOverlay();
              close();
            }),
          ),
        ],
        table.closeOverlay,
        t('menu.close'),
      ),
    );
  };

  const makeTransport = () =>
    transport({
      cursor,
      speed: () => speed,
      setSpeed: (s) => {
        speed = s;
      },
      go,
      toggle,
      stepForward,
      fork,
      extra: [
        button(t('end.share'), share),
        button(t('viewer.compare'), () => secondInput.click()),
        compareParent ? button(t('viewer.compareParent'), compareParent) : null,
        button(t('viewer.close'), close),
      ].filter((b): b is HTMLButtonElement => b !== null),
    });
  let panel = makeTransport();
  const layout = () => fill(table.side, panel.node, notice, secondInput);
  layout();

  const cleanups = [
    cursor.on('changed', () => panel.update()),
    cursor.on('redraw', () => {
      table.render();
      table.clearNews();
    }),
    cursor.on('move', ({ before, after }) => {
      table.moved(before, after, loaded.reports[cursor.at - 1], SPEED_MS[speed]);
      // Without a board (still loading) nothing animates: the step has settled at once.
      if (!table.board()) queueMicrotask(() => cursor.settled());
    }),
  ];

  const faster = (by: number) => {
    const i = SPEEDS.indexOf(speed) + by;
    speed = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, i))]!;
    panel.update();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
    if (table.overlayOpen()) return; // dialogs handle their own keys
    const target = e.target as HTMLElement | null;
    const onButton = target?.tagName === 'BUTTON';
    const onSlider = target?.tagName === 'INPUT'; // the range input moves itself
    switch (e.key) {
      case ' ':
        if (onButton) return;
        toggle();
        break;
      case 'k':
      case 'K':
        toggle();
        break;
      case 'ArrowRight':
        if (onSlider) return;
        stepForward();
        break;
      case 'ArrowLeft':
        if (onSlider) return;
        go(cursor.at - 1);
        break;
      case 'PageDown':
        if (onSlider) return;
        go(cursor.at + 10);
        break;
      case 'PageUp':
        if (onSlider) return;
        go(cursor.at - 10);
        break;
      case 'Home':
        if (onSlider) return;
        go(0);
        break;
      case 'End':
        if (onSlider) return;
        go(cursor.last);
        break;
      case '+':
      case '=':
        faster(1);
        break;
      case '-':
      case '_':
        faster(-1);
        break;
      case 'f':
      case 'F':
        fork();
        break;
      default:
        if (!table.commonKey(e)) return;
    }
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);

  table.render();
  void table.mount(cursor.boardSource(), () => SPEED_MS[speed]);
  return {
    node: table.node,
    relabel: () => {
      table.render();
      panel = makeTransport();
      layout();
    },
    dispose: () => {
      cursor.pause();
      window.removeEventListener('keydown', onKey);
      for (const c of cleanups) c();
      table.dispose();
    },
  };
}
