// What the AI costs per decision, as a ratio against one resolveTurn of the same mid-game state (the
// unit the AI's budgets count in), with the absolute milliseconds for the report.
import { playMatch } from '../../src/match/match.ts';
import { type Player, parsePlayer } from '../../src/players/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { type Action, NO_ORDERS, newGame, resolveTurn, SIDES } from '../../src/sim/index.ts';
import { largestScenario } from './engine.ts';
import { median, timeLoop } from './measure.ts';

const EARLY_TURNS = 8;

function earlyDecisions(scenario: Scenario, player: Player): number[] {
  let state = newGame(scenario, 'bench-ai-early');
  const times: number[] = [];
  for (let turn = 0; turn < EARLY_TURNS && !state.ending; turn++) {
    const orders = { holder: [] as Action[], challenger: [] as Action[] };
    for (const side of SIDES) {
      const start = performance.now();
      orders[side] = player.decide({ scenario, state, side });
      times.push(performance.now() - start);
    }
    const r = resolveTurn(scenario, state, orders);
    if (!r.ok) throw new Error(r.error.message);
    state = r.value.state;
  }
  return times;
}

export function benchAi(log: (line: string) => void): Record<string, number | string> {
  const scenario = largestScenario();
  const easy = parsePlayer('ai:easy')!;
  const { state } = playMatch(scenario, 'bench-ai', { holder: easy, challenger: easy }, { turns: 10 });
  const turn = () => resolveTurn(scenario, state, NO_ORDERS);
  const out: Record<string, number | string> = {};
  for (const [level, rounds] of [
    ['normal', 9],
    ['hard', 5],
  ] as const) {
    const player = parsePlayer(`ai:${level}`)!;
    const decide = () => {
      for (const side of SIDES) player.decide({ scenario, state, side });
    };
    decide(); // warm up
    timeLoop(turn, 200);
    const ai: number[] = [];
    const base: number[] = [];
    // Alternate, so that drift in the machine's speed hits both alike.
    for (let r = 0; r < rounds; r++) {
      ai.push(timeLoop(decide, 1) / SIDES.length);
      base.push(timeLoop(turn, 200));
    }
    const ms = median(ai);
    const ratio = ms / median(base);
    log(
      `ai:${level}: one decision ${ms.toFixed(1)} ms on ${scenario.id} (mean of both sides), ${ratio.toFixed(0)}× one resolveTurn (${(median(base) * 1000).toFixed(0)} µs)`,
    );
    out[`ai${level === 'normal' ? 'Normal' : 'Hard'}OverTurn`] = ratio;
    out[`ai${level === 'normal' ? 'Normal' : 'Hard'}Ms`] = ms;
    // The first turns cost most (every plan tried is played to the end of the game): each decision of
    // the first turns of a game, for the slowest.
    const early = earlyDecisions(scenario, player);
    log(
      `ai:${level}: the first ${early.length / 2} turns of ${scenario.id}, both sides: slowest decision ${Math.max(...early).toFixed(0)} ms, median ${median(early).toFixed(0)} ms`,
    );
    out[`ai${level === 'normal' ? 'Normal' : 'Hard'}EarlyMaxMs`] = Math.max(...early);
  }
  return out;
}
