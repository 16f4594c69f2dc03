// The decisions panel for the side that is playing: settings per technology and across the board, the
// event choices and the talks. Every control shows its cost and what it is expected to do next turn; an
// option the rules do not allow is disabled and says why.
import { iconNode } from '../../art/icons.ts';
import { actionKey, withoutKey } from '../../game/draft.ts';
import { type Forecast, forecast, marginal } from '../../game/forecast.ts';
import type { Session } from '../../game/session.ts';
import { type MessageKey, t, tx } from '../../i18n/index.ts';
import type { Technology } from '../../scenario/schema.ts';
import {
  type Action,
  CONTROL_LEVELS,
  checkOrders,
  costs,
  fairRatio,
  itemValue,
  leverage,
  type RuleError,
  type Side,
  type TalkItem,
} from '../../sim/index.ts';
import { el, fill } from '../dom.ts';
import { button, fmt, pct, sideMark, sideName, signed } from '../widgets.ts';

export interface DecisionsDeps {
  session: Session;
  side: Side;
  focusTech: string | null;
  /** Whether a technology's card shows its controls; collapsed cards show one line of settings. */
  isOpen(tech: string): boolean;
  toggle(tech: string): void;
  endTurn(): void;
}

const errorText = (e: RuleError): string => {
  const key = `err.${e.code}` as MessageKey;
  return t(key);
};

/** What an expected change looks like in words: only the figures that move. */
function describeForecast(f: Forecast, tech: string | null): string {
  const parts: string[] = [];
  const x = tech === null ? null : f.techs.find((q) => q.tech === tech);
  if (x) {
    if (Math.abs(x.capability) >= 0.05) parts.push(t('fc.capability', { value: signed(x.capability) }));
    if (Math.abs(x.home) >= 0.0005) parts.push(t('fc.home', { value: signed(x.home * 100) }));
    if (Math.abs(x.abroad) >= 0.0005) parts.push(t('fc.abroad', { value: signed(x.abroad * 100) }));
    if (Math.abs(x.chain) >= 0.05) parts.push(t('fc.chain', { value: signed(x.chain) }));
    if (Math.abs(x.rope) >= 0.05) parts.push(t('fc.rope', { value: signed(x.rope) }));
  }
  if (Math.abs(f.money) >= 0.05) parts.push(t('fc.money', { value: signed(f.money) }));
  return parts.length ? t('decide.expect', { effects: parts.join(', ') }) : t('decide.expectNothing');
}

export function renderDecisions(node: HTMLElement, deps: DecisionsDeps): void {
  const { session, side } = deps;
  const { scenario, state } = session;
  const draft = session.drafts[side];
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
  const baseline = forecast(scenario, state, side, []);
  const planned = forecast(scenario, state, side, draft);
  const check = checkOrders(scenario, state, side, draft);
  const plan = check.ok ? check.value : null;

  /** The drafted action that sets the same thing as `a`, if the draft changes it. */
  const changeOf = (a: Action): unknown => {
    const inDraft = draft.find((d) => actionKey(d) === actionKey(a));
    return inDraft ?? null;
  };

  const stepper = <V extends string | number>(
    label: string,
    options: readonly { value: V; label: string; cost?: string }[],
    current: V,
    inForce: V,
    make: (v: V) => Action,
    focusKey: string,
  ) => {
    const reasons: string[] = [];
    const buttons = options.map((o) => {
      const action = make(o.value);
      const error = o.value === current ? null : session.check(side, action);
      if (error) reasons.push(`${o.label}: ${errorText(error)}`);
      const b = el(
        'button',
        {
          type: 'button',
          'aria-pressed': String(o.value === current),
          class: o.value === inForce ? 'in-force' : '',
          disabled: error !== null,
          title: error ? t('decide.disabled', { reason: errorText(error) }) : (o.cost ?? ''),
          'data-focus-key': `${focusKey}:${o.value}`,
          onclick: () => {
            const e = session.propose(side, action);
            if (e) b.title = errorText(e);
          },
        },
        o.label,
      );
      return b;
    });
    return {
      group: el('div', { class: 'stepper', role: 'group', 'aria-label': label }, ...buttons),
      reasons,
    };
  };

  const control = (opts: {
    name: string;
    help: string;
    cost: string;
    changed: boolean;
    key: string;
    tech?: string;
    stepper: { group: HTMLElement; reasons: string[] };
  }) => {
    let expect = opts.help;
    if (opts.changed && planned && baseline && opts.tech) {
      const without = forecast(scenario, state, side, withoutKey(draft, opts.key));
      if (without) expect = describeForecast(marginal(planned, without), opts.tech);
    }
    return el(
      'div',
      { class: 'control' },
      el('span', { class: `name${opts.changed ? ' changed' : ''}` }, opts.name, opts.changed ? ' •' : ''),
      el('span', { class: 'cost' }, opts.cost),
      opts.stepper.group,
      el('span', { class: 'expect' }, expect),
      opts.stepper.reasons.length
        ? el('span', { class: 'why' }, t('decide.disabled', { reason: opts.stepper.reasons.join('; ') }))
        : null,
    );
  };

  /** One line of what is in force (with this turn's changes) for a collapsed card. */
  const settingsLine = (tech: string): string => {
    const level = (type: Action['type'], field: 'research' | 'procurement' | 'exportDrive' | 'ecosystem') => {
      const change = draft.find((a) => a.type === type && 'tech' in a && a.tech === tech) as
        | { level: number }
        | undefined;
      const inForce = (side === 'holder'
        ? state.holder.policy
        : state.challenger.policy) as unknown as Record<string, Record<string, number>>;
      return change?.level ?? inForce[field]?.[tech] ?? 0;
    };
    if (side === 'holder') {
      const control =
        (draft.find((a) => a.type === 'setControl' && a.tech === tech) as { level: string } | undefined)
          ?.level ??
        state.holder.policy.control[tech] ??
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

  const levels = (n = 4) =>
    Array.from({ length: n }, (_, i) => ({ value: i, label: `${i} · ${t(`level.${i}` as MessageKey)}` }));
  const money = (x: number) => fmt(x, 1);

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
      el('span', { class: 'muted' }, ` · ${t(`control.${state.holder.policy.control[def.id] ?? 'open'}`)}`),
      changes ? el('span', { class: 'changed' }, ` · ${t('decide.changes', { count: changes })}`) : null,
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
      const inForce = (policy as unknown as Record<string, Record<string, number>>)[field]?.[def.id] ?? 0;
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
          help: t('decide.stockpile.help', { units: fmt(units, 0) }),
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
      const inForce = state.holder.policy.control[def.id] ?? 'open';
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
            t('decide.entityList'),
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

  // Decisions that events put to this side.
  const pending = state.pending
    .filter((p) => p.side === side)
    .map((p) => {
      const event = scenario.events.find((e) => e.id === p.event);
      if (!event?.choice) return null;
      const chosen =
        (changeOf({ type: 'choose', event: p.event, option: '' }) as { option: string } | null)?.option ??
        event.choice.options[0]!.id;
      return el(
        'section',
        { class: 'pending', 'aria-labelledby': `pending-${p.event}` },
        el('h3', { id: `pending-${p.event}` }, t('decide.pending'), ': ', tx(event.title)),
        el('p', {}, tx(event.text)),
        el(
          'div',
          { class: 'stepper', role: 'group', 'aria-label': tx(event.title) },
          ...event.choice.options.map((o) =>
            el(
              'button',
              {
                type: 'button',
                'aria-pressed': String(o.id === chosen),
                'data-focus-key': `choose:${p.event}:${o.id}`,
                onclick: () => session.propose(side, { type: 'choose', event: p.event, option: o.id }),
              },
              tx(o.label),
            ),
          ),
        ),
      );
    });

  // Talks, when open: what this side offers, with each item's value and the fair rate at today's leverage.
  let talks: HTMLElement | null = null;
  if (state.talks.open) {
    const lev = leverage(scenario, state);
    const offered = (changeOf({ type: 'offer', gives: [] }) as { gives: TalkItem[] } | null)?.gives ?? [];
    const items: { item: TalkItem; label: string }[] =
      side === 'holder'
        ? [
            ...scenario.technologies
              .filter((d) => (state.holder.policy.control[d.id] ?? 'open') !== 'open')
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
    talks = el(
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
    ...pending.filter((p): p is HTMLElement => p !== null),
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
        session.hotseat ? t('decide.endTurnFor', { side: sideName(side) }) : t('decide.endTurn'),
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
