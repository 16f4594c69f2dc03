// Talks, when open: both sides' leverage as the rules compute it, the other side's last proposal, what
// this side gives and what it asks (each item with its value at the table), and, before anything is sent,
// whether the other side would accept: sure, depends on the draw (with its chance), or refused. The turn
// after a round: the other side's proposal to accept or refuse (nothing binds without a yes), or this
// side's own, waiting for the other's answer.
import type { Session } from '../../game/session.ts';
import { t } from '../../i18n/index.ts';
import {
  fairAnswer,
  fairDistance,
  itemValue,
  judgeProposal,
  otherSide,
  own,
  type ProposalVerdict,
  proposalTo,
  type Side,
  type TalkItem,
} from '../../sim/index.ts';
import { el } from '../dom.ts';
import { talkItemsText, talkItemText, untilText } from '../orderText.ts';
import { fmt, pct, sideName } from '../widgets.ts';
import type { ControlKit } from './controls.ts';

/** What a player has ticked so far: asks are kept here until something is given (an offer must give). */
const sketches = new WeakMap<Session, { turn: number; asks: TalkItem[] }>();

const same = (a: TalkItem, b: TalkItem) => JSON.stringify(a) === JSON.stringify(b);

/** Every item a side could put on the table now. */
function itemsOf(session: Session, side: Side): TalkItem[] {
  const { scenario, state } = session;
  return side === 'holder'
    ? [
        ...scenario.technologies
          .filter((d) => (own(state.holder.policy.control, d.id) ?? 'open') !== 'open')
          .map((d): TalkItem => ({ kind: 'loosen', tech: d.id })),
        ...scenario.champions
          .filter((c) => state.holder.policy.entityList.includes(c.id))
          .map((c): TalkItem => ({ kind: 'delist', champion: c.id })),
        { kind: 'pause' },
      ]
    : [
        ...scenario.technologies.map((d): TalkItem => ({ kind: 'purchase', tech: d.id })),
        ...(state.challenger.policy.marketAccess > 0 ? [{ kind: 'openMarket' } as TalkItem] : []),
      ];
}

function verdictText(v: ProposalVerdict): string {
  const judge = sideName(v.judge);
  switch (v.verdict) {
    case 'sure':
      return t('talks.verdict.sure', { judge });
    case 'depends':
      return t('talks.verdict.depends', { judge, chance: pct(v.chance) });
    case 'refused':
      return t('talks.verdict.refused', { judge });
  }
}

export function talksPanel(session: Session, side: Side, kit: ControlKit): HTMLElement | null {
  const { scenario, state } = session;
  if (!state.talks.open) return null;
  const other = otherSide(side);
  const drafted = kit.changeOf({ type: 'offer', gives: [] }) as {
    gives: TalkItem[];
    asks?: TalkItem[];
  } | null;
  const sketch = sketches.get(session);
  const gives = drafted?.gives ?? [];
  const asks = drafted?.asks ?? (sketch?.turn === state.turn ? sketch.asks : []);
  const send = (nextGives: TalkItem[], nextAsks: TalkItem[]) => {
    sketches.set(session, { turn: state.turn, asks: nextAsks });
    session.propose(side, { type: 'offer', gives: nextGives, asks: nextAsks });
  };
  const verdict = judgeProposal(scenario, state, { side, gives, asks });
  const lev = verdict.leverage;

  const checklist = (
    items: TalkItem[],
    chosen: TalkItem[],
    toggle: (next: TalkItem[]) => void,
    group: string,
  ) =>
    el(
      'fieldset',
      { class: 'talk-items' },
      el('legend', {}, group),
      ...items.map((item) => {
        const on = chosen.some((o) => same(o, item));
        return el(
          'label',
          { class: 'talk-item' },
          el('input', {
            type: 'checkbox',
            checked: on,
            'data-focus-key': `talk:${group}:${JSON.stringify(item)}`,
            onchange: () => toggle(on ? chosen.filter((o) => !same(o, item)) : [...chosen, item]),
          }),
          el(
            'span',
            {},
            talkItemText(scenario, item),
            el('small', { class: 'effect' }, t(`talks.binds.${item.kind}`)),
          ),
          el(
            'span',
            { class: 'num muted', title: t('talks.valueHelp') },
            fmt(itemValue(scenario, state, item), 1),
          ),
        );
      }),
    );

  // The other side's last proposal that was refused, if any: the counter starts from it.
  const refused = state.refused && state.refused.side === other ? state.refused : null;
  return el(
    'section',
    { class: 'pending talks', 'aria-labelledby': 'talks-heading' },
    el('h3', { id: 'talks-heading' }, t('talks.heading')),
    el(
      'p',
      {},
      t('talks.leverage', {
        challenger: fmt(lev.challenger, 0),
        holder: fmt(lev.holder, 0),
        ratio: fmt(verdict.fairRatio, 2),
      }),
    ),
    refused
      ? el(
          'p',
          { class: 'muted' },
          t('talks.theirLast', {
            side: sideName(other),
            turn: refused.turn,
            gives: talkItemsText(scenario, refused.gives, t('talks.nothing')),
            asks: talkItemsText(scenario, refused.asks, t('talks.nothing')),
          }),
        )
      : null,
    el('p', { class: 'muted' }, t('talks.valueHelp')),
    checklist(itemsOf(session, side), gives, (next) => send(next, asks), t('talks.youGive')),
    checklist(itemsOf(session, other), asks, (next) => send(gives, next), t('talks.youAsk')),
    gives.length === 0
      ? el('p', { class: 'muted' }, t(asks.length ? 'talks.mustGive' : 'talks.none'))
      : el(
          'p',
          { class: `verdict ${verdict.verdict}`, role: 'status' },
          verdictText(verdict),
          ' ',
          t('talks.answersNext', { judge: sideName(verdict.judge) }),
          ' ',
          el(
            'span',
            { class: 'muted' },
            t('talks.numbers', {
              holder: fmt(verdict.values.holder, 1),
              challenger: fmt(verdict.values.challenger, 1),
              ratio: Number.isFinite(verdict.ratio) ? fmt(verdict.ratio, 2) : '∞',
              fair: fmt(verdict.fairRatio, 2),
            }),
          ),
        ),
  );
}

/** Last turn's round: the other side's proposal to answer, and this side's own awaiting an answer. */
export function answerPanel(session: Session, side: Side, kit: ControlKit): HTMLElement | null {
  const { scenario, state } = session;
  const other = otherSide(side);
  const theirs = proposalTo(state, side);
  const mine = proposalTo(state, other);
  if (!state.table || (!theirs && !mine)) return null;
  const round = state.table.turn;
  const items = (xs: readonly TalkItem[]) => talkItemsText(scenario, xs, t('talks.nothing'));
  const waiting = mine
    ? el(
        'p',
        { class: 'muted' },
        t('talks.onTable', { turn: round, side: sideName(other) }),
        ' ',
        // Known already: the rules stored the other side's fair answer when the round opened.
        t(fairAnswer(state, other) ? 'talks.fairYes' : 'talks.fairNo', { side: sideName(other) }),
      )
    : null;
  if (!theirs) return el('section', { class: 'pending talks' }, waiting);

  const accepting =
    (kit.changeOf({ type: 'answer', accept: false }) as { accept: boolean } | null)?.accept === true;
  const v = judgeProposal(scenario, state, theirs);
  // The ratio is what the challenger gives per unit the holder gives: more is better for the holder.
  const better = side === 'holder' ? v.ratio >= v.fairRatio : v.ratio <= v.fairRatio;
  const choice = (accept: boolean) =>
    el(
      'button',
      {
        type: 'button',
        'aria-pressed': String(accept === accepting),
        'data-focus-key': `answer:${accept}`,
        onclick: () => session.propose(side, { type: 'answer', accept }),
      },
      t(accept ? 'talks.accept' : 'talks.refuse'),
    );
  return el(
    'section',
    { class: 'pending talks', 'aria-labelledby': 'answer-heading' },
    el('h3', { id: 'answer-heading' }, t('talks.toAnswer', { side: sideName(other) })),
    el('p', {}, t('talks.proposed', { turn: round, side: sideName(other) })),
    el(
      'ul',
      {},
      el('li', {}, t('talks.theyGive', { items: items(theirs.gives) })),
      el('li', {}, t('talks.theyAsk', { items: items(theirs.asks) })),
    ),
    el(
      'p',
      { class: 'muted' },
      t(better ? 'talks.forYou.better' : 'talks.forYou.worse'),
      ' ',
      t('talks.numbers', {
        holder: fmt(v.values.holder, 1),
        challenger: fmt(v.values.challenger, 1),
        ratio: fmt(v.ratio, 2),
        fair: fmt(v.fairRatio, 2),
      }),
    ),
    el(
      'p',
      {},
      t('talks.ifAccepted', { until: untilText(scenario, state.turn + scenario.negotiation.dealTurns) }),
    ),
    el(
      'div',
      { class: 'stepper', role: 'group', 'aria-label': t('talks.answer') },
      choice(true),
      choice(false),
    ),
    el('p', { role: 'status' }, t(accepting ? 'talks.accepting' : 'talks.refusing')),
    waiting,
    // A round makes one deal: when both proposals are accepted, the one nearer the fair rate stands.
    mine
      ? el(
          'p',
          {},
          t('talks.oneDeal', {
            which: t(
              fairDistance(judgeProposal(scenario, state, mine)) <= fairDistance(v)
                ? 'talks.yours'
                : 'talks.theirs',
            ),
          }),
        )
      : null,
  );
}
