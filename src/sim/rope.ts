// The rope: where each technology stands between the two sides, derived from both make/sell/chain
// triads, moving slowly toward that target. Its explanation splits each move by cause.

import { CAUSES, type Cause } from '../scenario/vocabulary.ts';
import { clamp } from './numbers.ts';
import type { RopeInput, RopeInputs, RopeReport } from './report.ts';
import type { Contribution, GameState, TechState } from './state.ts';
import type { Ledger } from './turn.ts';

export const ROPE_INPUTS = [
  'capC',
  'capH',
  'capacityC',
  'homeC',
  'homeH',
  'abroadC',
  'abroadH',
  'chainC',
  'chainH',
] as const satisfies readonly RopeInput[];

/** Weights of make, sell and chain in a side's strength on a rope. */
export const TRIAD_WEIGHTS = { make: 0.3, sell: 0.35, chain: 0.35 } as const;

/** Share of the gap between rope and target closed each turn, before the scenario's step limit. */
export const ROPE_PULL = 0.35;

export function ropeInputs(t: TechState, effectiveCapacity: number): RopeInputs {
  return {
    capC: t.challenger.capability,
    capH: t.holder.capability,
    capacityC: t.demand.domestic > 0 ? clamp(effectiveCapacity / t.demand.domestic, 0, 1) : 1,
    homeC: t.domestic.challenger,
    // Demand no one could meet still depends on the holder: until someone fills the gap, a shortage its
    // controls made counts on its side of the rope. Controls cost it the rope only once others supply.
    homeH: Math.min(1, t.domestic.holder + t.shortage),
    abroadC: t.foreign.challenger,
    abroadH: t.foreign.holder,
    chainC: t.challenger.chain,
    chainH: t.holder.chain,
  };
}

/** Effective capacity: lines in service, held back by shortages of upstream inputs. */
export function effectiveCapacity(s: GameState, techIndex: number, upstream: readonly number[]): number {
  const t = s.techs[techIndex]!;
  let factor = 1;
  for (const u of upstream) factor = Math.min(factor, s.techs[u]!.fulfilment);
  return t.challenger.capacity * factor;
}

export interface Strength {
  make: number;
  sell: number;
  chain: number;
  total: number;
}

/**
 * How much of its capability the challenger's make counts: 40% with no lines of its own, all of it with
 * lines that serve all of home demand. Know-how without production is only part of making.
 */
export const makeFactor = (capacityShare: number): number => 0.4 + 0.6 * capacityShare;

export function strengths(x: RopeInputs): { holder: Strength; challenger: Strength } {
  const w = TRIAD_WEIGHTS;
  const makeC = x.capC * makeFactor(x.capacityC);
  const sellC = 100 * (0.5 * x.homeC + 0.5 * x.abroadC);
  const makeH = x.capH;
  const sellH = 100 * (0.5 * x.homeH + 0.5 * x.abroadH);
  return {
    challenger: {
      make: makeC,
      sell: sellC,
      chain: x.chainC,
      total: w.make * makeC + w.sell * sellC + w.chain * x.chainC,
    },
    holder: {
      make: makeH,
      sell: sellH,
      chain: x.chainH,
      total: w.make * makeH + w.sell * sellH + w.chain * x.chainH,
    },
  };
}

export function ropeTarget(x: RopeInputs): number {
  const { holder, challenger } = strengths(x);
  const total = holder.total + challenger.total;
  return clamp((100 * (challenger.total - holder.total)) / Math.max(total, 1), -100, 100);
}

export function moveRope(rope: number, target: number, step: number): number {
  return clamp(rope + clamp(ROPE_PULL * (target - rope), -step, step), -100, 100);
}

/**
 * Splits a rope's move by cause. The move is (gap left from earlier turns + change of target) scaled
 * by how far the rope may go; the change of target is split by finite differences over each booked
 * change of each input, then scaled so the parts add up exactly.
 */
export function explainRope(
  tech: string,
  before: RopeInputs,
  after: RopeInputs,
  ledger: Ledger,
  rope: { from: number; to: number; targetFrom: number; targetTo: number },
): RopeReport {
  const inputs = {} as RopeReport['inputs'];
  const byCause = new Map<Cause, number>();
  let linearSum = 0;
  for (const key of ROPE_INPUTS) {
    const booked = { ...(ledger[key] ?? {}) };
    const total = after[key] - before[key];
    let bookedSum = 0;
    for (const c of CAUSES) bookedSum += booked[c] ?? 0;
    const residual = total - bookedSum;
    if (Math.abs(residual) > 1e-9) booked.market = (booked.market ?? 0) + residual;
    const contributions: Contribution[] = [];
    for (const cause of CAUSES) {
      const delta = booked[cause];
      if (delta === undefined || delta === 0) continue;
      contributions.push({ cause, amount: delta });
      const moved = { ...before, [key]: before[key] + delta };
      const effect = ropeTarget(moved) - rope.targetFrom;
      linearSum += effect;
      byCause.set(cause, (byCause.get(cause) ?? 0) + effect);
    }
    inputs[key] = { from: before[key], to: after[key], contributions };
  }
  const targetMove = rope.targetTo - rope.targetFrom;
  const gap = rope.to - rope.from;
  const fullGap = rope.targetTo - rope.from;
  const scale = Math.abs(fullGap) > 1e-12 ? gap / fullGap : 0;
  const contributions: Contribution[] = [];
  const momentum = scale * (rope.targetFrom - rope.from);
  if (Math.abs(momentum) > 1e-9) contributions.push({ cause: 'momentum', amount: momentum });
  // Inputs interact a little; when the linear parts nearly add up, scale them so they sum to the
  // whole, otherwise keep them as they are and book the interaction to the market.
  const fit = Math.abs(linearSum) > 1e-12 ? targetMove / linearSum : 0;
  const scaled = fit >= 0.5 && fit <= 2;
  for (const cause of CAUSES) {
    const part = byCause.get(cause);
    if (part === undefined) continue;
    const amount = part * (scaled ? fit : 1) * scale;
    if (Math.abs(amount) > 1e-9) contributions.push({ cause, amount });
  }
  const rest = scaled ? 0 : (targetMove - linearSum) * scale;
  if (Math.abs(rest) > 1e-9) {
    const market = contributions.find((c) => c.cause === 'market');
    if (market) market.amount += rest;
    else contributions.push({ cause: 'market', amount: rest });
  }
  contributions.sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
  return { tech, from: rope.from, to: rope.to, target: rope.targetTo, contributions, inputs };
}
