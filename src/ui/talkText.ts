// A talk item in the interface's words: "Loosen ArF photoresist one step".
import { t, tx } from '../i18n/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Deal, TalkItem, TalksReport } from '../sim/index.ts';
import { fmt, sideName } from './widgets.ts';

export function talkItemText(scenario: Scenario, item: TalkItem): string {
  const tech = (id: string) => tx(scenario.technologies.find((d) => d.id === id)?.name ?? { en: id, zh: id });
  switch (item.kind) {
    case 'loosen':
      return t('talks.loosen', { tech: tech(item.tech) });
    case 'delist':
      return t('talks.delist', {
        champion: tx(
          scenario.champions.find((c) => c.id === item.champion)?.name ?? {
            en: item.champion,
            zh: item.champion,
          },
        ),
      });
    case 'pause':
      return t('talks.pause');
    case 'purchase':
      return t('talks.purchase', { tech: tech(item.tech) });
    case 'openMarket':
      return t('talks.openMarket');
  }
}

/** A deal stated in full: who gives what, and until when it binds. */
export function dealText(scenario: Scenario, deal: Deal): string {
  const items = (xs: readonly TalkItem[]) =>
    xs.length ? xs.map((i) => talkItemText(scenario, i)).join('; ') : t('talks.nothing');
  return t('talks.dealFull', {
    holder: items(deal.holderGives),
    challenger: items(deal.challengerGives),
    until: deal.until,
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
