// Talks, when open: what this side offers, each item with its value, and the fair rate of exchange at
// today's leverage, so a player sees what a breakthrough buys at the table.
import type { Session } from '../../game/session.ts';
import { t, tx } from '../../i18n/index.ts';
import { fairRatio, itemValue, leverage, own, type Side, type TalkItem } from '../../sim/index.ts';
import { el } from '../dom.ts';
import { fmt } from '../widgets.ts';
import type { ControlKit } from './controls.ts';

export function talksPanel(session: Session, side: Side, kit: ControlKit): HTMLElement | null {
  const { scenario, state } = session;
  const changeOf = kit.changeOf;
  if (!state.talks.open) return null;
  {
    const lev = leverage(scenario, state);
    const offered = (changeOf({ type: 'offer', gives: [] }) as { gives: TalkItem[] } | null)?.gives ?? [];
    const items: { item: TalkItem; label: string }[] =
      side === 'holder'
        ? [
            ...scenario.technologies
              .filter((d) => (own(state.holder.policy.control, d.id) ?? 'open') !== 'open')
              .map((d) => ({
                item: { kind: 'loosen', tech: d.id } as TalkItem,
                label: t('talks.loosen', { tech: tx(d.name) }),
              })),
            ...scenario.champions
              .filter((c) => state.holder.policy.entityList.includes(c.id))
              .map((c) => ({
                item: { kind: 'delist', champion: c.id } as TalkItem,
                label: t('talks.delist', { champion: tx(c.name) }),
              })),
            { item: { kind: 'pause' }, label: t('talks.pause') },
          ]
        : [
            ...scenario.technologies.map((d) => ({
              item: { kind: 'purchase', tech: d.id } as TalkItem,
              label: t('talks.purchase', { tech: tx(d.name) }),
            })),
            ...(state.challenger.policy.marketAccess > 0
              ? [{ item: { kind: 'openMarket' } as TalkItem, label: t('talks.openMarket') }]
              : []),
          ];
    const same = (a: TalkItem, b: TalkItem) => JSON.stringify(a) === JSON.stringify(b);
    return el(
      'section',
      { class: 'pending', 'aria-labelledby': 'talks-heading' },
      el('h3', { id: 'talks-heading' }, t('talks.heading')),
      el(
        'p',
        {},
        t('talks.leverage', {
          challenger: fmt(lev.challenger, 0),
          holder: fmt(lev.holder, 0),
          ratio: fmt(fairRatio(lev.balance), 2),
        }),
      ),
      el('p', { class: 'muted' }, t('talks.offer')),
      ...items.map(({ item, label }) => {
        const on = offered.some((o) => same(o, item));
        const next = on ? offered.filter((o) => !same(o, item)) : [...offered, item];
        return el(
          'label',
          { class: 'row' },
          el('input', {
            type: 'checkbox',
            checked: on,
            'data-focus-key': `offer:${JSON.stringify(item)}`,
            onchange: () => session.propose(side, { type: 'offer', gives: next }),
          }),
          `${label} (${t('talks.value', { value: fmt(itemValue(scenario, state, item), 1) })})`,
        );
      }),
    );
  }
}
