// Decisions that events put to a side: each option as a button; the first is the default.
import type { Session } from '../../game/session.ts';
import { t, tx } from '../../i18n/index.ts';
import type { Side } from '../../sim/index.ts';
import { el } from '../dom.ts';
import type { ControlKit } from './controls.ts';

export function eventChoices(session: Session, side: Side, kit: ControlKit): HTMLElement[] {
  const { scenario, state } = session;
  const changeOf = kit.changeOf;
  return state.pending
    .filter((p) => p.side === side)
    .map((p) => {
      const event = scenario.events.find((e) => e.id === p.event);
      if (!event?.choice) return null;
      const chosen =
        (changeOf({ type: 'choose', event: p.event, option: '' }) as { option: string } | null)?.option ??
        event.choice.options[0]!.id;
      return el(
        'section',
        { class: 'pending', 'aria-labelledby': `pending-${p.event}` },
        el('h3', { id: `pending-${p.event}` }, t('decide.pending'), ': ', tx(event.title)),
        el('p', {}, tx(event.text)),
        el(
          'div',
          { class: 'stepper', role: 'group', 'aria-label': tx(event.title) },
          ...event.choice.options.map((o) =>
            el(
              'button',
              {
                type: 'button',
                'aria-pressed': String(o.id === chosen),
                'data-focus-key': `choose:${p.event}:${o.id}`,
                onclick: () => session.propose(side, { type: 'choose', event: p.event, option: o.id }),
              },
              tx(o.label),
            ),
          ),
        ),
      );
    })
    .filter((p): p is HTMLElement => p !== null);
}
