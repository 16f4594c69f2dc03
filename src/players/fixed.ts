// Fixed strategies: simple, named doctrines that play the same way every game. They check scenarios
// ("does a domestic-only challenger end as the Next Japan?") and set a bar the AI must clear.
import { type Action, type ControlLevel, checkOrders } from '../sim/index.ts';
import type { Player, PlayerContext } from './player.ts';

type Doctrine = (ctx: PlayerContext, add: (a: Action) => void) => void;

function fixed(name: string, doctrine: Doctrine): Player {
  return {
    name: `fixed:${name}`,
    decide(ctx) {
      const orders: Action[] = [];
      // Each move is kept only if the whole order stays legal: a doctrine never breaks the rules.
      doctrine(ctx, (a) => {
        if (checkOrders(ctx.scenario, ctx.state, ctx.side, [...orders, a]).ok) orders.push(a);
      });
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
    if ((state.challenger.policy.research[def.id] ?? 0) !== research)
      add({ type: 'setResearch', tech: def.id, level: research });
    const planned = t.challenger.capacity + t.challenger.pipeline.reduce((s, l) => s + l.units, 0);
    const wanted = t.demand.domestic * homeTarget + t.demand.foreign * exportTarget;
    if (planned < wanted && t.challenger.capability >= 30) add({ type: 'buildLine', tech: def.id, lines: 1 });
  }
}

const challenger = {
  'domestic-only': fixed('domestic-only', (ctx, add) => {
    makeAtHome(ctx, add, 2, 0.6);
    for (const def of ctx.scenario.technologies) {
      if ((ctx.state.challenger.policy.procurement[def.id] ?? 0) < 2)
        add({ type: 'setProcurement', tech: def.id, level: 2 });
    }
  }),
  'research-only': fixed('research-only', (ctx, add) => makeAtHome(ctx, add, 3, 0)),
  exporter: fixed('exporter', (ctx, add) => {
    const { scenario, state } = ctx;
    makeAtHome(ctx, add, 2, 0.4, 0.1);
    for (const def of scenario.technologies) {
      const t = state.techs.find((x) => x.id === def.id)!;
      if ((state.challenger.policy.procurement[def.id] ?? 0) < 1)
        add({ type: 'setProcurement', tech: def.id, level: 1 });
      const nearReady = t.challenger.capability >= def.reliabilityThreshold - 5;
      if (nearReady && (state.challenger.policy.ecosystem[def.id] ?? 0) < 2)
        add({ type: 'setEcosystem', tech: def.id, level: 2 });
      if (t.challenger.chain >= 10 && (state.challenger.policy.exportDrive[def.id] ?? 0) < 2)
        add({ type: 'setExportDrive', tech: def.id, level: 2 });
    }
  }),
} as const;

function controlAll(level: ControlLevel): Doctrine {
  return ({ scenario, state }, add) => {
    for (const def of scenario.technologies) {
      if (state.holder.policy.control[def.id] !== level) add({ type: 'setControl', tech: def.id, level });
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
