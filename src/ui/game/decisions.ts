// The decisions panel for the side that is playing: settings per technology and across the board, the
// event choices and the talks. Every control shows its cost and what it is expected to do next turn; an
// option the rules do not allow is disabled and says why. Prices and the policy in force come from the
// rules (game/selectors.ts), never from copies of their formulas.
import { iconNode } from '../../art/icons.ts';
import {
  type LaneView,
  type LevelSetting,
  lanes,
  levelOf,
  oneOffCostOf,
  policyOf,
  upkeepOf,
} from '../../game/selectors.ts';
import type { Session } from '../../game/session.ts';
import { moneyIdle, moneyIdleIsNew, type SpendingIdea, spendingIdeas } from '../../game/spending.ts';
import { t, tKey, tn, tx } from '../../i18n/index.ts';
import type { Scenario, Technology } from '../../scenario/schema.ts';
import {
  type Action,
  type ChallengerPolicy,
  CONTROL_LEVELS,
  checkOrders,
  costs,
  exportBar,
  type GameState,
  type HolderPolicy,
  own,
  type Plan,
  proposalTo,
  type Side,
} from '../../sim/index.ts';
import { el, fill } from '../dom.ts';
import { orderText } from '../orderText.ts';
import { button, fmt, pct, sideMark, sideName } from '../widgets.ts';
import { type ControlKit, controlKit } from './controls.ts';
import { eventChoices } from './eventChoices.ts';
import { objectivesOf } from './goals.ts';
import { answerPanel, talksPanel } from './talksPanel.ts';

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

/** What every card of the panel reads: the side's draft, the rules' plan of it, and the control builders. */
interface Desk {
  deps: DecisionsDeps;
  session: Session;
  side: Side;
  scenario: Scenario;
  state: GameState;
  draft: readonly Action[];
  plan: Plan | null;
  /** The side's policy with this turn's changes: the plan's, or the one in force when the draft is refused. */
  policy: HolderPolicy | ChallengerPolicy;
  kit: ControlKit;
  lanes: readonly LaneView[]; // the board's view of each technology
}

const controlOf = (policy: HolderPolicy | ChallengerPolicy, tech: string) =>
  ('control' in policy ? own(policy.control, tech) : undefined) ?? 'open';

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

/** A per-technology level (R&D, procurement, ecosystem, export drive), priced by the rules' upkeep. */
function levelControl(
  desk: Desk,
  def: Technology,
  type: LevelSetting,
  name: string,
  help: string,
): HTMLElement {
  const { side, scenario, state, kit } = desk;
  const { changeOf, stepper, control, levels, money } = kit;
  const inForce = levelOf(side === 'holder' ? state.holder.policy : state.challenger.policy, type, def.id);
  const drafted = changeOf({ type, tech: def.id, level: 0 }) as { level: number } | null;
  const current = drafted?.level ?? inForce;
  const perTurn = (level: number) => upkeepOf(scenario, { type, tech: def.id, level }, side).total;
  const priced = perTurn(1) > 0;
  const capital =
    type === 'setProcurement'
      ? oneOffCostOf(scenario, state, { type, tech: def.id, level: current }).capital
      : 0;
  return control({
    name,
    help,
    key: `${type}:${def.id}`,
    tech: def.id,
    changed: drafted !== null,
    cost: [
      priced ? t('decide.perTurn', { money: money(perTurn(current)) }) : '',
      capital ? t('decide.capitalCost', { capital }) : '',
    ]
      .filter(Boolean)
      .join(' · '),
    stepper: stepper(
      name,
      levels().map((o) => ({
        ...o,
        cost: priced ? t('decide.perTurn', { money: money(perTurn(o.value)) }) : '',
      })),
      current,
      inForce,
      (level) => ({ type, tech: def.id, level }),
      `${type}:${def.id}`,
    ),
  });
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
      [0, 1, 2].map((n) => ({ value: n, label: `${n}`, cost: price(n) })),
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
    cost: t('decide.oneOff', {
      money: money(oneOffCostOf(scenario, state, { type: 'stockpile', tech: def.id, quarters }).money),
    }),
    stepper: stepper(
      t('decide.stockpile'),
      [0, 1, 2].map((n) => ({ value: n, label: `${n}` })),
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
  const capital = oneOffCostOf(scenario, state, { type: 'setControl', tech: def.id, level: current }).capital;
  return control({
    name: t('decide.control'),
    help: t('decide.control.help'),
    key: `setControl:${def.id}`,
    tech: def.id,
    changed: drafted !== null,
    cost: capital ? t('decide.capitalCost', { capital }) : '',
    stepper: stepper(
      t('decide.control'),
      CONTROL_LEVELS.map((c) => ({ value: c, label: t(`control.${c}`) })),
      current,
      inForce,
      (level) => ({ type: 'setControl', tech: def.id, level }),
      `setControl:${def.id}`,
    ),
  });
}

/** The side's own figures for a technology, on an open card. */
function techFacts(desk: Desk, i: number): string {
  const ts = desk.state.techs[i]!;
  if (desk.side === 'challenger') {
    // The bars the board draws (the same selector), so the card and the board speak of the same numbers.
    const bars = desk.lanes[i]!.challenger;
    return [
      t('decide.state', {
        cap: fmt(ts.challenger.capability, 1),
        home: pct(ts.domestic.challenger, 1),
        abroad: pct(ts.foreign.challenger, 1),
        chain: fmt(ts.challenger.chain, 1),
      }),
      t('decide.boardBars', { make: fmt(bars.make, 0), sell: fmt(bars.sell, 0), chain: fmt(bars.chain, 0) }),
      // Lines ordered earlier and still being built: the Build control goes back to 0 once they are ordered.
      ...ts.challenger.pipeline.map((l) => t('decide.building', { units: fmt(l.units, 0), turn: l.ready })),
    ].join(' · ');
  }
  return t('decide.holderState', {
    cap: fmt(ts.holder.capability, 1),
    home: pct(ts.domestic.holder, 1),
    abroad: pct(ts.foreign.holder, 1),
    chain: fmt(ts.holder.chain, 1),
  });
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
      levels(),
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
function techCard(desk: Desk, def: Technology, i: number): HTMLElement {
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
    el('div', { class: 'facts' }, techFacts(desk, i)),
    ...techControls(desk, def, i),
  );
}

/** The challenger's one setting across the board: opening its market to foreign firms. */
function marketAccessControl(desk: Desk): HTMLElement {
  const { scenario, state, kit } = desk;
  const { changeOf, stepper, control } = kit;
  const inForce = state.challenger.policy.marketAccess;
  const drafted = changeOf({ type: 'setMarketAccess', level: 0 }) as { level: number } | null;
  const current = drafted?.level ?? inForce;
  const capital = oneOffCostOf(scenario, state, { type: 'setMarketAccess', level: current }).capital;
  return control({
    name: t('decide.marketAccess'),
    help: t('decide.marketAccess.help'),
    key: 'setMarketAccess',
    changed: drafted !== null,
    cost: capital ? t('decide.capitalCost', { capital }) : '',
    stepper: stepper(
      t('decide.marketAccess'),
      [0, 1, 2].map((v) => ({ value: v, label: tKey(`access.${v}`) })),
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
    const upkeep = upkeepOf(scenario, { type, level: current }, 'holder');
    return control({
      name,
      help,
      key: type,
      changed: drafted !== null,
      cost:
        type === 'setAllies'
          ? t('decide.capitalCost', { capital: upkeep.capital })
          : t('decide.perTurn', { money: money(upkeep.total) }),
      stepper: stepper(name, levels(), current, inForce, (level) => ({ type, level }), type),
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
  const capital = oneOffCostOf(scenario, state, {
    type: 'setEntityList',
    champion: champion.id,
    listed: current,
  }).capital;
  return control({
    name: `${t('decide.entityList')}: ${tx(champion.name)}`,
    help: t('decide.entityList.help'),
    key: `setEntityList:${champion.id}`,
    changed: drafted !== null,
    cost: capital ? t('decide.capitalCost', { capital }) : '',
    stepper: toggle(
      `${t('decide.entityList')}: ${tx(champion.name)}`,
      { off: t('decide.notListed'), on: t('decide.listed') },
      current,
      inForce,
      (listed) => ({ type: 'setEntityList', champion: champion.id, listed }),
      `setEntityList:${champion.id}`,
    ),
  });
}

/** The settings across the board, by side. */
function globalControls(desk: Desk): HTMLElement[] {
  if (desk.side === 'challenger') return [marketAccessControl(desk)];
  return [
    ...holderLevelControls(desk),
    ...desk.scenario.champions.map((champion) => entityListControl(desk, champion)),
  ];
}

/** What the draft costs this turn, against what the side has. */
function costLine(desk: Desk): string {
  const { plan, state, side, kit, scenario } = desk;
  if (!plan) return '';
  const line = t('decide.cost', {
    money: kit.money(plan.money + plan.upkeep.total),
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
  return [line, full].filter(Boolean).join(' ');
}

/** A move money could buy now, with its price: "R&D: bearings → all-out (2.0/turn)". */
function ideaText(desk: Desk, idea: SpendingIdea): string {
  const { kit, scenario, side } = desk;
  const price =
    idea.perTurn > 0
      ? t('decide.perTurn', { money: kit.money(idea.perTurn) })
      : t('decide.oneOff', { money: kit.money(idea.once) });
  return t('decide.moneyIdea', { move: orderText(scenario, idea.action, side), price });
}

/**
 * Money piling up, and the cheapest useful moves it could buy now. Said in full (with a button to add each
 * move) the first turn it lies idle, then in one quiet line while it stays idle, so it does not nag.
 */
function moneyIdleNote(desk: Desk): HTMLElement | null {
  const { scenario, state, side, draft, plan, kit, session } = desk;
  if (!plan || !moneyIdle(scenario, state, side, draft)) return null;
  const ideas = spendingIdeas(scenario, state, side, draft);
  if (ideas.length === 0) return null; // nothing money can buy this turn (a tutorial's locks, say): nothing to say
  const figures = {
    treasury: kit.money(state[side].money),
    income: kit.money(state[side].income),
    spent: kit.money(plan.money + plan.upkeep.total),
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

/**
 * The technology picked on the board comes first, so the panel and the board speak of the same one; then
 * those that matter now: a shortage, then the lanes nearest a mark of an ending (the ones a turn's work can
 * move across), then the rest in the scenario's order.
 */
function byUrgency(desk: Desk): number[] {
  const { scenario, state } = desk;
  const o = objectivesOf(desk.session);
  const nearest = (tech: string) =>
    Math.min(
      ...o.goals.flatMap((g) =>
        g.lanes
          .filter((l) => l.tech === tech && !l.meets)
          .flatMap((l) => l.gaps.map((x) => Math.max(0, x.at - x.value))),
      ),
      Number.POSITIVE_INFINITY,
    );
  const score = (i: number) => {
    const t = state.techs[i]!;
    if (t.id === desk.deps.focusTech) return Number.POSITIVE_INFINITY;
    return (t.shortage > 0.005 ? 1000 + t.shortage * 100 : 0) - Math.min(999, nearest(t.id));
  };
  return scenario.technologies
    .map((_, i) => i)
    .sort((a, b) => (score(b) > score(a) ? 1 : score(b) < score(a) ? -1 : a - b));
}

/** "Reset" (when anything changed) and "End turn". */
function endTurnBar(desk: Desk): HTMLElement {
  const { deps, session, side, draft, scenario, state } = desk;
  // An event's question the player has not answered: ending the turn takes its first option, so say so.
  const unanswered = state.pending
    .filter((p) => p.side === side && !draft.some((a) => a.type === 'choose' && a.event === p.event))
    .map((p) => scenario.events.find((e) => e.id === p.event))
    .filter((e) => e?.choice !== undefined);
  // A proposal the player has not accepted: ending the turn refuses it.
  const proposal = proposalTo(state, side);
  const accepted = draft.some((a) => a.type === 'answer' && a.accept);
  return el(
    'div',
    { class: 'end-turn' },
    proposal && !accepted
      ? el(
          'p',
          { class: 'pending-note', role: 'note' },
          t('decide.unansweredProposal', { side: sideName(proposal.side) }),
        )
      : null,
    ...unanswered.map((e) =>
      el(
        'p',
        { class: 'pending-note', role: 'note' },
        t('decide.unanswered', { event: tx(e!.title), option: tx(e!.choice!.options[0]!.label) }),
      ),
    ),
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
  );
}

/** The panel's heading. Keyed, so focus on it survives a redraw (the decisions following the screen's first frame, say). */
export const decisionsHeading = (side: Side): HTMLElement =>
  el(
    'h2',
    { tabindex: '-1', 'data-focus-key': 'heading' },
    sideMark(side),
    ' ',
    t('decide.heading', { side: sideName(side) }),
  );

export function renderDecisions(node: HTMLElement, deps: DecisionsDeps): void {
  const { session, side } = deps;
  const { scenario, state } = session;
  const draft = session.drafts[side];
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
  const check = checkOrders(scenario, state, side, draft);
  const plan = check.ok ? check.value : null;
  const kit = controlKit(session, side);
  const desk: Desk = {
    deps,
    session,
    side,
    scenario,
    state,
    draft,
    plan,
    policy: plan ? policyOf(plan, side) : side === 'holder' ? state.holder.policy : state.challenger.policy,
    kit,
    lanes: lanes(scenario, state),
  };
  const tutorial = scenario.tutorial?.filter((s) => s.turn === state.turn) ?? [];
  fill(
    node,
    decisionsHeading(side),
    ...tutorial.map((s) => {
      // A step is done once this turn's orders use what it unlocked.
      const done = draft.some((a) => (s.unlocks as readonly string[]).includes(a.type));
      return el(
        'div',
        { class: `pending tutorial-step${done ? ' done' : ''}`, role: 'note' },
        tx(s.text),
        done ? el('p', { class: 'step-done', role: 'status' }, `✓ ${t('tutorial.done')}`) : null,
      );
    }),
    el('div', { class: 'summary', 'aria-live': 'polite' }, costLine(desk)),
    moneyIdleNote(desk),
    ...eventChoices(session, side, kit),
    answerPanel(session, side, kit),
    talksPanel(session, side, kit),
    el('h3', {}, t('decide.global')),
    ...globalControls(desk),
    ...byUrgency(desk).map((i) => techCard(desk, scenario.technologies[i]!, i)),
    endTurnBar(desk),
  );
  if (focused)
    node
      .querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)
      ?.focus({ preventScroll: true });
}
