// An order in the interface's words: "Export control: ArF photoresist → Banned".
import type { GameView } from '../game/view.ts';
import { type MessageKey, t, tx } from '../i18n/index.ts';
import type { Action } from '../sim/index.ts';

export function actionText(session: GameView, a: Action): string {
  const tech =
    'tech' in a
      ? tx(session.scenario.technologies.find((d) => d.id === a.tech)?.name ?? { zh: a.tech, en: a.tech })
      : '';
  switch (a.type) {
    case 'setControl':
      return `${t('decide.control')}: ${tech} → ${t(`control.${a.level}`)}`;
    case 'setEntityList':
      return `${t('decide.entityList')}: ${tx(session.scenario.champions.find((c) => c.id === a.champion)?.name ?? { zh: a.champion, en: a.champion })} → ${a.listed ? t('decide.listed') : t('decide.notListed')}`;
    case 'setMarketAccess':
      return `${t('decide.marketAccess')} → ${t(`access.${a.level}` as MessageKey)}`;
    case 'setAllies':
      return `${t('decide.allies')} → ${t(`level.${a.level}` as MessageKey)}`;
    case 'setProcurement':
      return `${t('decide.procurement')}: ${tech} → ${t(`level.${a.level}` as MessageKey)}`;
    case 'setEcosystem':
      return `${t('decide.ecosystem')}: ${tech} → ${t(`level.${a.level}` as MessageKey)}`;
    case 'setExportDrive':
      return `${t('decide.exportDrive')}: ${tech} → ${t(`level.${a.level}` as MessageKey)}`;
    case 'setResearch':
      return `${t('decide.research')}: ${tech} → ${t(`level.${a.level}` as MessageKey)}`;
    case 'setSupport':
      return `${t('decide.support')} → ${t(`level.${a.level}` as MessageKey)}`;
    case 'buildLine':
      return `${t('decide.buildLine')}: ${tech} × ${a.lines}`;
    case 'stockpile':
      return `${t('decide.stockpile')}: ${tech} × ${a.quarters}`;
    case 'choose': {
      const option = session.scenario.events
        .find((e) => e.id === a.event)
        ?.choice?.options.find((o) => o.id === a.option);
      return `${t('decide.choose')}: ${option ? tx(option.label) : a.option}`;
    }
    default:
      return a.type;
  }
}
