// Research: the challenger climbs an S-curve toward a frontier the holder keeps moving.

import { type Side, severity } from '../scenario/vocabulary.ts';
import { own } from './byId.ts';
import { clamp, effort } from './numbers.ts';
import { listedWeight } from './scenarioIndex.ts';
import { addCapabilityC, book, type TurnContext } from './turn.ts';

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

/**
 * A breakthrough is news only when it gains something: at a technology's ceiling it gains nothing, and a
 * note (a news card, a chime) saying "+0.0 capability" tells the player nothing.
 */
function noteBreakthrough(ctx: TurnContext, side: Side, tech: string, amount: number): void {
  if (amount >= 0.05) ctx.report.notes.push({ kind: 'breakthrough', side, tech, amount });
}

/** Odds of a breakthrough this turn: likelier the longer and harder a technology has been funded. */
export function breakthroughOdds(level: number, momentum: number): number {
  return level > 0 ? 0.02 + 0.02 * momentum * (level / 3) : 0;
}

/** Odds that a funded programme suffers a setback this turn (a failed pilot, a yield collapse). */
export function setbackOdds(level: number): number {
  return level > 0 ? 0.02 + 0.01 * level : 0;
}

/** A home customer qualifies the product once it is usable; the first foreign one once it is reliable. */
export const MILESTONE_HOME_SHARE = 0.08;
export const MILESTONE_CHAIN = 4;

/** Each technology's R&D turns out easier or harder than expected: a multiplier drawn once a game. */
export const OUTLOOK_LOW = 0.6;
export const OUTLOOK_SPAN = 0.9;
export const outlookFrom = (u: number): number => Math.round((OUTLOOK_LOW + OUTLOOK_SPAN * u) * 100) / 100;

export function research(ctx: TurnContext, tech: number): void {
  const { s, scenario } = ctx;
  const t = s.techs[tech]!;
  const def = scenario.technologies[tech]!;
  const level = own(s.challenger.policy.research, t.id) ?? 0;
  // Three draws every turn whatever happens, so the stream stays aligned across branches.
  const uNoise = ctx.dice.research.next();
  const uBreak = ctx.dice.research.next();
  const uSize = ctx.dice.research.next();

  const start = t.challenger.capability;
  const e = effort(level) * ctx.paid.challenger;
  const shape = sCurve(t.challenger.capability, t.holder.capability);
  const base = ((PACE * e) / def.difficulty) * shape * (0.7 + 0.6 * uNoise) * t.challenger.outlook;
  const spur = stimulus(ctx, tech);
  const gained =
    addCapabilityC(ctx, tech, 'research', base) + addCapabilityC(ctx, tech, 'stimulus', base * spur);

  let jump = 0;
  if (uBreak < breakthroughOdds(level, t.challenger.momentum) * ctx.paid.challenger) {
    const behind = 1 - clamp(t.challenger.capability / (t.holder.capability + HEADROOM), 0, 1);
    jump = addCapabilityC(ctx, tech, 'breakthrough', 5 + 8 * uSize * (0.5 + behind));
    noteBreakthrough(ctx, 'challenger', t.id, jump);
  } else if (uBreak >= 1 - setbackOdds(level)) {
    jump = addCapabilityC(ctx, tech, 'setback', -(1.5 + 3 * uSize));
    t.challenger.momentum = Math.floor(t.challenger.momentum / 2);
    ctx.report.notes.push({ kind: 'setback', side: 'challenger', tech: t.id, amount: -jump });
  }
  t.challenger.momentum =
    level > 0 ? Math.min(12, t.challenger.momentum + 1) : Math.max(0, t.challenger.momentum - 2);

  const total = gained + jump;
  if (total > 0) {
    for (const n of ctx.index.neighbours[tech]!) ctx.spill[n]! += total * SPILL_LINKED;
    for (const n of ctx.index.sameCategory[tech]!) ctx.spill[n]! += total * SPILL_CATEGORY;
  }
  const r = ctx.report.techs[tech]!;
  r.researchGain = total;
  r.breakthrough = Math.max(0, jump);
  milestones(ctx, tech, start);
}

/**
 * Milestones that jump: the first home customer qualifies the product when R&D makes it usable (buyers
 * move to it at once), and the first foreign customer when R&D makes it reliable (chain jumps). Each once.
 */
export function milestones(ctx: TurnContext, tech: number, start: number): void {
  const t = ctx.s.techs[tech]!;
  const def = ctx.scenario.technologies[tech]!;
  const c = t.challenger;
  const usable = def.usableQuality ?? def.reliabilityThreshold;
  // Only a crossing this turn counts, and each milestone comes once a game.
  if (c.milestones < 1 && start < usable && c.capability >= usable) {
    c.milestones = 1;
    const from = t.domestic.holder + t.domestic.others;
    const moved = Math.min(MILESTONE_HOME_SHARE, from);
    if (moved > 0) {
      const fromHolder = (moved * t.domestic.holder) / from;
      t.domestic = {
        holder: t.domestic.holder - fromHolder,
        challenger: t.domestic.challenger + moved,
        others: t.domestic.others - (moved - fromHolder),
      };
      book(ctx, tech, 'homeC', 'milestone', moved);
      book(ctx, tech, 'homeH', 'milestone', -fromHolder);
    }
    ctx.report.notes.push({ kind: 'milestone', side: 'challenger', tech: t.id, text: 'home', amount: moved });
  }
  if (c.milestones < 2 && start < def.reliabilityThreshold && c.capability >= def.reliabilityThreshold) {
    c.milestones = 2;
    const next = Math.min(100, c.chain + MILESTONE_CHAIN);
    book(ctx, tech, 'chainC', 'milestone', next - c.chain);
    ctx.report.notes.push({
      kind: 'milestone',
      side: 'challenger',
      tech: t.id,
      text: 'abroad',
      amount: next - c.chain,
    });
    c.chain = next;
  }
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
export const HOLDER_PACE = 0.6;
export function holderResearch(ctx: TurnContext, tech: number): void {
  const { s } = ctx;
  const t = s.techs[tech]!;
  // One draw every turn whatever happens: a funded programme may bring out a new generation.
  const uGeneration = ctx.dice.research.next();
  const room = (100 - t.holder.capability) / 10;
  const firms = 0.6 * clamp(s.holder.health, 0, 1.2);
  const level = own(s.holder.policy.research, t.id) ?? 0;
  const funded = effort(level) * ctx.paid.holder;
  const apply = (amount: number, cause: 'holderFirms' | 'holderResearch') => {
    const next = Math.min(100, t.holder.capability + amount);
    book(ctx, tech, 'capH', cause, next - t.holder.capability);
    t.holder.capability = next;
  };
  apply(0.18 * firms * room, 'holderFirms');
  apply(HOLDER_PACE * funded * room, 'holderResearch');
  // A new generation: a step up the frontier, and customers who design it in stay longer.
  if (uGeneration < 0.04 * level * ctx.paid.holder) {
    const before = t.holder.capability;
    apply(2 * room, 'holderResearch');
    const chain = Math.min(100, t.holder.chain + 3);
    book(ctx, tech, 'chainH', 'holderResearch', chain - t.holder.chain);
    t.holder.chain = chain;
    noteBreakthrough(ctx, 'holder', t.id, t.holder.capability - before);
  }
}
