// Every order, talk and note of a turn in words, for the debrief, the news, the end report and the replay
// viewer. It reuses the decisions panel's names, so a replay reads the way the game was played.
import type { GameView } from '../game/view.ts';
import { t, tKey, tn, tx } from '../i18n/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import {
  type Action,
  assertNever,
  type Deal,
  type Note,
  type TalkItem,
  type TalksReport,
  type TurnReport,
} from '../sim/index.ts';
import { fmt, pct, sideName, signed } from './widgets.ts';

const name = (list: readonly { id: string; name: { zh: string; en: string } }[], id: string) =>
  tx(list.find((x) => x.id === id)?.name ?? { zh: id, en: id });

/** Items on the table in one line; `none` (nothing, say) when there are none. */
export const talkItemsText = (scenario: Scenario, items: readonly TalkItem[], none = ''): string =>
  items.map((i) => talkItemText(scenario, i)).join('; ') || none;

export function talkItemText(scenario: Scenario, item: TalkItem): string {
  switch (item.kind) {
    case 'loosen':
      return t('talks.loosen', { tech: name(scenario.technologies, item.tech) });
    case 'delist':
      return t('talks.delist', { champion: name(scenario.champions, item.champion) });
    case 'pause':
      return t('talks.pause');
    case 'purchase':
      return t('talks.purchase', { tech: name(scenario.technologies, item.tech) });
    case 'openMarket':
      return t('talks.openMarket');
    default:
      return assertNever(item);
  }
}

export function orderText(scenario: Scenario, a: Action, side: 'holder' | 'challenger'): string {
  const level = (n: number) => tKey(`level.${n}`);
  const tech = 'tech' in a ? name(scenario.technologies, a.tech) : '';
  switch (a.type) {
    case 'setResearch':
      return `${t(side === 'holder' ? 'decide.holderResearch' : 'decide.research')}: ${tech} → ${level(a.level)}`;
    case 'setProcurement':
      return `${t('decide.procurement')}: ${tech} → ${level(a.level)}`;
    case 'setExportDrive':
      return `${t('decide.exportDrive')}: ${tech} → ${level(a.level)}`;
    case 'setEcosystem':
      return `${t('decide.ecosystem')}: ${tech} → ${level(a.level)}`;
    case 'buildLine':
      return `${t('decide.buildLine')}: ${tech} × ${a.lines}`;
    case 'stockpile':
      return `${t('decide.stockpile')}: ${tech} × ${a.quarters}`;
    case 'setMarketAccess':
      return `${t('decide.marketAccess')} → ${tKey(`access.${a.level}`)}`;
    case 'setControl':
      return `${t('decide.control')}: ${tech} → ${t(`control.${a.level}`)}`;
    case 'setEntityList':
      return `${t('decide.entityList')}: ${name(scenario.champions, a.champion)} → ${a.listed ? t('decide.listed') : t('decide.notListed')}`;
    case 'setAllies':
      return `${t('decide.allies')} → ${level(a.level)}`;
    case 'setSupport':
      return `${t('decide.support')} → ${level(a.level)}`;
    case 'setPriceCut':
      return `${t('decide.priceCut')}: ${tech} → ${level(a.level)}`;
    case 'setLicense':
      return `${t('decide.license')}: ${tech} → ${a.licensed ? t('decide.licensed') : t('decide.notLicensed')}`;
    case 'choose': {
      const event = scenario.events.find((e) => e.id === a.event);
      const option = event?.choice?.options.find((o) => o.id === a.option);
      return `${event ? tx(event.title) : a.event}: ${option ? tx(option.label) : a.option}`;
    }
    case 'offer': {
      const asks = a.asks?.length ? ` · ${t('talks.youAsk')}: ${talkItemsText(scenario, a.asks)}` : '';
      return `${t('talks.offer')}: ${talkItemsText(scenario, a.gives, t('talks.none'))}${asks}`;
    }
    case 'answer':
      return `${t('talks.answer')}: ${a.accept ? t('talks.accept') : t('talks.refuse')}`;
    default:
      return assertNever(a);
  }
}

/** The last turn a deal binds, as a player reads it: a deal outlasting the game binds to its end. */
export const untilText = (scenario: Scenario, until: number): string =>
  until >= scenario.turns ? t('talks.untilEnd') : t('talks.untilTurn', { turn: until });

/** A deal stated in full: who gives what, and until when it binds. */
export function dealText(scenario: Scenario, deal: Deal): string {
  return t('talks.dealFull', {
    holder: talkItemsText(scenario, deal.holderGives, t('talks.nothing')),
    challenger: talkItemsText(scenario, deal.challengerGives, t('talks.nothing')),
    until: untilText(scenario, deal.until),
  });
}

/** How a round of talks ended, in full: the deal's terms, who offered nothing, or who refused what. */
export function talksOutcomeText(scenario: Scenario, k: TalksReport): string {
  switch (k.outcome) {
    case 'deal':
      return k.deal
        ? dealText(scenario, k.deal)
        : t('talks.outcome.deal', { turns: scenario.negotiation.dealTurns });
    case 'no-offers': {
      const silent = (['holder', 'challenger'] as const).filter((s) => k.offers[s].length === 0);
      return silent.length === 2
        ? t('talks.silentBoth')
        : t('talks.silent', { side: sideName(silent[0] ?? 'holder') });
    }
    default:
      return t(`talks.outcome.${k.outcome}`, {
        vc: fmt(k.values.challenger, 1),
        vh: fmt(k.values.holder, 1),
      });
  }
}

/**
 * A customer's first qualification, and what it does: a home one moves share at once; a foreign one raises
 * the chain and opens the market abroad only over the coming turns. Beside the turn's report, a share
 * abroad that fell anyway is explained by its causes, so the two lines do not read as a contradiction.
 */
function milestoneText(session: GameView, n: Note, tech: string, report?: TurnReport): string {
  const def = session.scenario.technologies.find((d) => d.id === n.tech);
  if (n.text === 'home')
    return t('note.milestone.home', {
      tech,
      line: fmt(def?.usableQuality ?? def?.reliabilityThreshold ?? 0, 0),
      share: pct(n.amount ?? 0, 1),
    });
  const line = t('note.milestone.abroad', {
    tech,
    line: fmt(def?.reliabilityThreshold ?? 0, 0),
    amount: fmt(n.amount ?? 0, 1),
    turns: def?.foreignQualificationTurns ?? 1,
  });
  const abroad = report?.ropes.find((r) => r.tech === n.tech)?.inputs.abroadC;
  if (!abroad || abroad.to >= abroad.from - 0.00005) return line;
  const causes = [...abroad.contributions]
    .sort((a, b) => a.amount - b.amount)
    .filter((c) => Math.abs(c.amount) >= 0.00005)
    .map((c) =>
      c.cause === 'capacity'
        ? t('note.milestone.capacity', { amount: signed(c.amount * 100, 2) })
        : t('note.milestone.cause', { cause: tKey(`cause.${c.cause}`), amount: signed(c.amount * 100, 2) }),
    );
  return t('note.milestone.join', {
    milestone: line,
    fell: t('note.milestone.abroadFell', {
      from: pct(abroad.from, 2),
      to: pct(abroad.to, 2),
      causes: causes.join(t('note.milestone.and')),
    }),
  });
}

/**
 * A note of the turn's report in words: "ArF photoresist: breakthrough (+8.2 capability)". With the turn's
 * report, a note is set beside the rest of the turn where they could seem to disagree.
 */
export function noteText(session: GameView, n: Note, report?: TurnReport): string {
  const tech = n.tech
    ? tx(session.scenario.technologies.find((d) => d.id === n.tech)?.name ?? { zh: n.tech, en: n.tech })
    : '';
  if (n.kind === 'milestone') return milestoneText(session, n, tech, report);
  const champion = n.text
    ? tx(session.scenario.champions.find((c) => c.id === n.text)?.name ?? { zh: n.text, en: n.text })
    : '';
  if (n.kind === 'crisis-turn') return tn('crisis.turns', n.amount ?? 0);
  const amount = n.kind === 'underfunded' ? pct(n.amount ?? 0) : fmt(n.amount ?? 0, 1);
  return t(`note.${n.kind}`, {
    tech,
    amount,
    side: t(n.side === 'holder' ? 'side.holder' : 'side.challenger'),
    text: champion,
  });
}
