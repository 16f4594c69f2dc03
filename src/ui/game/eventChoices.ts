// Decisions that events put to a side: each option as a button; the first is the default.
import { standingOption } from '../../game/draft.ts';
import type { Session } from '../../game/session.ts';
import { listText, t, tx } from '../../i18n/index.ts';
import type { Side } from '../../sim/index.ts';
import { el } from '../dom.ts';
import { effectsLine } from './effectText.ts';

/** The lanes an event's options would change, named as the board names them; null when none. */
function techsOf(
  options: readonly { effects: readonly { field: string }[] }[],
  technologies: Session['scenario']['technologies'],
): HTMLElement | null {
  const ids = new Set(
    options
      .flatMap((o) => o.effects.map((e) => e.field.split('.')))
      .filter((f) => f[0] === 'tech')
      .map((f) => f[1]),
  );
  const names = technologies.filter((tech) => ids.has(tech.id)).map((tech) => tx(tech.name));
  return names.length
    ? el('p', { class: 'muted' }, t('decide.pendingTechs', { techs: listText(names) }))
    : null;
}

export function eventChoices(session: Session, side: Side): HTMLElement[] {
  const { scenario, state } = session;
  return state.pending
    .filter((p) => p.side === side)
    .map((p) => {
      const event = scenario.events.find((e) => e.id === p.event);
      if (!event?.choice) return null;
      const chosen = standingOption(event.choice, p.event, session.drafts[side]).id;
      return el(
        'section',
        { class: 'pending', 'aria-labelledby': `pending-${p.event}` },
        el('h3', { id: `pending-${p.event}` }, t('decide.pending'), ': ', tx(event.title)),
        el('p', {}, tx(event.text)),
        techsOf(event.choice.options, scenario.technologies),
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
              el('small', { class: 'effect' }, effectsLine(o.effects, scenario) || t('effect.none')),
            ),
          ),
        ),
      );
    })
    .filter((p): p is HTMLElement => p !== null);
}
