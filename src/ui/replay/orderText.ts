// Every action in words, for the viewer's list of what each side ordered in a turn. It reuses the
// decisions panel's names, so a replay reads the way the game was played.
import { type MessageKey, t, tKey, tx } from '../../i18n/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { type Action, assertNever, type TalkItem } from '../../sim/index.ts';

const name = (list: readonly { id: string; name: { zh: string; en: string } }[], id: string) =>
  tx(list.find((x) => x.id === id)?.name ?? { zh: id, en: id });

function talkItemText(scenario: Scenario, item: TalkItem): string {
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
    case 'choose': {
      const event = scenario.events.find((e) => e.id === a.event);
      const option = event?.choice?.options.find((o) => o.id === a.option);
      return `${event ? tx(event.title) : a.event}: ${option ? tx(option.label) : a.option}`;
    }
    case 'offer':
      return `${t('talks.offer')}: ${a.gives.map((g) => talkItemText(scenario, g)).join('; ') || t('talks.none')}`;
    default:
      return assertNever(a);
  }
}
