// Fixed strategies: simple, named doctrines that play the same way every game. They check scenarios
// ("does a domestic-only challenger end as the Next Japan?") and set a bar the AI must clear.
import type { Scenario } from '../scenario/schema.ts';
import { type Action, type ControlLevel, checkOrders, type GameState, own, severity } from '../sim/index.ts';
import { type ChallengerStance, challengerOrders } from './ai/challengerDoctrine.ts';
import { DOCTRINE_STANCES } from './ai/personalities.ts';
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

/** A doctrine that plays one of the AI's stances every turn, without looking ahead (`fixed` answers). */
function stanceDoctrine(name: keyof typeof DOCTRINE_STANCES): Player {
  const stance: ChallengerStance = DOCTRINE_STANCES[name];
  return fixed(name, (ctx, add) => {
    for (const a of challengerOrders(ctx.scenario, ctx.state, stance)) add(a);
  });
}

/** Research every technology at a level, build lines toward a target share of home demand. */
function makeAtHome(ctx: PlayerContext, add: (a: Action) => void, research: number, homeTarget: number) {
  const { scenario, state } = ctx;
  for (const def of scenario.technologies) {
    const t = state.techs.find((x) => x.id === def.id)!;
    if ((own(state.challenger.policy.research, def.id) ?? 0) !== research)
      add({ type: 'setResearch', tech: def.id, level: research });
    const planned = t.challenger.capacity + t.challenger.pipeline.reduce((s, l) => s + l.units, 0);
    const wanted = t.demand.domestic * homeTarget;
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
  // The trap: makes and sells at home only.
  'domestic-only': fixed('domestic-only', (ctx, add) => domesticOnly(ctx, add)),
  'research-only': fixed('research-only', (ctx, add) => makeAtHome(ctx, add, 3, 0)),
  // A home base first (focused research, domestic preference, lines), then out into the world:
  // certification, export subsidies and lines for exports.
  exporter: stanceDoctrine('exporter'),
  // Markets first, at home and abroad: domestic preference, certification, export subsidies early, and
  // market access answered to bans, with research on the most promising half.
  globalist: stanceDoctrine('globalist'),
  // Replaces imports at home: researches the most promising, prefers and builds domestic, presses the
  // holder's firms once its own can serve, and at every round of talks offers to keep buying where it
  // still depends on imports, in return for loosening.
  bargainer: stanceDoctrine('bargainer'),
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
      if (severity(own(p.control, def.id) ?? 'open') > 1)
        add({ type: 'setControl', tech: def.id, level: 'license' });
      const share = t.domestic.challenger;
      const cut = share >= 0.3 ? 2 : share >= 0.1 ? 1 : 0;
      if ((own(p.priceCut, def.id) ?? 0) !== cut) add({ type: 'setPriceCut', tech: def.id, level: cut });
      const license = t.challenger.capability >= 0.75 * t.holder.capability;
      if (license !== p.licensed.includes(def.id))
        add({ type: 'setLicense', tech: def.id, licensed: license });
      const research = k < 2 ? 2 : 0;
      if ((own(p.research, def.id) ?? 0) !== research)
        add({ type: 'setResearch', tech: def.id, level: research });
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
