// Why tension moved in a turn. The rules book every move of tension with its cause in the turn's report
// (sim/escalation.ts), in their order and within 0–100, so the steps add up to the change the top bar
// shows; this keeps the ones worth saying.
import type { GameState, TensionStep, TurnReport } from '../sim/index.ts';

export interface TensionMove {
  from: number;
  to: number;
  steps: TensionStep[]; // in the rules' order; amounts are what each step actually moved (after 0–100)
}

/**
 * Why tension moved from `before` to `after` in the turn `report` explains. Steps that moved nothing are
 * left out, but for a deal or an escalation held back by the 0–100 range, kept with its nominal size
 * beside the amount it moved (cooling at 0 moved nothing and says nothing).
 */
export function tensionMove(before: GameState, report: TurnReport, after: GameState): TensionMove {
  return {
    from: before.tension,
    to: after.tension,
    steps: report.tension.filter(
      (x) => Math.abs(x.amount) > 1e-9 || (x.cause !== 'cooling' && Math.abs(x.nominal) > 1e-9),
    ),
  };
}
