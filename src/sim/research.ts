// Research: the challenger climbs an S-curve toward a frontier the holder keeps moving.
import { own } from './byId.ts';
import { clamp, effort } from './numbers.ts';
import { listedWeight } from './scenarioIndex.ts';
import { addCapabilityC, book, type TurnContext } from './turn.ts';
import { severity } from './vocabulary.ts';

/** Capability points a unit of effort buys on a difficulty-1 technology, at the steepest part of the curve. */
const PACE = 2.0;
/** Headroom above the holder's frontier the challenger can still climb into. */
export const HEADROOM = 8;
const SPILL_LINKED = 0.2;
const SPILL_CATEGORY = 0.08;

/** Slope of the S-curve at capability c: slow at the start (no base), fast in the middle, slow at the frontier. */
export function sCurve(capability: number, frontier: number): number {
  const x = capability / (frontier + HEADROOM);
  return Math.max(0.03, 3.2 * (x + 0.15) * (1.02 - x));
}

/** Efficiency bonus from pressure: controls, entity listing and national resolve spur research. */
export function stimulus(ctx: TurnContext, tech: number): number {
  const { s, scenario } = ctx;
  const id = s.techs[tech]!.id;
  const pressure = severity(own(s.holder.policy.control, id) ?? 'open') / 3;
  const listed = listedWeight(scenario, s.holder.policy.entityList, id);
  return 0.35 * pressure + 0.25 * listed + 0.2 * (s.challenger.resolve / 100);
}

export function breakthroughOdds(level: number, momentum: number): number {
  return level > 0 ? 0.004 + 0.004 * momentum * (level / 3) : 0;
}

export function research(ctx: TurnContext, tech: number): void {
  const { s, scenario } = ctx;
  const t = s.techs[tech]!;
  const def = scenario.technologies[tech]!;
  const level = own(s.challenger.policy.research, t.id) ?? 0;
  // Three draws every turn whatever happens, so the stream stays aligned across branches.
  const uNoise = ctx.dice.research.next();
  const uBreak = ctx.dice.research.next();
  const uSize = ctx.dice.research.next();

  const e = effort(level) * ctx.paid.challenger;
  const shape = sCurve(t.challenger.capability, t.holder.capability);
  const base = ((PACE * e) / def.difficulty) * shape * (0.7 + 0.6 * uNoise);
  const spur = stimulus(ctx, tech);
  const gained =
    addCapabilityC(ctx, tech, 'research', base) + addCapabilityC(ctx, tech, 'stimulus', base * spur);

  let jump = 0;
  if (uBreak < breakthroughOdds(level, t.challenger.momentum) * ctx.paid.challenger) {
    const behind = 1 - clamp(t.challenger.capability / (t.holder.capability + HEADROOM), 0, 1);
    jump = addCapabilityC(ctx, tech, 'breakthrough', 4 + 4 * uSize * (0.5 + behind));
    ctx.report.notes.push({ kind: 'breakthrough', side: 'challenger', tech: t.id, amount: jump });
  }
  t.challenger.momentum =
    level > 0 ? Math.min(12, t.challenger.momentum + 1) : Math.max(0, t.challenger.momentum - 2);

  const total = gained + jump;
  for (const n of ctx.index.neighbours[tech]!) ctx.spill[n]! += total * SPILL_LINKED;
  for (const n of ctx.index.sameCategory[tech]!) ctx.spill[n]! += total * SPILL_CATEGORY;
  const r = ctx.report.techs[tech]!;
  r.researchGain = total;
  r.breakthrough = jump;
}

/** Spillovers land after every technology has researched, so the order of the file does not matter. */
export function applySpillovers(ctx: TurnContext): void {
  ctx.spill.forEach((amount, tech) => {
    if (amount <= 0) return;
    const t = ctx.s.techs[tech]!;
    // Knowledge from neighbours helps less the nearer a technology is to the frontier.
    const room = clamp(1 - t.challenger.capability / (t.holder.capability + HEADROOM), 0, 1);
    addCapabilityC(ctx, tech, 'spillover', amount * room);
  });
}

/** Each round of production teaches something: the first product is poor and improves as it is made. */
export function learnByDoing(ctx: TurnContext, tech: number, production: number): void {
  const t = ctx.s.techs[tech]!;
  if (t.demand.domestic <= 0) return;
  const volume = clamp(production / t.demand.domestic, 0, 1);
  addCapabilityC(ctx, tech, 'learning', 0.8 * volume * (1 - t.challenger.capability / 100));
}

/** The holder's frontier moves: its firms fund research out of revenue, and the state can add more. */
export function holderResearch(ctx: TurnContext, tech: number): void {
  const { s } = ctx;
  const t = s.techs[tech]!;
  const room = (100 - t.holder.capability) / 10;
  const firms = 0.6 * clamp(s.holder.health, 0, 1.2);
  const funded = effort(own(s.holder.policy.research, t.id) ?? 0) * ctx.paid.holder;
  const apply = (amount: number, cause: 'holderFirms' | 'holderResearch') => {
    const next = Math.min(100, t.holder.capability + amount);
    book(ctx, tech, 'capH', cause, next - t.holder.capability);
    t.holder.capability = next;
  };
  apply(0.18 * firms * room, 'holderFirms');
  apply(0.18 * funded * room, 'holderResearch');
}
