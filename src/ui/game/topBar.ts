// The top bar: date and turn, each side's budget and capital, the economy and the holder's firms'
// revenue, tension; then sound, help and menu. Numbers tick toward their new values after a turn.
import { look } from '../../art/palette.ts';
import { soundOn } from '../../audio/cues.ts';
import { turnDate } from '../../game/selectors.ts';
import type { Session } from '../../game/session.ts';
import { t, tx } from '../../i18n/index.ts';
import type { Side } from '../../sim/index.ts';
import { el, fill } from '../dom.ts';
import { button, fmt, pct, sideMark, sideName } from '../widgets.ts';

export interface TopBarActions {
  toggleSound(): void;
  help(): void;
  menu(): void;
}

const stat = (label: string, value: string, title?: string) =>
  el(
    'span',
    { class: 'stat', title: title ?? label },
    el('span', { class: 'muted' }, label),
    el('b', { class: 'num' }, value),
  );

export function renderTopBar(node: HTMLElement, session: Session, actions: TopBarActions): void {
  const s = session.state;
  const turn = Math.min(s.turn, session.scenario.turns);
  const date = turnDate(session.scenario, turn);
  const side = (who: Side) => {
    const wallet = s[who];
    const stats = [
      stat(t('bar.money'), fmt(wallet.money, 1), `${t('bar.money')}: +${fmt(wallet.income, 1)}/turn`),
      stat(
        t(who === 'holder' ? 'bar.capital.holder' : 'bar.capital.challenger'),
        `${fmt(wallet.capital, 0)}/${session.scenario[who].capital.max}`,
      ),
    ];
    if (who === 'holder')
      stats.push(
        stat(
          t('bar.revenue'),
          pct(s.holder.health, 0),
          `${t('bar.revenue')}: ${fmt(s.holder.revenue, 0)} / ${fmt(s.holder.baseRevenue, 0)}`,
        ),
      );
    else stats.push(stat(t('bar.industry'), pct(s.challenger.industryIndex, 0)));
    return el(
      'div',
      {
        class: `side-stats side-${who}`,
        role: 'group',
        'aria-label': `${sideName(who)}: ${tx(session.scenario[who].name)}`,
      },
      el(
        'span',
        { class: 'tag', style: `color:${look(who).css}` },
        sideMark(who),
        `${sideName(who)} · ${tx(session.scenario[who].name)}`,
      ),
      ...stats,
    );
  };
  fill(
    node,
    el('span', { class: 'when' }, t('bar.date', { year: date.year, quarter: date.quarter })),
    el('span', { class: 'num' }, t('bar.turn', { turn, turns: session.scenario.turns })),
    side('challenger'),
    side('holder'),
    stat(t('bar.tension'), fmt(s.tension, 0)),
    el('span', { class: 'spacer' }),
    // A toggle whose visible name is its accessible name; aria-pressed tells whether sound is on.
    button(
      t('settings.sound'),
      actions.toggleSound,
      { 'aria-pressed': String(soundOn()), title: soundOn() ? t('sound.mute') : t('sound.unmute') },
      soundOn() ? ' ♪' : ' ×',
    ),
    button('?', actions.help, { 'aria-label': t('bar.help'), title: t('bar.help') }),
    button(t('bar.menu'), actions.menu),
  );
}
