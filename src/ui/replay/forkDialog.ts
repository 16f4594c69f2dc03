// "Play from here": a live game with the replay's scenario and seed and its first `at` turns, in which
// the player decides turn at + 1 on, with the side and opponent of their choice. The new game's replay
// names the one it came from, which this browser keeps so that the two timelines can be compared.

import { keepParent } from '../../game/forkParents.ts';
import type { LoadedReplay } from '../../game/loadedReplay.ts';
import { Session } from '../../game/session.ts';
import { t } from '../../i18n/index.ts';
import { forkReplay } from '../../replay/index.ts';
import type { Shell } from '../../shell/shell.ts';
import { SIDES, type Side } from '../../sim/index.ts';
import { el, fill } from '../dom.ts';
import { DEFAULT_OPPONENT, opponentOnSide, opponentPicker } from '../opponents.ts';
import { button, choiceRow, dialog, sideName } from '../widgets.ts';
import { refusalNotice } from './refusal.ts';

export function forkDialog(app: Shell, loaded: LoadedReplay, at: number, onclose: () => void): HTMLElement {
  let side: Side = 'challenger';
  let opponent = opponentOnSide(DEFAULT_OPPONENT, side);
  const sideRow = el('div', {});
  const opponentRow = el('div', { class: 'field-block' });
  const problem = el('div', {});
  const sides = () =>
    choiceRow(
      t('choose.side'),
      SIDES.map((s) => ({ value: s, label: sideName(s) })),
      side,
      (next) => {
        side = next;
        opponent = opponentOnSide(opponent, side);
        renderSide();
        sideRow.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
      },
    );
  const renderSide = () => {
    fill(sideRow, sides());
    fill(
      opponentRow,
      opponentPicker({
        idPrefix: 'fork-',
        side,
        value: opponent,
        onChange: (name) => {
          opponent = name;
        },
      }),
    );
  };
  renderSide();

  const start = () => {
    const fork = forkReplay(loaded.scenario, loaded.replay, at);
    if (!fork.ok) {
      fill(problem, refusalNotice(fork.error, 'file'));
      return;
    }
    keepParent(loaded.replay);
    app.session = new Session(
      {
        scenario: loaded.scenario,
        seed: loaded.replay.seed,
        side,
        opponent,
        custom: loaded.custom,
        parent: fork.value.replay.parent!,
      },
      fork.value.replay.turns.map((turn) => turn.orders),
    );
    app.autosave();
    onclose();
    app.go('game');
  };

  return dialog(
    t('fork.heading', { turn: at + 1 }),
    [
      el('p', {}, t('fork.explain', { turns: at, turn: at + 1 })),
      el('fieldset', { class: 'plain' }, el('legend', { class: 'field' }, t('choose.side')), sideRow),
      opponentRow,
      problem,
      el('div', { class: 'row' }, button(t('fork.start'), start, { class: 'btn primary' })),
    ],
    onclose,
    t('fork.cancel'),
  );
}
