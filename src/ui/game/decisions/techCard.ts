// One technology's card in the decisions panel: its settings line when closed, its figures and controls
// when open (the challenger's R&D, buy-domestic, ecosystem, export drive, lines and stockpile; the holder's
// export control, R&D, price cut and licence).
import { iconNode } from '../../../art/icons.ts';
import { type LevelSetting, levelOf, oneOffCostOf } from '../../../game/selectors.ts';
import { t, tn, tx } from '../../../i18n/index.ts';
import type { Technology } from '../../../scenario/schema.ts';
import { CONTROL_LEVELS, costs, exportBar, makeFactor, own } from '../../../sim/index.ts';
import { type Child, el } from '../../dom.ts';
import { fmt, pct } from '../../widgets.ts';
import { controlOf, type Desk, levelControl } from './desk.ts';

/** One line of what is in force (with this turn's changes) for a collapsed card. */
function settingsLine(desk: Desk, tech: string): string {
  const { side, state } = desk;
  const level = (setting: LevelSetting) => levelOf(desk.policy, setting, tech);
  if (side === 'holder') {
    const control = controlOf(desk.plan ? desk.plan.holder : state.holder.policy, tech);
    return `${t('decide.control')}: ${t(`control.${control}`)} · ${t('decide.holderResearch')} ${level('setResearch')}`;
  }
  return [
    `${t('decide.research')} ${level('setResearch')}`,
    `${t('decide.procurement')} ${level('setProcurement')}`,
    `${t('decide.ecosystem')} ${level('setEcosystem')}`,
    `${t('decide.exportDrive')} ${level('setExportDrive')}`,
  ].join(' · ');
}

/** Production lines to build this turn: a one-off cost. */
function buildControl(desk: Desk, def: Technology): HTMLElement {
  const { scenario, state, kit } = desk;
  const { changeOf, stepper, control, money } = kit;
  const price = (n: number) =>
    t('decide.oneOff', {
      money: money(oneOffCostOf(scenario, state, { type: 'buildLine', tech: def.id, lines: n }).money),
    });
  const build = changeOf({ type: 'buildLine', tech: def.id, lines: 1 }) as { lines: number } | null;
  const lines = build?.lines ?? 0;
  return control({
    name: t('decide.buildLine'),
    help: t('decide.buildLine.help', { units: fmt(def.lineCapacity, 0), turns: def.buildTurns }),
    key: `buildLine:${def.id}`,
    tech: def.id,
    changed: build !== null,
    cost: price(lines),
    stepper: stepper(
      t('decide.buildLine'),
      [0, 1, 2].map((n) => ({ value: n, label: `${n}`, cost: n > 0 ? price(n) : '' })),
      lines,
      0,
      (n) => ({ type: 'buildLine', tech: def.id, lines: n }),
      `buildLine:${def.id}`,
    ),
  });
}

/** Imports bought ahead for the quarters to come: a one-off cost. */
function stockpileControl(desk: Desk, def: Technology, i: number): HTMLElement {
  const { scenario, state, kit } = desk;
  const { changeOf, stepper, control, money } = kit;
  const stock = changeOf({ type: 'stockpile', tech: def.id, quarters: 1 }) as { quarters: number } | null;
  const quarters = stock?.quarters ?? 0;
  const units = costs.stockpileUnits(state, scenario, i, 1);
  const price = (n: number) =>
    t('decide.oneOff', {
      money: money(oneOffCostOf(scenario, state, { type: 'stockpile', tech: def.id, quarters: n }).money),
    });
  return control({
    name: t('decide.stockpile'),
    // The price of a quarter is said even when the order is refused (not enough money, say).
    help: t('decide.stockpile.help', {
      units: fmt(units, 0),
      money: money(oneOffCostOf(scenario, state, { type: 'stockpile', tech: def.id, quarters: 1 }).money),
    }),
    key: `stockpile:${def.id}`,
    tech: def.id,
    changed: stock !== null,
    cost: price(quarters),
    stepper: stepper(
      t('decide.stockpile'),
      [0, 1, 2].map((n) => ({ value: n, label: `${n}`, cost: n > 0 ? price(n) : '' })),
      quarters,
      0,
      (n) => ({ type: 'stockpile', tech: def.id, quarters: n }),
      `stockpile:${def.id}`,
    ),
  });
}

/** The holder's export control on a technology: tightening it costs diplomatic capital. */
function exportControl(desk: Desk, def: Technology): HTMLElement {
  const { scenario, state, kit } = desk;
  const { changeOf, stepper, control } = kit;
  const inForce = controlOf(state.holder.policy, def.id);
  const drafted = changeOf({ type: 'setControl', tech: def.id, level: 'open' }) as {
    level: (typeof CONTROL_LEVELS)[number];
  } | null;
  const current = drafted?.level ?? inForce;
  const capitalOf = (level: (typeof CONTROL_LEVELS)[number]) =>
    oneOffCostOf(scenario, state, { type: 'setControl', tech: def.id, level }).capital;
  const capital = capitalOf(current);
  return control({
    name: t('decide.control'),
    help: t('decide.control.help'),
    key: `setControl:${def.id}`,
    tech: def.id,
    changed: drafted !== null,
    cost: capital ? t('decide.capitalCost', { capital }) : '',
    stepper: stepper(
      t('decide.control'),
      CONTROL_LEVELS.map((c) => ({
        value: c,
        label: t(`control.${c}`),
        cost: capitalOf(c) ? t('decide.capitalCost', { capital: capitalOf(c) }) : '',
      })),
      current,
      inForce,
      (level) => ({ type: 'setControl', tech: def.id, level }),
      `setControl:${def.id}`,
    ),
  });
}

/** The side's own figures for a technology, on an open card. */
function techFacts(desk: Desk, i: number): Child[] {
  const ts = desk.state.techs[i]!;
  if (desk.side === 'challenger') {
    return [
      t('decide.state', {
        cap: fmt(ts.challenger.capability, 1),
        home: pct(ts.domestic.challenger, 1),
        abroad: pct(ts.foreign.challenger, 1),
        chain: fmt(ts.challenger.chain, 1),
      }),
      boardBarsWhy(desk, i),
      // Lines ordered earlier and still being built: the Build control goes back to 0 once they are ordered.
      ...ts.challenger.pipeline.map((l) =>
        el('div', {}, t('decide.building', { units: fmt(l.units, 0), turn: l.ready })),
      ),
    ];
  }
  return [
    t('decide.holderState', {
      cap: fmt(ts.holder.capability, 1),
      home: pct(ts.domestic.holder, 1),
      abroad: pct(ts.foreign.holder, 1),
      chain: fmt(ts.holder.chain, 1),
    }),
  ];
}

/**
 * Where the board's bars for this technology come from, from the same inputs the rules read (so the card,
 * the board and the endings speak of the same numbers): make is capability counted by how much of home
 * demand the side's lines serve, sell is half its home share and half its share abroad.
 */
function boardBarsWhy(desk: Desk, i: number): HTMLElement {
  const x = desk.inputs[i]!;
  const bars = desk.lanes[i]!.challenger;
  return el(
    'ul',
    { class: 'board-why' },
    el(
      'li',
      {},
      t('decide.makeWhy', {
        make: fmt(bars.make, 0),
        cap: fmt(x.capC, 1),
        factor: pct(makeFactor(x.capacityC), 0),
        lines: pct(x.capacityC, 0),
      }),
    ),
    el(
      'li',
      {},
      t('decide.sellWhy', { sell: fmt(bars.sell, 0), home: pct(x.homeC, 1), abroad: pct(x.abroadC, 1) }),
    ),
    el('li', {}, t('decide.chainWhy', { chain: fmt(bars.chain, 0) })),
  );
}

const LOW_TRUST_CHAIN = 25; // buyers abroad trust a chain as its square: 25 wins them at 6% of its worth

/**
 * Export drive's help, with why it wins nothing yet when it does not: buyers abroad ignore a product
 * below their bar, and weigh the chain squared (sim/markets.ts), so a drive before certification is
 * money for little.
 */
function exportHelp(desk: Desk, def: Technology, i: number): string {
  const c = desk.state.techs[i]!.challenger;
  const bar = exportBar(def);
  const why =
    c.capability < bar
      ? t('decide.exportDrive.belowBar', { bar: fmt(bar, 0), cap: fmt(c.capability, 1) })
      : c.chain < LOW_TRUST_CHAIN
        ? t('decide.exportDrive.lowChain', { chain: fmt(c.chain, 1) })
        : '';
  return [t('decide.exportDrive.help'), why].filter(Boolean).join(' ');
}

/** The controls of an open card: the challenger's five, or the holder's export control and R&D. */
function techControls(desk: Desk, def: Technology, i: number): HTMLElement[] {
  if (desk.side === 'challenger')
    return [
      levelControl(desk, def, 'setResearch', t('decide.research'), t('decide.research.help')),
      levelControl(desk, def, 'setProcurement', t('decide.procurement'), t('decide.procurement.help')),
      levelControl(desk, def, 'setEcosystem', t('decide.ecosystem'), t('decide.ecosystem.help')),
      levelControl(desk, def, 'setExportDrive', t('decide.exportDrive'), exportHelp(desk, def, i)),
      buildControl(desk, def),
      stockpileControl(desk, def, i),
    ];
  return [
    exportControl(desk, def),
    levelControl(desk, def, 'setResearch', t('decide.holderResearch'), t('decide.holderResearch.help')),
    priceCutControl(desk, def),
    licenseControl(desk, def),
  ];
}

/** The holder's firms cut their price on a technology: buyers won back, at the cost of the margin. */
function priceCutControl(desk: Desk, def: Technology): HTMLElement {
  const { state, kit } = desk;
  const { changeOf, stepper, control, levels } = kit;
  const inForce = own(state.holder.policy.priceCut, def.id) ?? 0;
  const drafted = changeOf({ type: 'setPriceCut', tech: def.id, level: 0 }) as { level: number } | null;
  const current = drafted?.level ?? inForce;
  return control({
    name: t('decide.priceCut'),
    help: t('decide.priceCut.help'),
    key: `setPriceCut:${def.id}`,
    tech: def.id,
    changed: drafted !== null,
    cost: current > 0 ? t('decide.priceCut.cost', { cut: current * 10 }) : '',
    stepper: stepper(
      t('decide.priceCut'),
      levels().map((o) => ({
        ...o,
        cost: o.value > 0 ? t('decide.priceCut.cost', { cut: o.value * 10 }) : '',
      })),
      current,
      inForce,
      (level) => ({ type: 'setPriceCut', tech: def.id, level }),
      `setPriceCut:${def.id}`,
    ),
  });
}

/** A licence or joint venture on a technology: royalties for the holder's firms, know-how for the challenger. */
function licenseControl(desk: Desk, def: Technology): HTMLElement {
  const { state, kit } = desk;
  const { changeOf, toggle, control } = kit;
  const inForce = state.holder.policy.licensed.includes(def.id);
  const drafted = changeOf({ type: 'setLicense', tech: def.id, licensed: false }) as {
    licensed: boolean;
  } | null;
  const current = drafted?.licensed ?? inForce;
  return control({
    name: t('decide.license'),
    help: t('decide.license.help'),
    key: `setLicense:${def.id}`,
    tech: def.id,
    changed: drafted !== null,
    cost: '',
    stepper: toggle(
      `${t('decide.license')}: ${tx(def.name)}`,
      { off: t('decide.notLicensed'), on: t('decide.licensed') },
      current,
      inForce,
      (licensed) => ({ type: 'setLicense', tech: def.id, licensed }),
      `setLicense:${def.id}`,
    ),
  });
}

/** One technology's card: its header (which opens and closes it), then its settings line or controls. */
export function techCard(desk: Desk, def: Technology, i: number): HTMLElement {
  const { deps, state, draft } = desk;
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
    el('span', { class: 'muted' }, ` · ${t(`control.${controlOf(state.holder.policy, def.id)}`)}`),
    changes ? el('span', { class: 'changed' }, ` · ${tn('decide.changes', changes)}`) : null,
  );
  if (!open) {
    return el(
      'section',
      { class: 'tech-card collapsed', 'data-tech': def.id, 'aria-labelledby': `tech-${def.id}` },
      header,
      el('div', { class: 'facts' }, settingsLine(desk, def.id)),
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
    el('div', { class: 'facts' }, ...techFacts(desk, i)),
    ...techControls(desk, def, i),
  );
}
