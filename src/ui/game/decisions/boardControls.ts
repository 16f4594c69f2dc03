// The settings across the board: the challenger's market access; the holder's allies, support for its
// firms and entity listings.
import { oneOffCostOf, upkeepOf } from '../../../game/selectors.ts';
import { t, tKey, tx } from '../../../i18n/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import type { Desk } from './desk.ts';

/** The challenger's one setting across the board: opening its market to foreign firms. */
function marketAccessControl(desk: Desk): HTMLElement {
  const { scenario, state, kit } = desk;
  const { changeOf, stepper, control } = kit;
  const inForce = state.challenger.policy.marketAccess;
  const drafted = changeOf({ type: 'setMarketAccess', level: 0 }) as { level: number } | null;
  const current = drafted?.level ?? inForce;
  const capitalOf = (level: number) =>
    oneOffCostOf(scenario, state, { type: 'setMarketAccess', level }).capital;
  const capital = capitalOf(current);
  return control({
    name: t('decide.marketAccess'),
    help: t('decide.marketAccess.help'),
    key: 'setMarketAccess',
    changed: drafted !== null,
    cost: capital ? t('decide.capitalCost', { capital }) : '',
    stepper: stepper(
      t('decide.marketAccess'),
      [0, 1, 2].map((v) => ({
        value: v,
        label: tKey(`access.${v}`),
        cost: capitalOf(v) ? t('decide.capitalCost', { capital: capitalOf(v) }) : '',
      })),
      current,
      inForce,
      (level) => ({ type: 'setMarketAccess', level }),
      'setMarketAccess',
    ),
  });
}

/** The holder's allies and support for its firms: each a level with its upkeep. */
function holderLevelControls(desk: Desk): HTMLElement[] {
  const { scenario, state, kit } = desk;
  const { changeOf, stepper, control, levels, money } = kit;
  return (
    [
      ['setAllies', t('decide.allies'), t('decide.allies.help'), 'allies'],
      ['setSupport', t('decide.support'), t('decide.support.help'), 'support'],
    ] as const
  ).map(([type, name, help, field]) => {
    const inForce = state.holder.policy[field];
    const drafted = changeOf({ type, level: 0 }) as { level: number } | null;
    const current = drafted?.level ?? inForce;
    const price = (level: number) => {
      const upkeep = upkeepOf(scenario, { type, level }, 'holder');
      return type === 'setAllies'
        ? t('decide.capitalCost', { capital: upkeep.capital })
        : t('decide.perTurn', { money: money(upkeep.total) });
    };
    return control({
      name,
      help,
      key: type,
      changed: drafted !== null,
      cost: price(current),
      stepper: stepper(
        name,
        levels().map((o) => ({ ...o, cost: o.value > 0 ? price(o.value) : '' })),
        current,
        inForce,
        (level) => ({ type, level }),
        type,
      ),
    });
  });
}

/** Putting a challenger champion on the entity list: listing costs diplomatic capital. */
function entityListControl(desk: Desk, champion: Scenario['champions'][number]): HTMLElement {
  const { scenario, state, kit } = desk;
  const { changeOf, toggle, control } = kit;
  const inForce = state.holder.policy.entityList.includes(champion.id);
  const drafted = changeOf({ type: 'setEntityList', champion: champion.id, listed: false }) as {
    listed: boolean;
  } | null;
  const current = drafted?.listed ?? inForce;
  const capitalOf = (listed: boolean) =>
    oneOffCostOf(scenario, state, { type: 'setEntityList', champion: champion.id, listed }).capital;
  const capital = capitalOf(current);
  return control({
    name: `${t('decide.entityList')}: ${tx(champion.name)}`,
    help: t('decide.entityList.help'),
    key: `setEntityList:${champion.id}`,
    changed: drafted !== null,
    cost: capital ? t('decide.capitalCost', { capital }) : '',
    stepper: toggle(
      `${t('decide.entityList')}: ${tx(champion.name)}`,
      {
        off: t('decide.notListed'),
        on: t('decide.listed'),
        onCost: capitalOf(true) ? t('decide.capitalCost', { capital: capitalOf(true) }) : '',
      },
      current,
      inForce,
      (listed) => ({ type: 'setEntityList', champion: champion.id, listed }),
      `setEntityList:${champion.id}`,
    ),
  });
}

/** The settings across the board, by side. */
export function globalControls(desk: Desk): HTMLElement[] {
  if (desk.side === 'challenger') return [marketAccessControl(desk)];
  return [
    ...holderLevelControls(desk),
    ...desk.scenario.champions.map((champion) => entityListControl(desk, champion)),
  ];
}
