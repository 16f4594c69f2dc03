// Money: budgets paid out of the economy, industries that lose output to shortages and poor inputs,
// and the holder's firms, whose revenue is both its budget and its constraint.
import type { Scenario } from '../scenario/schema.ts';
import { sum } from './numbers.ts';
import type { GameState } from './state.ts';
import type { TurnContext } from './turn.ts';

export const SUPPORT_TO_REVENUE = 0.8; // share of a subsidy that offsets the firms' lost revenue
const HEALTH_SMOOTHING = 0.25;
/**
 * The holder's firms sell far more to the challenger's industries than the modelled technologies: when
 * shortages cut those industries' output, the firms lose this share of their yardstick revenue per point lost.
 */
export const COLLAPSE_EXPOSURE = 1.2;
/** Diplomatic capital allies cost each turn of a crisis, per level of coordination: their patience wears. */
export const ALLY_PATIENCE = 0.5;
const MIN_DEMAND = 1e-3;

/** Revenue the holder's firms would earn at today's demand had nothing changed since the start. */
export function baselineRevenue(scenario: Scenario, s: GameState): number {
  let total = 0;
  scenario.technologies.forEach((t, i) => {
    const d = s.techs[i]!.demand;
    total += t.price * (t.holder.sell.domestic * d.domestic + t.holder.sell.foreign * d.foreign);
  });
  return total;
}

export function growDemand(ctx: TurnContext): void {
  ctx.scenario.technologies.forEach((def, i) => {
    const d = ctx.s.techs[i]!.demand;
    // Shares are volumes over demand, and the state is rounded to 1e-6: demand must never round to zero.
    d.domestic = Math.max(MIN_DEMAND, d.domestic * (1 + def.demandGrowth));
    d.foreign = Math.max(MIN_DEMAND, d.foreign * (1 + def.demandGrowth));
  });
}

/** Industries lose output in proportion to each input's shortage and quality gap, weighted by reliance. */
export function industries(ctx: TurnContext): void {
  const { s, scenario, index } = ctx;
  let output = 0;
  let base = 0;
  let short = 0; // output lost to shortages alone
  scenario.industries.forEach((def, k) => {
    const st = s.industries[k]!;
    st.base *= 1 + def.growth;
    const losses = def.uses.map((use) => {
      const i = index.techIndex.get(use.tech)!;
      return {
        tech: use.tech,
        shortage: use.weight * s.techs[i]!.shortage,
        quality: use.weight * ctx.qualityLoss[i]!,
      };
    });
    const lost = sum(losses.map((l) => l.shortage + l.quality));
    st.output = st.base * Math.max(0, 1 - lost);
    short += st.base * Math.min(1, sum(losses.map((l) => l.shortage)));
    output += st.output;
    base += st.base;
    ctx.report.industries.push({
      industry: def.id,
      output: st.output,
      index: st.base > 0 ? st.output / st.base : 1,
      losses,
    });
  });
  const c = s.challenger;
  c.industryIndex = base > 0 ? output / base : 1;
  ctx.shortfall = base > 0 ? short / base : 0;
  if (c.industryIndex < scenario.endings.crisis.depth) {
    c.crisisTurns += 1;
    ctx.report.notes.push({ kind: 'crisis-turn', side: 'challenger', amount: c.crisisTurns });
  } else {
    c.crisisTurns = 0;
  }
  // A crisis wears out the allies who enforce the controls behind it.
  const allies = s.holder.policy.allies;
  if (c.crisisTurns > 0 && allies > 0) {
    const cost = Math.min(s.holder.capital, ALLY_PATIENCE * allies);
    s.holder.capital -= cost;
    ctx.report.budget.holder.capitalSpent += cost;
    ctx.report.notes.push({ kind: 'allies-impatient', side: 'holder', amount: cost });
  }
}

/** Incomes land at the end of the turn; the holder's firms' health follows their revenue, smoothed. */
export function incomes(ctx: TurnContext): void {
  const { s, scenario } = ctx;
  const c = s.challenger;
  const h = s.holder;
  c.economy *= 1 + scenario.challenger.growth;
  h.economy *= 1 + scenario.holder.growth;
  const industryOutput = sum(s.industries.map((x) => x.output));
  const challengerFirms = sum(ctx.revenue.challenger);
  c.income = scenario.challenger.budgetShare * (c.economy + industryOutput + challengerFirms);
  c.money += c.income;
  h.baseRevenue = baselineRevenue(scenario, s);
  // The challenger's industries buy less when they are short: its market collapses for the holder's firms too.
  const collapse = COLLAPSE_EXPOSURE * ctx.shortfall * h.baseRevenue;
  const earned = sum(ctx.revenue.holder);
  h.revenue = Math.max(0, earned - collapse);
  if (earned - h.revenue > 1e-6)
    ctx.report.notes.push({ kind: 'market-collapse', side: 'holder', amount: earned - h.revenue });
  h.income = scenario.holder.budgetShare * h.economy + scenario.holder.firmTax * h.revenue;
  h.money += h.income;
  const index = h.baseRevenue > 0 ? (h.revenue + SUPPORT_TO_REVENUE * ctx.supportPaid) / h.baseRevenue : 1;
  h.health = (1 - HEALTH_SMOOTHING) * h.health + HEALTH_SMOOTHING * index;
  ctx.report.budget.challenger.income = c.income;
  ctx.report.budget.holder.income = h.income;
}

export function refillCapital(ctx: TurnContext): void {
  for (const side of ['holder', 'challenger'] as const) {
    const cap = ctx.scenario[side].capital;
    ctx.s[side].capital = Math.min(cap.max, ctx.s[side].capital + cap.perTurn);
  }
}
