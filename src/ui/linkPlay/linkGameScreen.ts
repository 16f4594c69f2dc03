// A game played by link, in this browser: the live game's table, and beside it either this side's
// decisions (sealed, or answered in the clear) or whose move it is, the link to send and a field for the
// link that comes back. Every move is stored here before its link is shown; the sealer's orders and salt
// stay here until the answer arrives and reveals them.

import { Emitter } from '../../game/emitter.ts';
import { browserStorage, localShelf, openRecord } from '../../game/linkRecord.ts';
import { replayOf, scenarioLookup } from '../../game/loadedReplay.ts';
import { Session } from '../../game/session.ts';
import type { BoardSource } from '../../game/view.ts';
import { endingName, lang, t, tx } from '../../i18n/index.ts';
import {
  answer,
  compactGame,
  encodeGameLink,
  hexOf,
  type OpenGame,
  type ReplayError,
  seal,
  serializeReplay,
} from '../../replay/index.ts';
import { SPEED_MS } from '../../shell/settings.ts';
import { type Route, route, type ScreenArgs, type ScreenView, type Shell } from '../../shell/shell.ts';
import { type GameState, otherSide } from '../../sim/index.ts';
import { type Child, el, fill } from '../dom.ts';
import { renderDecisions } from '../game/decisions/panel.ts';
import { openHelp } from '../game/help.ts';
import { gameTable, typing } from '../game/table.ts';
import { openLinkHref } from '../replay/openLinkHref.ts';
import { refusalNotice } from '../replay/refusal.ts';
import { linkField, pageAddress } from '../replay/shareDialog.ts';
import { replayFileNameOf } from '../replayFile.ts';
import { openSettings } from '../settingsDialog.ts';
import { button, dialog, download, fmt, sideMark, sideName } from '../widgets.ts';
import { linkNotes } from './linkNotes.ts';
import { refuseHere } from './linkRefusals.ts';

const salt = () => hexOf(crypto.getRandomValues(new Uint8Array(16)));

export function linkGameScreen(app: Shell, options: ScreenArgs['link']): ScreenView | Route {
  const first = options.record;
  const find = scenarioLookup(app);
  const shelf = localShelf(browserStorage(), find);
  let record = first;
  let open = openRecord(record, find);
  if (!open) return route('title'); // the copy was checked when stored; a scenario file may be gone
  const scenario = find(record.game.replay.scenario.id)!;
  const me = record.me;
  const other = otherSide(me);
  // The session only holds this side's draft and the history; turns resolve through the link protocol.
  const session = new Session(
    {
      scenario,
      seed: record.game.replay.seed,
      side: me,
      opponent: 'idle',
      custom: app.custom.includes(scenario),
    },
    record.game.replay.turns.map((turn) => turn.orders),
  );
  const moved = new Emitter<{ move: { before: GameState; after: GameState }; redraw: null }>();
  const source: BoardSource = {
    view: () => session,
    onMove: (listener) => moved.on('move', ({ before, after }) => listener(before, after)),
    onRedraw: (listener) => moved.on('redraw', () => listener()),
    animationDone: () => {},
  };
  const table = gameTable(app, () => session, {
    className: 'link-game',
    sideLabel: t('link.heading'),
    help: () => openHelp(lang(), table.closeOverlay),
    menu: () => openMenu(),
  });
  const notice = el('div', {}, options.notice);
  const status = el('div', { class: 'link-status' });
  const decisions = el('div', {});
  fill(table.side, notice, status, decisions);
  const opened = new Set<string>();

  const myMove = (o: OpenGame) =>
    (o.phase.phase === 'seal' || o.phase.phase === 'answer') && o.phase.side === me;

  const sendDialog = (link: string) =>
    table.showOverlay(
      dialog(
        t('link.sendHeading', { other: sideName(other) }),
        [
          el(
            'p',
            {},
            t(me === record.game.sealer ? 'link.sendSealed' : 'link.sendAnswer', { other: sideName(other) }),
          ),
          linkField(link, t('share.link'), 'send-link'),
        ],
        table.closeOverlay,
      ),
    );

  const makeMove = () => {
    if (!open || !myMove(open)) return;
    const stored = shelf.read(record.game.game);
    if (stored && compactGame(stored.game) !== compactGame(record.game)) {
      // Another tab moved this game on: show it as it stands rather than fork it.
      app.go('link', {
        record: stored,
        notice: el('p', { class: 'notice', role: 'status' }, t('link.movedOn')),
      });
      return;
    }
    const orders = session.drafts[me];
    let next: OpenGame;
    let secret = record.secret;
    if (open.phase.phase === 'seal') {
      const sealed = seal(scenario, open, orders, salt());
      if (!sealed.ok) return void fill(notice, refusalNotice(sealed.error, 'link', 'linkGame'));
      next = sealed.value;
      secret = sealed.value.secret;
    } else {
      const answered = answer(scenario, open, orders);
      if (!answered.ok) return void fill(notice, refusalNotice(answered.error, 'link', 'linkGame'));
      next = answered.value;
    }
    const link = encodeGameLink(next.game, pageAddress());
    if (!link.ok) return void fill(notice, refusalNotice(link.error, 'link', 'linkGame'));
    record = { game: next.game, me, secret, link: link.value };
    open = { game: next.game, state: next.state, phase: next.phase };
    const kept = shelf.write(record);
    fill(notice, kept ? null : el('p', { class: 'notice error', role: 'alert' }, t('link.notKept')));
    render();
    sendDialog(link.value);
  };

  const pasteBox = () => {
    const input = el('input', { type: 'text', id: 'paste-link', autocomplete: 'off', spellcheck: 'false' });
    return el(
      'form',
      {
        class: 'link-box',
        onsubmit: (e: Event) => {
          e.preventDefault();
          if (input.value.trim()) openLinkHref(app, input.value.trim());
        },
      },
      el('label', { class: 'field', for: 'paste-link' }, t('link.paste')),
      el(
        'div',
        { class: 'row link-row' },
        input,
        el('button', { type: 'submit', class: 'btn' }, t('link.open')),
      ),
    );
  };

  const watch = () => {
    const loaded = replayOf(app, record.game.replay);
    if (loaded.ok) app.go('viewer', { loaded: loaded.value, back: route('link', { record }) });
    else fill(notice, refusalNotice(loaded.error, 'link', 'linkGame'));
  };
  const saveReplay = () =>
    download(replayFileNameOf(record.game.replay), serializeReplay(record.game.replay));

  const statusLines = (o: OpenGame): Child[] => {
    const p = o.phase;
    const names = { other: sideName(other), turn: p.turn };
    if (p.phase === 'over') {
      const ending = o.state.ending!;
      return [
        el('p', {}, t('link.over', { turn: ending.turn })),
        el('p', { class: 'big-line' }, endingName(ending.challenger), ' · ', endingName(ending.holder)),
        el(
          'p',
          {},
          t('end.score', {
            challenger: fmt(ending.score.challenger, 1),
            holder: fmt(ending.score.holder, 1),
          }),
        ),
        record.link ? el('p', {}, t('link.sendLast', names)) : null,
        record.link ? linkField(record.link, t('link.linkToSend'), 'pending-link') : null,
        el(
          'div',
          { class: 'row' },
          button(t('end.watch'), watch, { class: 'btn primary' }),
          button(t('end.save'), saveReplay),
        ),
      ];
    }
    if (myMove(o)) {
      return [
        options.report ? el('p', { role: 'status' }, t('link.revealed', { turn: p.turn - 1 })) : null,
        el('p', {}, t(p.phase === 'seal' ? 'link.yourMoveSeal' : 'link.yourMoveAnswer', names)),
      ];
    }
    const waiting =
      p.phase === 'answer' ? 'link.waitAnswer' : p.phase === 'reveal' ? 'link.waitReveal' : 'link.waitSeal';
    return [
      el('p', { role: 'status' }, t(waiting, names)),
      record.link ? linkField(record.link, t('link.linkToSend'), 'pending-link') : null,
      pasteBox(),
    ];
  };

  const renderDecisionsPanel = () => {
    if (!open || !myMove(open)) {
      fill(decisions);
      return;
    }
    renderDecisions(decisions, {
      session,
      side: me,
      focusTech: null,
      isOpen: (tech) => opened.has(tech) || scenario.technologies.length <= 4,
      toggle: (tech) => {
        if (opened.has(tech)) opened.delete(tech);
        else opened.add(tech);
        renderDecisionsPanel();
      },
      endTurn: makeMove,
      endLabel: t(open.phase.phase === 'seal' ? 'link.seal' : 'link.send'),
    });
  };

  const render = () => {
    if (!open) return;
    const firstMove = record.game.replay.turns.length === 0 && record.link === null;
    fill(
      status,
      el(
        'h2',
        {},
        t('link.heading'),
        ' · ',
        sideMark(me),
        ' ',
        t('link.you', { side: sideName(me), country: tx(scenario[me].name) }),
      ),
      ...statusLines(open),
      linkNotes(me, record.game.sealer, firstMove),
    );
    renderDecisionsPanel();
    table.render();
  };

  const openMenu = () =>
    table.showOverlay(
      dialog(
        t('bar.menu'),
        [
          el(
            'div',
            { class: 'menu-list' },
            button(t('menu.save'), saveReplay),
            record.link ? button(t('link.showLink'), () => sendDialog(record.link!)) : null,
            button(t('title.settings'), () => openSettings(app, table.settingsChanged)),
            button(t('link.quit'), () => {
              table.closeOverlay();
              app.go('title');
            }),
          ),
        ],
        table.closeOverlay,
        t('menu.close'),
      ),
    );

  const refused = (error: ReplayError) => fill(notice, refusalNotice(error, 'link', 'linkGame'));
  const unlisten = refuseHere(refused);
  const cleanups = [session.events.on('draft', renderDecisionsPanel), unlisten];
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e) || table.overlayOpen()) return;
    if ((e.key === 'e' || e.key === 'E') && open && myMove(open)) makeMove();
    else if (!table.commonKey(e)) return;
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);

  render();
  const turns = record.game.replay.turns.length;
  const animate = options.knownTurns !== undefined && options.knownTurns < turns && turns > 0;
  void table
    .mount(source, () => SPEED_MS[app.settings.speed])
    .then(() => {
      if (!animate) return;
      const before = session.states[turns - 1]!;
      const after = session.states[turns]!;
      table.moved(before, after, session.reports[turns - 1], SPEED_MS[app.settings.speed]);
      moved.emit('move', { before, after });
    });
  return {
    node: table.node,
    relabel: render,
    dispose: () => {
      window.removeEventListener('keydown', onKey);
      for (const c of cleanups) c();
      table.dispose();
    },
  };
}
