// The decisions panel for the side that is playing: settings per technology and across the board, the
// event choices and the talks. Every control shows its cost and what it is expected to do next turn; an
// option the rules do not allow is disabled and says why.
import { iconNode } from '../../art/icons.ts';
import type { Session } from '../../game/session.ts';
import { type MessageKey, t, tn, tx } from '../../i18n/index.ts';
import type { Technology } from '../../scenario/schema.ts';
import { type Action, CONTROL_LEVELS, checkOrders, costs, own, type Side } from '../../sim/index.ts';
import { el, fill } from '../dom.ts';
import { button, fmt, pct, sideMark, sideName } from '../widgets.ts';
import { controlKit } from './controls.ts';
import { eventChoices } from './eventChoices.ts';
import { talksPanel } from './talksPanel.ts';

export interface DecisionsDeps {
  session: Session;
  side: Side;
  focusTech: string | null;
  /** Whether a technology's card shows its controls; collapsed cards show one line of settings. */
  isOpen(tech: string): boolean;
  toggle(tech: string): void;
  endTurn(): void;
  /** The end-turn button's label, where ending the turn means something else (play by link). */
  endLabel?: string;
}

export function renderDecisions(node: HTMLElement, deps: DecisionsDeps): void {
  const { session, side } = deps;
  const { scenario, state } = session;
  const draft = session.drafts[side];
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
  const check = checkOrders(scenario, state, side, draft);
  const plan = check.ok ? check.value : null;

  const kit = controlKit(session, side);
  const { changeOf, stepper, control, levels, money } = kit;

  /** One line of what is in force (with this turn's changes) for a collapsed card. */
  const settingsLine = (tech: string): string => {
    const level = (type: Action['type'], field: 'research' | 'procurement' | 'exportDrive' | 'ecosystem') => {
      const change = draft.find((a) => a.type === type && 'tech' in a && a.tech === tech) as
        | { level: number }
        | undefined;
      const inForce = (side === 'holder'
        ? state.holder.policy
        : state.challenger.policy) as unknown as Record<string, Record<string, number>>;
      const dial = inForce[field];
      return change?.level ?? (dial ? own(dial, tech) : undefined) ?? 0;
    };
    if (side === 'holder') {
      const control =
        (draft.find((a) => a.type === 'setControl' && a.tech === tech) as { level: string } | undefined)
          ?.level ??
        own(state.holder.policy.control, tech) ??
        'open';
      return `${t('decide.control')}: ${t(`control.${control}` as MessageKey)} · ${t('decide.holderResearch')} ${level('setResearch', 'research')}`;
    }
    return [
      `${t('decide.research')} ${level('setResearch', 'research')}`,
      `${t('decide.procurement')} ${level('setProcurement', 'procurement')}`,
      `${t('decide.ecosystem')} ${level('setEcosystem', 'ecosystem')}`,
      `${t('decide.exportDrive')} ${level('setExportDrive', 'exportDrive')}`,
    ].join(' · ');
  };

  const techCard = (def: Technology, i: number) => {
    const ts = state.techs[i]!;
    const open = deps.isOpen(def.id);
    const changes = draft.filter((a) => 'tech' in a && a.tech === def.id).length;
    const header = el(
      'h3',
      { id: `tech-${def.id}` },
      el(
        'button',
        {
          type: 'button',
          class: 'btn link',
          'aria-expanded': String(open),
          'data-focus-key': `open:${def.id}`,
          onclick: () => deps.toggle(def.id),
        },
        iconNode(def.category),
        ` ${tx(def.name)}`,
      ),
      el(
        'span',
        { class: 'muted' },
        ` · ${t(`control.${own(state.holder.policy.control, def.id) ?? 'open'}`)}`,
      ),
      changes ? el('span', { class: 'changed' }, ` · ${tn('decide.changes', changes)}`) : null,
    );
    if (!open) {
      return el(
        'section',
        { class: 'tech-card collapsed', 'data-tech': def.id, 'aria-labelledby': `tech-${def.id}` },
        header,
        el('div', { class: 'facts' }, settingsLine(def.id)),
      );
    }
    const facts =
      side === 'challenger'
        ? t('decide.state', {
            cap: fmt(ts.challenger.capability, 1),
            home: pct(ts.domestic.challenger, 1),
            abroad: pct(ts.foreign.challenger, 1),
            chain: fmt(ts.challenger.chain, 1),
          })
        : t('decide.holderState', {
            cap: fmt(ts.holder.capability, 1),
            home: pct(ts.domestic.holder, 1),
            abroad: pct(ts.foreign.holder, 1),
            chain: fmt(ts.holder.chain, 1),
          });
    const controls: HTMLElement[] = [];
    const policy = side === 'holder' ? state.holder.policy : state.challenger.policy;
    const levelControl = (
      type: 'setResearch' | 'setProcurement' | 'setExportDrive' | 'setEcosystem',
      name: string,
      help: string,
      unitCost: number,
      field: 'research' | 'procurement' | 'exportDrive' | 'ecosystem',
    ) => {
      const dial = (policy as unknown as Record<string, Record<string, number>>)[field];
      const inForce = (dial ? own(dial, def.id) : undefined) ?? 0;
      const drafted = changeOf({ type, tech: def.id, level: 0 }) as { level: number } | null;
      const current = drafted?.level ?? inForce;
      const capital = type === 'setProcurement' ? Math.max(0, current - inForce) : 0;
      controls.push(
        control({
          name,
          help,
          key: `${type}:${def.id}`,
          tech: def.id,
          changed: drafted !== null,
          cost: [
            unitCost > 0 ? t('decide.perTurn', { money: money(unitCost * current) }) : '',
            capital ? t('decide.capitalCost', { capital }) : '',
          ]
            .filter(Boolean)
            .join(' · '),
          stepper: stepper(
            name,
            levels().map((o) => ({
              ...o,
              cost: unitCost > 0 ? t('decide.perTurn', { money: money(unitCost * o.value) }) : '',
            })),
            current,
            inForce,
            (level) => ({ type, tech: def.id, level }),
            `${type}:${def.id}`,
          ),
        }),
      );
    };
    if (side === 'challenger') {
      levelControl(
        'setResearch',
        t('decide.research'),
        t('decide.research.help'),
        def.researchCost,
        'research',
      );
      levelControl('setProcurement', t('decide.procurement'), t('decide.procurement.help'), 0, 'procurement');
      levelControl(
        'setEcosystem',
        t('decide.ecosystem'),
        t('decide.ecosystem.help'),
        def.researchCost * costs.ECOSYSTEM_COST,
        'ecosystem',
      );
      levelControl(
        'setExportDrive',
        t('decide.exportDrive'),
        t('decide.exportDrive.help'),
        def.researchCost * costs.EXPORT_DRIVE_COST,
        'exportDrive',
      );
      const build = changeOf({ type: 'buildLine', tech: def.id, lines: 1 }) as { lines: number } | null;
      const lines = build?.lines ?? 0;
      controls.push(
        control({
          name: t('decide.buildLine'),
          help: t('decide.buildLine.help', { units: fmt(def.lineCapacity, 0), turns: def.buildTurns }),
          key: `buildLine:${def.id}`,
          tech: def.id,
          changed: build !== null,
          cost: t('decide.oneOff', { money: money(def.lineCost * lines) }),
          stepper: stepper(
            t('decide.buildLine'),
            [0, 1, 2].map((n) => ({
              value: n,
              label: `${n}`,
              cost: t('decide.oneOff', { money: money(def.lineCost * n) }),
            })),
            lines,
            0,
            (n) =>
              n === 0
                ? ({ type: 'buildLine', tech: def.id, lines: 0 } as Action)
                : { type: 'buildLine', tech: def.id, lines: n },
            `buildLine:${def.id}`,
          ),
        }),
      );
      const stock = changeOf({ type: 'stockpile', tech: def.id, quarters: 1 }) as { quarters: number } | null;
      const quarters = stock?.quarters ?? 0;
      const units = costs.stockpileUnits(state, scenario, i, 1);
      controls.push(
        control({
          name: t('decide.stockpile'),
          // The price of a quarter is said even when the order is refused (not enough money, say).
          help: t('decide.stockpile.help', {
            units: fmt(units, 0),
            money: money(units * def.price * costs.STOCKPILE_PREMIUM),
          }),
          key: `stockpile:${def.id}`,
          tech: def.id,
          changed: stock !== null,
          cost: t('decide.oneOff', {
            money: money(
              costs.stockpileUnits(state, scenario, i, quarters) * def.price * costs.STOCKPILE_PREMIUM,
            ),
          }),
          stepper: stepper(
            t('decide.stockpile'),
            [0, 1, 2].map((n) => ({ value: n, label: `${n}` })),
            quarters,
            0,
            (n) => ({ type: 'stockpile', tech: def.id, quarters: n }) as Action,
            `stockpile:${def.id}`,
          ),
        }),
      );
    } else {
      const inForce = own(state.holder.policy.control, def.id) ?? 'open';
      const drafted = changeOf({ type: 'setControl', tech: def.id, level: 'open' }) as {
        level: (typeof CONTROL_LEVELS)[number];
      } | null;
      const current = drafted?.level ?? inForce;
      const steps = Math.max(0, CONTROL_LEVELS.indexOf(current) - CONTROL_LEVELS.indexOf(inForce));
      controls.push(
        control({
          name: t('decide.control'),
          help: t('decide.control.help'),
          key: `setControl:${def.id}`,
          tech: def.id,
          changed: drafted !== null,
          cost: steps ? t('decide.capitalCost', { capital: steps }) : '',
          stepper: stepper(
            t('decide.control'),
            CONTROL_LEVELS.map((c) => ({ value: c, label: t(`control.${c}`) })),
            current,
            inForce,
            (level) => ({ type: 'setControl', tech: def.id, level }),
            `setControl:${def.id}`,
          ),
        }),
      );
      levelControl(
        'setResearch',
        t('decide.holderResearch'),
        t('decide.holderResearch.help'),
        def.researchCost * scenario.holder.researchCostFactor,
        'research',
      );
    }
    return el(
      'section',
      {
        class: `tech-card${deps.focusTech === def.id ? ' focus' : ''}`,
        'data-tech': def.id,
        'aria-labelledby': `tech-${def.id}`,
      },
      header,
      el('div', { class: 'facts' }, facts),
      ...controls,
    );
  };

  const globalControls: HTMLElement[] = [];
  if (side === 'challenger') {
    const inForce = state.challenger.policy.marketAccess;
    const drafted = changeOf({ type: 'setMarketAccess', level: 0 }) as { level: number } | null;
    const current = drafted?.level ?? inForce;
    globalControls.push(
      control({
        name: t('decide.marketAccess'),
        help: t('decide.marketAccess.help'),
        key: 'setMarketAccess',
        changed: drafted !== null,
        cost:
          current > inForce
            ? t('decide.capitalCost', { capital: costs.MARKET_ACCESS_CAPITAL * (current - inForce) })
            : '',
        stepper: stepper(
          t('decide.marketAccess'),
          [0, 1, 2].map((v) => ({ value: v, label: t(`access.${v}` as MessageKey) })),
          current,
          inForce,
          (level) => ({ type: 'setMarketAccess', level }),
          'setMarketAccess',
        ),
      }),
    );
  } else {
    for (const [type, name, help, field] of [
      ['setAllies', t('decide.allies'), t('decide.allies.help'), 'allies'],
      ['setSupport', t('decide.support'), t('decide.support.help'), 'support'],
    ] as const) {
      const inForce = state.holder.policy[field];
      const drafted = changeOf({ type, level: 0 }) as { level: number } | null;
      const current = drafted?.level ?? inForce;
      globalControls.push(
        control({
          name,
          help,
          key: type,
          changed: drafted !== null,
          cost:
            type === 'setAllies'
              ? t('decide.capitalCost', { capital: current })
              : t('decide.perTurn', { money: money(scenario.holder.supportCost * current) }),
          stepper: stepper(name, levels(), current, inForce, (level) => ({ type, level }), type),
        }),
      );
    }
    for (const champion of scenario.champions) {
      const inForce = state.holder.policy.entityList.includes(champion.id);
      const drafted = changeOf({ type: 'setEntityList', champion: champion.id, listed: false }) as {
        listed: boolean;
      } | null;
      const current = drafted?.listed ?? inForce;
      globalControls.push(
        control({
          name: `${t('decide.entityList')}: ${tx(champion.name)}`,
          help: t('decide.entityList.help'),
          key: `setEntityList:${champion.id}`,
          changed: drafted !== null,
          cost: current && !inForce ? t('decide.capitalCost', { capital: costs.LISTING_CAPITAL }) : '',
          stepper: stepper(
            `${t('decide.entityList')}: ${tx(champion.name)}`,
            [
              { value: 'no', label: t('decide.notListed') },
              { value: 'yes', label: t('decide.listed') },
            ],
            current ? 'yes' : 'no',
            inForce ? 'yes' : 'no',
            (v) => ({ type: 'setEntityList', champion: champion.id, listed: v === 'yes' }),
            `setEntityList:${champion.id}`,
          ),
        }),
      );
    }
  }

  const pending = eventChoices(session, side, kit);
  const talks = talksPanel(session, side, kit);
  const tutorial = scenario.tutorial?.filter((s) => s.turn === state.turn) ?? [];
  const costLine = plan
    ? t('decide.cost', {
        money: money(plan.money + plan.upkeep.total),
        capital: plan.capital + plan.upkeep.capital,
        treasury: money(state[side].money),
        capitalLeft: fmt(state[side].capital, 0),
      })
    : '';
  fill(
    node,
    el('h2', {}, sideMark(side), ' ', t('decide.heading', { side: sideName(side) })),
    ...tutorial.map((s) => el('div', { class: 'pending', role: 'note' }, tx(s.text))),
    el('div', { class: 'summary', 'aria-live': 'polite' }, costLine),
    ...pending,
    talks,
    el('h3', {}, t('decide.global')),
    ...globalControls,
    ...scenario.technologies.map(techCard),
    el(
      'div',
      { class: 'end-turn' },
      draft.length
        ? button(t('decide.reset'), () => session.resetDraft(side), {
            class: 'btn',
            style: 'width:100%;margin-bottom:0.4rem',
          })
        : null,
      button(
        deps.endLabel ??
          (session.hotseat ? t('decide.endTurnFor', { side: sideName(side) }) : t('decide.endTurn')),
        deps.endTurn,
        { class: 'btn primary big', style: 'width:100%', id: 'end-turn', 'aria-keyshortcuts': 'E' },
      ),
    ),
  );
  if (focused)
    node
      .querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)
      ?.focus({ preventScroll: true });
}
