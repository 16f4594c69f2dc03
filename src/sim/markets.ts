// Markets: who supplies the challenger's home market and the rest of the world. Buyers drift slowly
// toward the supplier that offers the best quality for the money, at the pace of qualification; export
// controls, allies and capacity cap volumes at once, and whatever no one can ship is a shortage.

import type { Scenario } from '../scenario/schema.ts';
import { type Cause, SUPPLIERS, severity } from '../scenario/vocabulary.ts';
import { own } from './byId.ts';
import { clamp, learningCost, quality } from './numbers.ts';
import { learnByDoing } from './research.ts';
import { effectiveCapacity } from './rope.ts';
import { listedWeight } from './scenarioIndex.ts';
import type { GameState, Shares } from './state.ts';
import { addCapabilityC, book, type TurnContext } from './turn.ts';

/** Multiplier on domestic appeal for each procurement-preference level. */
export const PREFERENCE = [1, 1.8, 3, 5] as const;
/** Share of home demand the holder may ship, by control severity. */
export const CONTROL_ACCESS = [1, 0.75, 0.9, 0] as const;
/** Licences delay and deter buyers. */
export const CONTROL_FRICTION = [1, 0.85, 1, 0] as const;
/** Appeal of the holder's firms at home under each market-access level, and the volume they may ship. */
export const MARKET_ACCESS_APPEAL = [1, 0.6, 0.25] as const;
export const MARKET_ACCESS_VOLUME = [1, 1, 0.5] as const;
/** Below this capability no buyer can use a product at all, not even in a shortage. */
export const USABLE = 15;
const EXPORT_DRIVE_DISCOUNT = 0.12;
/** Each level of a holder's price cut takes this much off its firms' price. */
export const PRICE_CUT_STEP = 0.1;
/** A licence's royalty, as a share of the market price of each unit the challenger makes. */
export const ROYALTY = 0.2;
/** Capability a licence passes on each turn, times the share of the gap still open. */
export const LICENCE_LEAK = 0.6;
const SUPPORT_APPEAL = 0.15;

/** Home share a product below its technology's usable quality can still take, at the bottom of the range. */
export const UNUSABLE_HOME_SHARE = 0.1;
/** In a shortage, buyers with nothing else take a poor (but not unusable) product for up to half their needs. */
export const FORCED_HOME_SHARE = 0.5;

/**
 * The most of its home market the challenger's product can take at this capability: buyers use a product
 * below the technology's usable quality only where little depends on it, whatever the policy. It rises
 * from UNUSABLE_HOME_SHARE at USABLE, on a square (slow at first), to no cap at usableQuality.
 */
export function homeShareCap(capability: number, usableQuality: number | undefined): number {
  if (usableQuality === undefined || capability >= usableQuality) return 1;
  const x = clamp((capability - USABLE) / Math.max(1, usableQuality - USABLE), 0, 1);
  return UNUSABLE_HOME_SHARE + (1 - UNUSABLE_HOME_SHARE) * x * x;
}

export const offerPrice = (unitCost: number, price: number): number => Math.max(unitCost * 1.1, 0.5 * price);
const valueForMoney = (price: number, offered: number): number => clamp(price / offered, 0.2, 2);

type HomeFactor = 'procurement' | 'marketAccess' | 'control' | 'negotiation' | 'priceCut';
type ForeignFactor = 'exportDrive' | 'support' | 'priceCut';

const normalise = (a: Shares): Shares => {
  const total = a.holder + a.challenger + a.others;
  return total > 0
    ? { holder: a.holder / total, challenger: a.challenger / total, others: a.others / total }
    : { holder: 0, challenger: 0, others: 0 };
};

function bookShares(
  ctx: TurnContext,
  tech: number,
  market: 'home' | 'abroad',
  cause: Cause,
  delta: Shares,
  scale = 1,
) {
  book(ctx, tech, market === 'home' ? 'homeC' : 'abroadC', cause, delta.challenger * scale);
  book(ctx, tech, market === 'home' ? 'homeH' : 'abroadH', cause, delta.holder * scale);
}

/** Gives unmet demand to suppliers with room, in proportion to appeal, until it is placed or no one has room. */
function fillGaps(got: Shares, caps: Shares, appeal: Shares, demand: number): number {
  let unmet = demand - (got.holder + got.challenger + got.others);
  for (let pass = 0; pass < 3 && unmet > 1e-9; pass++) {
    let weight = 0;
    for (const x of SUPPLIERS) if (caps[x] - got[x] > 1e-9) weight += appeal[x];
    if (weight <= 0) break;
    let placed = 0;
    for (const x of SUPPLIERS) {
      const room = caps[x] - got[x];
      if (room <= 1e-9) continue;
      const take = Math.min(room, (unmet * appeal[x]) / weight);
      got[x] += take;
      placed += take;
    }
    unmet -= placed;
  }
  return Math.max(0, unmet);
}

/** How much the holder and third countries may ship into the challenger's home market this turn. */
export function importLimits(s: GameState, scenario: Scenario, tech: number) {
  const t = s.techs[tech]!;
  const sev = severity(own(s.holder.policy.control, t.id) ?? 'open');
  const listed = listedWeight(scenario, s.holder.policy.entityList, t.id);
  const allies = s.holder.policy.allies / 3;
  const volume = MARKET_ACCESS_VOLUME[s.challenger.policy.marketAccess]!;
  // Allies that join the controls stop third-country shipments too; unilateral controls leak.
  const restrictOthers = clamp(allies * (sev / 3) * 0.9 + allies * listed * 0.5, 0, 1);
  return {
    sev,
    listed,
    volume,
    restrictOthers,
    holder: t.demand.domestic * CONTROL_ACCESS[sev]! * (1 - listed) * volume,
    others: t.others.capacity * (1 - restrictOthers),
  };
}

/** Buyers abroad consider the challenger's product only from this share of the reliability line on. */
const EXPORT_BAR = 0.8;
/** The capability buyers abroad ask before they consider the challenger's product at all. */
export const exportBar = (def: { reliabilityThreshold: number }): number =>
  def.reliabilityThreshold * EXPORT_BAR;

export function markets(ctx: TurnContext, tech: number): void {
  const { s, scenario } = ctx;
  const t = s.techs[tech]!;
  const def = scenario.technologies[tech]!;
  const D = t.demand.domestic;
  const F = t.demand.foreign;
  const price = def.price;
  const limits = importLimits(s, scenario, tech);
  const { sev, listed } = limits;
  const access = s.challenger.policy.marketAccess;
  const pref = own(s.challenger.policy.procurement, t.id) ?? 0;
  const drive = own(s.challenger.policy.exportDrive, t.id) ?? 0;
  const support = s.holder.policy.support;
  const purchase = s.deals.some((d) =>
    d.challengerGives.some((i) => i.kind === 'purchase' && i.tech === t.id),
  );
  const capacity = effectiveCapacity(
    s,
    tech,
    def.dependsOn.map((d) => ctx.index.techIndex.get(d)!),
  );
  const controlCause: Cause = ctx.loosenedByDeal.has(t.id) ? 'negotiation' : 'control';

  // What each supplier is worth to a buyer.
  const capHIn = sev === 2 ? Math.min(t.holder.capability, def.downgradeCap) : t.holder.capability;
  // A price cut wins buyers back at the firms' margin, never below their cost.
  const listH = Math.max(price, t.holder.unitCost * 1.1);
  const priceH = Math.max(
    t.holder.unitCost * 1.1,
    price * (1 - PRICE_CUT_STEP * (own(s.holder.policy.priceCut, t.id) ?? 0)),
  );
  const kHList = valueForMoney(price, listH);
  const kHCut = valueForMoney(price, Math.min(listH, priceH));
  const kO = valueForMoney(price, offerPrice(t.others.unitCost, price));
  const homePriceC = offerPrice(t.challenger.unitCost, price);
  const foreignPriceC = homePriceC * (1 - EXPORT_DRIVE_DISCOUNT * drive);
  const usable = t.challenger.capability >= USABLE;

  const homeAppeal = (off: HomeFactor | null): Shares => ({
    holder:
      quality(off === 'control' ? t.holder.capability : capHIn) *
      (off === 'priceCut' ? kHList : kHCut) *
      (0.4 + 0.6 * (t.holder.chain / 100)) *
      (off === 'control' ? 1 : CONTROL_FRICTION[sev]!) *
      (off === 'marketAccess' ? 1 : MARKET_ACCESS_APPEAL[access]!) *
      (purchase && off !== 'negotiation' ? 2 : 1),
    challenger: usable
      ? quality(t.challenger.capability) *
        valueForMoney(price, homePriceC) *
        (0.6 + 0.4 * (t.challenger.chain / 100)) *
        (off === 'procurement' ? 1 : PREFERENCE[pref]!)
      : 0,
    others: quality(t.others.capability) * kO * (0.4 + 0.6 * (t.others.chain / 100)),
  });
  const foreignAppeal = (off: ForeignFactor | null): Shares => {
    const trust = (chain: number) => (chain / 100) * (chain / 100);
    return {
      holder:
        quality(t.holder.capability) *
        (off === 'priceCut' ? kHList : kHCut) *
        trust(t.holder.chain) *
        (off === 'support' ? 1 : 1 + SUPPORT_APPEAL * support),
      challenger:
        t.challenger.capability >= exportBar(def)
          ? quality(t.challenger.capability) *
            valueForMoney(price, off === 'exportDrive' ? homePriceC : foreignPriceC) *
            trust(t.challenger.chain)
          : 0,
      others: quality(t.others.capability) * kO * trust(t.others.chain),
    };
  };

  // --- Home market ---
  const appeal = homeAppeal(null);
  const target = normalise(appeal);
  const before: Shares = { ...t.domestic };
  const prior = before.holder + before.challenger + before.others > 0 ? normalise(before) : target;
  // A buy-domestic preference hurries buyers toward the domestic product, never away from it.
  const hurry = target.challenger > prior.challenger ? 1 + 0.15 * pref : 1;
  const homeRate = clamp(1.5 / def.homeQualificationTurns, 0.05, 0.5) * hurry;
  const drifted: Shares = { holder: 0, challenger: 0, others: 0 };
  for (const x of SUPPLIERS) drifted[x] = prior[x] + homeRate * (target[x] - prior[x]);
  for (const factor of ['procurement', 'marketAccess', 'control', 'negotiation', 'priceCut'] as const) {
    const without = normalise(homeAppeal(factor));
    const part: Shares = {
      holder: homeRate * (target.holder - without.holder),
      challenger: homeRate * (target.challenger - without.challenger),
      others: homeRate * (target.others - without.others),
    };
    bookShares(ctx, tech, 'home', factor === 'control' ? controlCause : factor, part);
  }

  // Volumes: controls, the entity list, allies and capacity cap them at once.
  const usableCap = homeShareCap(t.challenger.capability, def.usableQuality) * D;
  const caps: Shares = {
    holder: limits.holder,
    challenger: usable ? Math.min(capacity, usableCap) : 0,
    others: limits.others,
  };
  const got: Shares = { holder: 0, challenger: 0, others: 0 };
  for (const x of SUPPLIERS) got[x] = Math.min(drifted[x] * D, caps[x]);
  const cuts = new Map<Cause, number>();
  const cut = (cause: Cause, amount: number) =>
    amount > 0 && cuts.set(cause, (cuts.get(cause) ?? 0) + amount);
  const cutH = drifted.holder * D - got.holder;
  if (cutH > 0) {
    const parts = [
      D * (1 - CONTROL_ACCESS[sev]!),
      D * CONTROL_ACCESS[sev]! * listed,
      D * CONTROL_ACCESS[sev]! * (1 - listed) * (1 - limits.volume),
    ];
    const total = parts[0]! + parts[1]! + parts[2]!;
    if (total > 0) {
      cut(controlCause, (cutH * parts[0]!) / total);
      cut('entityList', (cutH * parts[1]!) / total);
      cut('marketAccess', (cutH * parts[2]!) / total);
    }
  }
  const cutO = drifted.others * D - got.others;
  if (cutO > 0) {
    const byAllies = Math.min(cutO, t.others.capacity * limits.restrictOthers);
    cut('allies', byAllies);
    cut('market', cutO - byAllies);
  }
  const cutC = drifted.challenger * D - got.challenger;
  if (cutC > 0) {
    // Of the cut, what lies between the usable-quality cap and the capacity is the product's quality.
    const byQuality = Math.min(cutC, Math.max(0, capacity - usableCap));
    const byUpstream = Math.min(cutC - byQuality, t.challenger.capacity - capacity);
    cut('usableQuality', byQuality);
    cut('upstream', byUpstream);
    cut('capacity', cutC - byQuality - byUpstream);
  }
  // Buyers short of supply take what anyone can ship, even a poor domestic product (forced substitution).
  const forced: Shares = {
    holder: appeal.holder + 1e-6,
    challenger: usable ? appeal.challenger + 1e-3 : 0,
    others: appeal.others + 1e-6,
  };
  const forcedCaps: Shares = {
    ...caps,
    challenger: usable ? Math.min(capacity, Math.max(usableCap, FORCED_HOME_SHARE * D)) : 0,
  };
  // Others with room first; only what no one else can ship goes to a poor product above its cap.
  let shortage = fillGaps(got, caps, forced, D);
  if (shortage > 1e-9) shortage = fillGaps(got, forcedCaps, forced, D);
  const used = Math.min(t.challenger.stockpile, shortage);
  t.challenger.stockpile -= used;
  shortage -= used;
  respondToShortage(ctx, tech, shortage, limits.restrictOthers, usable);
  const realised: Shares = { holder: got.holder / D, challenger: got.challenger / D, others: got.others / D };
  // The share moves not explained by drift are the caps' doing, shared among the causes of the cuts.
  const capMove: Shares = {
    holder: realised.holder - before.holder - (drifted.holder - prior.holder),
    challenger: realised.challenger - before.challenger - (drifted.challenger - prior.challenger),
    others: 0,
  };
  let cutTotal = 0;
  for (const v of cuts.values()) cutTotal += v;
  if (cutTotal > 0)
    for (const [cause, v] of cuts) bookShares(ctx, tech, 'home', cause, capMove, v / cutTotal);
  t.domestic = realised;
  t.shortage = D > 0 ? shortage / D : 0;
  t.fulfilment = 1 - t.shortage;

  // Downstream loses value when it must use inputs worse than the frontier: poor domestic parts or a capped special edition.
  const gapTo = (cap: number) => Math.max(0, t.holder.capability - cap) / 100;
  ctx.qualityLoss[tech] =
    0.6 *
    (realised.holder * gapTo(capHIn) +
      realised.challenger * gapTo(t.challenger.capability) +
      realised.others * gapTo(t.others.capability));

  // --- Foreign market ---
  const foreignRate = clamp(1 / def.foreignQualificationTurns, 0.04, 0.35);
  const fAppeal = foreignAppeal(null);
  const fTarget = normalise(fAppeal);
  const fBefore: Shares = { ...t.foreign };
  const fPrior = normalise(fBefore);
  const fDrift: Shares = { holder: 0, challenger: 0, others: 0 };
  for (const x of SUPPLIERS) fDrift[x] = fPrior[x] + foreignRate * (fTarget[x] - fPrior[x]);
  for (const factor of ['exportDrive', 'support', 'priceCut'] as const) {
    const without = normalise(foreignAppeal(factor));
    bookShares(ctx, tech, 'abroad', factor, {
      holder: foreignRate * (fTarget.holder - without.holder),
      challenger: foreignRate * (fTarget.challenger - without.challenger),
      others: 0,
    });
  }
  const fCaps: Shares = {
    holder: Number.POSITIVE_INFINITY,
    challenger: Math.max(0, capacity - got.challenger),
    others: Number.POSITIVE_INFINITY,
  };
  const fGot: Shares = { holder: 0, challenger: 0, others: 0 };
  for (const x of SUPPLIERS) fGot[x] = Math.min(fDrift[x] * F, fCaps[x]);
  const fCut = fDrift.challenger * F - fGot.challenger;
  fillGaps(fGot, fCaps, { holder: fAppeal.holder + 1e-6, challenger: 0, others: fAppeal.others + 1e-6 }, F);
  const fRealised: Shares = {
    holder: fGot.holder / F,
    challenger: fGot.challenger / F,
    others: fGot.others / F,
  };
  if (fCut > 0) {
    bookShares(ctx, tech, 'abroad', 'capacity', {
      holder: fRealised.holder - fBefore.holder - (fDrift.holder - fPrior.holder),
      challenger: fRealised.challenger - fBefore.challenger - (fDrift.challenger - fPrior.challenger),
      others: 0,
    });
  }
  t.foreign = fRealised;

  // --- Production, cost and revenue ---
  const production = got.challenger + fGot.challenger;
  const c = t.challenger;
  c.cumulative += production;
  c.unitCost = learningCost(c.baseCost, c.baseCumulative, c.cumulative, def.learningRate);
  learnByDoing(ctx, tech, production);
  ctx.revenue.holder[tech] = Math.min(listH, priceH) * (got.holder + fGot.holder);
  ctx.revenue.challenger[tech] = homePriceC * got.challenger + foreignPriceC * fGot.challenger;
  // A licence: the holder's firms earn a royalty on what the challenger makes, and know-how leaks.
  if (s.holder.policy.licensed.includes(t.id)) {
    const royalty = ROYALTY * price * production;
    ctx.revenue.holder[tech] += royalty;
    ctx.revenue.challenger[tech] = Math.max(0, ctx.revenue.challenger[tech]! - royalty);
    const gap = clamp(1 - c.capability / Math.max(1, t.holder.capability), 0, 1);
    addCapabilityC(ctx, tech, 'licensing', LICENCE_LEAK * gap);
  }
  const r = ctx.report.techs[tech]!;
  r.shortage = t.shortage;
  r.stockpileUsed = used;
  r.production = production;
  r.unitCost = c.unitCost;
  r.revenue = { holder: ctx.revenue.holder[tech]!, challenger: ctx.revenue.challenger[tech]! };
  if (used > 0)
    ctx.report.notes.push({ kind: 'stockpile-used', side: 'challenger', tech: t.id, amount: used });
}

/**
 * A shortage is an opening. Third countries ship more where allies do not stop them (unilateral
 * controls leak more each turn, and the holder's firms lose that market for good), and domestic firms
 * add capacity for desperate buyers: the market's part of the stimulus. Both arrive next turn.
 */
export const LEAK_GROWTH = 0.15;
export const EMERGENCY_BUILD = 0.1;

function respondToShortage(
  ctx: TurnContext,
  tech: number,
  shortage: number,
  restrictOthers: number,
  usable: boolean,
) {
  if (shortage <= 0) return;
  const t = ctx.s.techs[tech]!;
  t.others.capacity += LEAK_GROWTH * shortage * (1 - restrictOthers);
  if (usable) {
    const units = EMERGENCY_BUILD * shortage;
    t.challenger.capacity += units;
    ctx.report.techs[tech]!.linesOnline += units;
  }
}

/** Units of imports the challenger could buy now for a stockpile, per quarter of demand. */
export function importAvailability(s: GameState, scenario: Scenario, tech: number): number {
  const limits = importLimits(s, scenario, tech);
  return Math.min(s.techs[tech]!.demand.domestic, limits.holder + limits.others);
}
