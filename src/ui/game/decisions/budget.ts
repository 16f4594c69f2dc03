// What the draft costs against what the side has, and money left idle with what it could buy now.
import { standingOption } from '../../../game/draft.ts';
import {
  moneyIdle,
  moneyIdleIsNew,
  type SpendingIdea,
  spendingIdeas,
  spentBy,
} from '../../../game/spending.ts';
import { t } from '../../../i18n/index.ts';
import { el } from '../../dom.ts';
import { orderText } from '../../orderText.ts';
import { button, fmt } from '../../widgets.ts';
import type { Desk } from './desk.ts';

/** What the draft costs this turn, against what the side has. */
export function costLine(desk: Desk): string {
  const { plan, state, side, kit, scenario } = desk;
  if (!plan) return '';
  const line = t('decide.cost', {
    money: kit.money(spentBy(plan)),
    capital: plan.capital + plan.upkeep.capital,
    treasury: kit.money(state[side].money),
    capitalLeft: fmt(state[side].capital, 0),
  });
  // Capital that no longer refills is pointed out here; money that piles up, with what it could buy, below.
  const max = scenario[side].capital.max;
  const full =
    state[side].capital >= max && plan.capital + plan.upkeep.capital === 0
      ? t('decide.capitalFull', { max })
      : '';
  return [line, choiceMoneyLine(desk), full].filter(Boolean).join(' ');
}

/**
 * What the options standing on this side's pending questions (chosen, or the default) do to its treasury:
 * an event's price is not an order's, so the line above leaves it out, and the play-test missed it.
 */
function choiceMoneyLine(desk: Desk): string {
  const { scenario, state, side, draft, kit } = desk;
  let money = 0;
  for (const p of state.pending) {
    if (p.side !== side) continue;
    const choice = scenario.events.find((e) => e.id === p.event)?.choice;
    if (!choice) continue;
    for (const e of standingOption(choice, p.event, draft).effects)
      if (e.op === 'add' && e.field === `${side}.money` && typeof e.value === 'number') money += e.value;
  }
  if (Math.abs(money) < 0.05) return '';
  return t(money < 0 ? 'decide.choiceMoney' : 'decide.choiceMoneyGain', {
    money: kit.money(Math.abs(money)),
  });
}

/** A move money could buy now, with its price: "R&D: bearings → all-out (2.0/turn)". */
function ideaText(desk: Desk, idea: SpendingIdea): string {
  const { kit, scenario, side } = desk;
  const price =
    idea.perTurn > 0
      ? t('decide.morePerTurn', { money: kit.money(idea.perTurn) })
      : t('decide.oneOff', { money: kit.money(idea.once) });
  return t('decide.moneyIdea', { move: orderText(scenario, idea.action, side), price });
}

/**
 * Money piling up, and the cheapest useful moves it could buy now. Said in full (with a button to add each
 * move) the first turn it lies idle, then in one quiet line while it stays idle, so it does not nag.
 */
export function moneyIdleNote(desk: Desk): HTMLElement | null {
  const { scenario, state, side, draft, plan, kit, session } = desk;
  if (!plan || !moneyIdle(scenario, state, side, draft)) return null;
  const ideas = spendingIdeas(scenario, state, side, draft);
  if (ideas.length === 0) return null; // nothing money can buy this turn (a tutorial's locks, say): nothing to say
  const figures = {
    treasury: kit.money(state[side].money),
    income: kit.money(state[side].income),
    spent: kit.money(spentBy(plan)),
  };
  if (!moneyIdleIsNew(session, side))
    return el(
      'p',
      { class: 'money-idle quiet muted' },
      t('decide.moneyIdleQuiet', { ...figures, idea: ideaText(desk, ideas[0]!) }),
    );
  return el(
    'div',
    { class: 'pending money-idle', role: 'note' },
    el('p', {}, t('decide.moneyIdle', figures)),
    el(
      'ul',
      {},
      ...ideas.map((idea) =>
        el(
          'li',
          {},
          `${ideaText(desk, idea)} `,
          button(t('decide.moneyAdd'), () => session.propose(side, idea.action), {
            class: 'btn',
            'aria-label': t('decide.moneyAddLabel', { move: orderText(scenario, idea.action, side) }),
          }),
        ),
      ),
    ),
  );
}
