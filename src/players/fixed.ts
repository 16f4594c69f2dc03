// Fixed strategies: simple, named doctrines that play the same way every game. They check scenarios
// ("does a domestic-only challenger end as the Next Japan?") and set a bar the AI must clear.
import type { Scenario } from '../scenario/schema.ts';
import { type Action, type ControlLevel, checkOrders, type GameState, own, severity } from '../sim/index.ts';
import { answerOrders } from './answer.ts';
import type { Player, PlayerContext } from './player.ts';

type Doctrine = (ctx: PlayerContext, add: (a: Action) => void) => void;

function fixed(name: string, doctrine: Doctrine): Player {
  return {
    name: `fixed:${name}`,
    decide(ctx) {
      const orders: Action[] = [];
      // Each move is kept only if the whole order stays legal: a doctrine never breaks the rules.
      const add = (a: Action) => {
        if (checkOrders(ctx.scenario, ctx.state, ctx.side, [...orders, a]).ok) orders.push(a);
      };
      doctrine(ctx, add);
      for (const a of answerOrders(ctx.state, ctx.side)) add(a);
      return orders;
    },
  };
}

/** Research every technology at a level, build lines toward a target share of home demand. */
function makeAtHome(
  ctx: PlayerContext,
  add: (a: Action) => void,
  research: number,
  homeTarget: number,
  exportTarget = 0,
) {
  const { scenario, state } = ctx;
  for (const def of scenario.technologies) {
    const t = state.techs.find((x) => x.id === def.id)!;
    if ((own(state.challenger.policy.research, def.id) ?? 0) !== research)
      add({ type: 'setResearch', tech: def.id, level: research });
    const planned = t.challenger.capacity + t.challenger.pipeline.reduce((s, l) => s + l.units, 0);
    const wanted = t.demand.domestic * homeTarget + t.demand.foreign * exportTarget;
    if (planned < wanted && t.challenger.capability >= 30) add({ type: 'buildLine', tech: def.id, lines: 1 });
  }
}

function domesticOnly(ctx: PlayerContext, add: (a: Action) => void) {
  makeAtHome(ctx, add, 2, 0.6);
  for (const def of ctx.scenario.technologies) {
    if ((own(ctx.state.challenger.policy.procurement, def.id) ?? 0) < 2)
      add({ type: 'setProcurement', tech: def.id, level: 2 });
  }
}

const challenger = {
  'domestic-only': fixed('domestic-only', (ctx, add) => domesticOnly(ctx, add)),
  'research-only': fixed('research-only', (ctx, add) => makeAtHome(ctx, add, 3, 0)),
  exporter: fixed('exporter', (ctx, add) => {
    const { scenario, state } = ctx;
    makeAtHome(ctx, add, 2, 0.4, 0.1);
    for (const def of scenario.technologies) {
      const t = state.techs.find((x) => x.id === def.id)!;
      if ((own(state.challenger.policy.procurement, def.id) ?? 0) < 1)
        add({ type: 'setProcurement', tech: def.id, level: 1 });
      const nearReady = t.challenger.capability >= def.reliabilityThreshold - 5;
      if (nearReady && (own(state.challenger.policy.ecosystem, def.id) ?? 0) < 2)
        add({ type: 'setEcosystem', tech: def.id, level: 2 });
      if (t.challenger.chain >= 10 && (own(state.challenger.policy.exportDrive, def.id) ?? 0) < 2)
        add({ type: 'setExportDrive', tech: def.id, level: 2 });
    }
  }),
  // Plays for the world market on a budget: certifies what is nearly reliable enough, researches the
  // most valuable technologies, drives exports once customers trust them, and builds lines for exports
  // as well as for home. Its standing spending is kept within most of its income, so lines get built.
  globalist: fixed('globalist', (ctx, add) => {
    const { scenario, state } = ctx;
    const techs = scenario.technologies
      .map((def, i) => ({ def, t: state.techs[i]!, value: def.domesticDemand * def.price }))
      .sort((a, b) => b.value - a.value);
    const dials = ['setResearch', 'setEcosystem', 'setExportDrive'] as const;
    type Dial = (typeof dials)[number];
    const levels = new Map<string, Record<Dial, number>>(
      techs.map(({ def }) => [def.id, { setResearch: 0, setEcosystem: 0, setExportDrive: 0 }]),
    );
    const asOrders = (): Action[] =>
      techs.flatMap(({ def }) =>
        dials.map((type) => ({ type, tech: def.id, level: levels.get(def.id)![type] })),
      );
    // Most of the income, plus savings spent down over a couple of years.
    const limit = 0.7 * state.challenger.income + state.challenger.money / 8;
    const raise = (tech: string, dial: Dial, level: number) => {
      const l = levels.get(tech)!;
      if (l[dial] >= level) return;
      const was = l[dial];
      l[dial] = level;
      const plan = checkOrders(scenario, state, 'challenger', asOrders());
      if (!plan.ok || plan.value.upkeep.total > limit) l[dial] = was;
    };
    for (const { def, t } of techs) {
      const thr = def.reliabilityThreshold;
      if (t.challenger.capability >= thr - 8) raise(def.id, 'setEcosystem', 2);
    }
    for (const { def, t } of techs)
      if (t.challenger.capability < def.reliabilityThreshold + 5) raise(def.id, 'setResearch', 2);
    for (const { def, t } of techs) {
      if (t.challenger.chain >= 15 && t.challenger.capability >= def.reliabilityThreshold * 0.8)
        raise(def.id, 'setExportDrive', t.challenger.chain >= 35 ? 2 : 1);
    }
    for (const { def, t } of techs.slice(0, 2)) {
      if (t.challenger.capability >= def.reliabilityThreshold - 8) raise(def.id, 'setEcosystem', 3);
      if (t.challenger.capability < def.reliabilityThreshold + 5) raise(def.id, 'setResearch', 3);
    }
    for (const { def } of techs) raise(def.id, 'setResearch', 1);
    const policy = state.challenger.policy;
    const current: Record<Dial, Record<string, number>> = {
      setResearch: policy.research,
      setEcosystem: policy.ecosystem,
      setExportDrive: policy.exportDrive,
    };
    // Cuts first, so that what they free pays for the raises.
    for (const cut of [true, false])
      for (const { def } of techs)
        for (const type of dials) {
          const level = levels.get(def.id)![type];
          const now = own(current[type], def.id) ?? 0;
          if (level !== now && level < now === cut) add({ type, tech: def.id, level });
        }
    for (const { def } of techs)
      if ((own(policy.procurement, def.id) ?? 0) < 1) add({ type: 'setProcurement', tech: def.id, level: 1 });
    for (const { def, t } of techs) {
      const planned = t.challenger.capacity + t.challenger.pipeline.reduce((sum, l) => sum + l.units, 0);
      const abroad =
        t.challenger.capability >= def.reliabilityThreshold * 0.8 ? t.foreign.challenger + 0.05 : 0;
      const wanted =
        t.demand.domestic * Math.max(0.4, t.domestic.challenger + 0.1) + t.demand.foreign * abroad;
      if (planned < wanted && t.challenger.capability >= 30)
        add({ type: 'buildLine', tech: def.id, lines: planned < 0.7 * wanted ? 2 : 1 });
    }
  }),
  // Makes and sells at home, and at every round of talks offers to keep buying the holder's product
  // where the holder's control bites hardest, in return for loosening it.
  bargainer: fixed('bargainer', (ctx, add) => {
    domesticOnly(ctx, add);
    const tech = tightestControl(ctx.scenario, ctx.state);
    if (ctx.state.talks.open && tech) add({ type: 'offer', gives: [{ kind: 'purchase', tech }] });
  }),
} as const;

/** The most valuable technology under the most severe control, or null when nothing is controlled. */
export function tightestControl(scenario: Scenario, state: GameState): string | null {
  let best: { id: string; sev: number; value: number } | null = null;
  for (const def of scenario.technologies) {
    const sev = severity(own(state.holder.policy.control, def.id) ?? 'open');
    const value = def.domesticDemand * def.price;
    if (sev > 0 && (!best || sev > best.sev || (sev === best.sev && value > best.value)))
      best = { id: def.id, sev, value };
  }
  return best?.id ?? null;
}

function controlAll(level: ControlLevel): Doctrine {
  return ({ scenario, state }, add) => {
    for (const def of scenario.technologies) {
      if (own(state.holder.policy.control, def.id) !== level)
        add({ type: 'setControl', tech: def.id, level });
    }
  };
}

const holder = {
  hawk: fixed('hawk', (ctx, add) => {
    controlAll('ban')(ctx, add);
    for (const c of ctx.scenario.champions) {
      if (!ctx.state.holder.policy.entityList.includes(c.id))
        add({ type: 'setEntityList', champion: c.id, listed: true });
    }
    if (ctx.state.holder.policy.allies < 2) add({ type: 'setAllies', level: 2 });
  }),
  licensor: fixed('licensor', controlAll('license')),
  // Keeps the controls it inherits and at every round of talks offers to loosen the tightest one.
  trader: fixed('trader', (ctx, add) => {
    const tech = tightestControl(ctx.scenario, ctx.state);
    if (ctx.state.talks.open && tech) add({ type: 'offer', gives: [{ kind: 'loosen', tech }] });
  }),
  // Competes instead of controlling: keeps markets open (a licence requirement at most), undercuts the
  // challenger where it has won buyers, licenses what it nearly has for royalties, and out-researches it
  // on the biggest markets.
  competitor: fixed('competitor', (ctx, add) => {
    const { scenario, state } = ctx;
    const p = state.holder.policy;
    const byValue = scenario.technologies
      .map((def, i) => ({ def, t: state.techs[i]! }))
      .sort((a, b) => b.def.domesticDemand * b.def.price - a.def.domesticDemand * a.def.price);
    for (const [k, { def, t }] of byValue.entries()) {
      if (severity(p.control[def.id] ?? 'open') > 1)
        add({ type: 'setControl', tech: def.id, level: 'license' });
      const share = t.domestic.challenger;
      const cut = share >= 0.3 ? 2 : share >= 0.1 ? 1 : 0;
      if ((own(p.priceCut, def.id) ?? 0) !== cut) add({ type: 'setPriceCut', tech: def.id, level: cut });
      const license = t.challenger.capability >= 0.75 * t.holder.capability;
      if (license !== p.licensed.includes(def.id))
        add({ type: 'setLicense', tech: def.id, licensed: license });
      const research = k < 2 ? 2 : 0;
      if ((p.research[def.id] ?? 0) !== research) add({ type: 'setResearch', tech: def.id, level: research });
    }
  }),
  dove: fixed('dove', (ctx, add) => {
    controlAll('open')(ctx, add);
    if (ctx.state.holder.policy.support < 1) add({ type: 'setSupport', level: 1 });
  }),
} as const;

/** Every fixed player by its full name (`fixed:<doctrine>`). Each doctrine plays one side. */
export const FIXED_PLAYERS: Record<string, { player: Player; side: 'holder' | 'challenger' }> =
  Object.fromEntries([
    ...Object.values(challenger).map((p) => [p.name, { player: p, side: 'challenger' as const }]),
    ...Object.values(holder).map((p) => [p.name, { player: p, side: 'holder' as const }]),
  ]);
