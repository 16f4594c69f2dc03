// The supply chain: foreign customers qualify a supplier slowly, only above a reliability threshold,
// and once designed in a supplier is hard to dislodge. A holder whose firms shrink loses it slowly.
import { own } from './byId.ts';
import { effort } from './numbers.ts';
import { book, type TurnContext } from './turn.ts';

/** Turns of qualification progress per turn, by ecosystem level (standards work, certification, brand). */
export const ECOSYSTEM_PACE = [0, 0.6, 1.0, 1.3] as const;

/**
 * A qualification ends in the customer's audit, which the dice decide: it passes more often the further the
 * product is past the reliability line, and a pass designs the product in for a small or a large share of
 * that customer's lines. A failed audit costs the whole round. So two games funded alike can find one
 * technology anchored abroad by turn 20 and the other still knocking (issue 10: the dice matter).
 */
export const auditOdds = (margin: number): number => Math.min(0.9, Math.max(0.3, 0.5 + 0.025 * margin));
/**
 * From 0.5 to 2.1 times a design-in step of 12 (15.6 on average): with the odds above, a round designs in
 * 7.8 on average at the reliability line and 12 some 10 points past it, in lumps that vary. (At 0.4–1.8
 * and odds from 0.45, Leader went out of reach; at 0.6–2.4 and odds from 0.55, the challenger won 87–94%
 * of ai:normal games in slow-tug and chokehold.)
 */
const designInSize = (u: number): number => 6 + 19.2 * u;

export function qualificationPace(ctx: TurnContext, tech: number): { ecosystem: number; market: number } {
  const t = ctx.s.techs[tech]!;
  const level = own(ctx.s.challenger.policy.ecosystem, t.id) ?? 0;
  return {
    ecosystem: ECOSYSTEM_PACE[level]! * ctx.paid.challenger,
    // Customers abroad are the best references; a large home base helps a little.
    market: 2 * t.foreign.challenger + 0.2 * t.domestic.challenger,
  };
}

export function challengerChain(ctx: TurnContext, tech: number): void {
  const t = ctx.s.techs[tech]!;
  const def = ctx.scenario.technologies[tech]!;
  const c = t.challenger;
  // Two draws every turn whatever happens, so the stream stays aligned across branches.
  const uAudit = ctx.dice.markets.next();
  const uSize = ctx.dice.markets.next();
  if (c.capability < def.reliabilityThreshold) {
    // Sticky: a supplier that has been designed in is dropped only when its product clearly fails.
    if (c.capability < def.reliabilityThreshold - 10 && c.chain > 0) {
      const loss = Math.min(c.chain, 0.5);
      c.chain -= loss;
      book(ctx, tech, 'chainC', 'decay', -loss);
    }
    return;
  }
  const pace = qualificationPace(ctx, tech);
  const total = pace.ecosystem + pace.market;
  c.qualifying += total;
  if (c.qualifying >= def.foreignQualificationTurns && total > 0) {
    c.qualifying -= def.foreignQualificationTurns;
    if (uAudit >= auditOdds(c.capability - def.reliabilityThreshold)) {
      ctx.report.notes.push({ kind: 'audit-failed', side: 'challenger', tech: t.id, amount: 0 });
      return;
    }
    const step = Math.min(100 - c.chain, designInSize(uSize) * (1 - c.chain / 110));
    c.chain += step;
    book(ctx, tech, 'chainC', 'ecosystem', (step * pace.ecosystem) / total);
    book(ctx, tech, 'chainC', 'market', (step * pace.market) / total);
    ctx.report.techs[tech]!.designIn = step;
    ctx.report.notes.push({ kind: 'design-in', side: 'challenger', tech: t.id, amount: step });
  }
}

/** Below the scenario's line of health the holder's firms cut research and its chain decays: the Japan path. */
export function holderChain(ctx: TurnContext, tech: number): void {
  const t = ctx.s.techs[tech]!;
  const line = ctx.scenario.endings.holderHurt;
  const health = ctx.s.holder.health;
  if (health >= line || t.holder.chain <= 0) return;
  const loss = Math.min(t.holder.chain, 6 * (line - health));
  t.holder.chain -= loss;
  book(ctx, tech, 'chainH', 'decay', -loss);
  // Support to the firms slows the decay: it is booked as a gain against the loss.
  const support = effort(ctx.s.holder.policy.support) * ctx.paid.holder;
  if (support > 0) {
    const saved = Math.min(loss, loss * 0.25 * support);
    t.holder.chain += saved;
    book(ctx, tech, 'chainH', 'support', saved);
  }
}
