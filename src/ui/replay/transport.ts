// The viewer's side panel: where the cursor is, play and pause, step, scrub (a range input), speed, "Play
// from here", and what each side ordered in the turn just shown. It is built once and updated in place,
// so that a slider being dragged or a button being pressed keeps its focus.

import type { ReplayCursor } from '../../game/replayCursor.ts';
import { turnDate } from '../../game/selectors.ts';
import { endingName, type MessageKey, t, tx } from '../../i18n/index.ts';
import { SPEEDS, type Speed } from '../../shell/settings.ts';
import { SIDES } from '../../sim/index.ts';
import { el, fill } from '../dom.ts';
import { button, choiceRow, sideMark, sideName } from '../widgets.ts';
import { orderText } from './orderText.ts';

export interface TransportDeps {
  cursor: ReplayCursor;
  speed(): Speed;
  setSpeed(speed: Speed): void;
  go(to: number): void;
  toggle(): void;
  stepForward(): void;
  fork(): void;
  /** Extra actions under the controls: compare, close. */
  extra: HTMLElement[];
}

/** Where the cursor is, in words: the slider's value text and the line above it. */
export function positionText(cursor: ReplayCursor): string {
  const { at, scenario, state } = cursor;
  const held = cursor.loaded.replay.turns.length;
  if (at === 0) return t('viewer.atStart', { turns: held });
  const date = turnDate(scenario, Math.min(at, scenario.turns));
  const where = t('viewer.after', { turn: at, turns: held, year: date.year, quarter: date.quarter });
  return state.ending
    ? `${where} · ${t('viewer.ended', { challenger: endingName(state.ending.challenger), holder: endingName(state.ending.holder) })}`
    : where;
}

function ordersOfTurn(cursor: ReplayCursor): HTMLElement | null {
  const { at, scenario } = cursor;
  const turn = cursor.loaded.replay.turns[at - 1];
  if (!turn) return null;
  return el(
    'section',
    { class: 'turn-orders', 'aria-labelledby': 'turn-orders-heading' },
    el('h3', { id: 'turn-orders-heading' }, t('viewer.orders', { turn: at })),
    ...SIDES.map((side) =>
      el(
        'div',
        {},
        el('p', { class: 'side-line' }, sideMark(side), ' ', sideName(side), ' · ', tx(scenario[side].name)),
        turn.orders[side].length
          ? el('ul', {}, ...turn.orders[side].map((a) => el('li', {}, orderText(scenario, a, side))))
          : el('p', { class: 'muted' }, t('viewer.noOrders')),
      ),
    ),
  );
}

export function transport(deps: TransportDeps): { node: HTMLElement; update(): void } {
  const { cursor } = deps;
  const { replay } = cursor.loaded;
  const position = el('p', { class: 'position num', id: 'replay-position' });
  const slider = el('input', {
    type: 'range',
    id: 'replay-scrub',
    min: 0,
    max: cursor.last,
    step: 1,
    value: cursor.at,
    'aria-describedby': 'replay-position',
    'aria-keyshortcuts': 'Home End ArrowLeft ArrowRight PageUp PageDown',
  });
  slider.addEventListener('input', () => deps.go(Number(slider.value)));
  const control = (symbol: string, label: string, key: string, onclick: () => void) =>
    button(symbol, onclick, { 'aria-label': label, title: `${label} (${key})`, 'aria-keyshortcuts': key });
  const toStart = control('|◀', t('viewer.toStart'), 'Home', () => deps.go(0));
  const back = control('◀', t('viewer.stepBack'), 'ArrowLeft', () => deps.go(cursor.at - 1));
  const play = button('', deps.toggle, { class: 'btn primary play', 'aria-keyshortcuts': 'Space' });
  const forward = control('▶', t('viewer.stepForward'), 'ArrowRight', deps.stepForward);
  const toEnd = control('▶|', t('viewer.toEnd'), 'End', () => deps.go(cursor.last));
  const speed = el('div', {});
  let shownSpeed: Speed | null = null;
  const forkButton = button(t('viewer.fork'), deps.fork, {
    class: 'btn primary',
    'aria-describedby': 'fork-what',
    'aria-keyshortcuts': 'F',
  });
  const forkWhat = el('p', { class: 'muted', id: 'fork-what' });
  const orders = el('div', {});
  const players = replay.meta?.players;
  const node = el(
    'div',
    { class: 'transport' },
    el('h2', {}, t('viewer.heading')),
    el(
      'p',
      { class: 'muted' },
      tx(cursor.scenario.title),
      ' · ',
      t('viewer.seed', { seed: replay.seed }),
      players
        ? ` · ${sideName('challenger')}: ${players.challenger}, ${sideName('holder')}: ${players.holder}`
        : '',
    ),
    replay.meta?.title ? el('p', { class: 'muted' }, replay.meta.title) : null,
    replay.parent ? el('p', { class: 'muted' }, t('viewer.isFork', { turn: replay.parent.turn })) : null,
    position,
    el('label', { class: 'field', for: 'replay-scrub' }, t('viewer.scrub')),
    slider,
    el(
      'div',
      { class: 'row transport-buttons', role: 'group', 'aria-label': t('viewer.controls') },
      toStart,
      back,
      play,
      forward,
      toEnd,
    ),
    speed,
    el('div', { class: 'fork-box' }, forkButton, forkWhat),
    orders,
    el('div', { class: 'row viewer-extra' }, ...deps.extra),
  );

  const renderSpeed = () => {
    shownSpeed = deps.speed();
    fill(
      speed,
      el('span', { class: 'field', id: 'replay-speed-label' }, t('viewer.speed')),
      choiceRow(
        t('viewer.speed'),
        SPEEDS.map((s) => ({ value: s, label: t(`settings.speed.${s}`) })),
        deps.speed(),
        (s) => {
          deps.setSpeed(s);
          renderSpeed();
          speed.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
        },
      ),
    );
  };

  const update = () => {
    if (shownSpeed !== deps.speed()) renderSpeed();
    const text = positionText(cursor);
    position.textContent = text;
    slider.value = String(cursor.at);
    slider.setAttribute('aria-valuetext', text);
    const playLabel = t(cursor.playing ? 'viewer.pause' : 'viewer.play');
    play.textContent = `${cursor.playing ? '❚❚' : '▶'} ${playLabel}`;
    play.setAttribute('aria-label', playLabel);
    toStart.disabled = back.disabled = cursor.at === 0;
    forward.disabled = toEnd.disabled = cursor.at >= cursor.last;
    const ended = cursor.state.ending !== null;
    forkButton.disabled = ended;
    forkWhat.textContent = ended
      ? t('viewer.forkEnded')
      : t('viewer.forkWhat', { turn: cursor.at + 1, turns: cursor.at });
    fill(orders, ordersOfTurn(cursor));
    // A button that has just been disabled (the last step) hands its focus to Play.
    const focused = document.activeElement;
    if (focused instanceof HTMLButtonElement && focused.disabled) play.focus();
  };
  update();
  return { node, update };
}
