// The price of an immutable step: resolving one turn against one structuredClone of the same state.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_DIR } from '../../src/cli/scenarioFiles.ts';
import { playMatch } from '../../src/match/match.ts';
import { idle } from '../../src/players/idle.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { validateScenarioText } from '../../src/scenario/validate.ts';
import { NO_ORDERS, resolveTurn } from '../../src/sim/index.ts';
import { compare, sampleHeap } from './measure.ts';

export function largestScenario(): Scenario {
  const scenarios = readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .map((f) => validateScenarioText(readFileSync(join(SCENARIO_DIR, f), 'utf8')).scenario)
    .filter((s): s is Scenario => s !== null);
  return scenarios.reduce((a, b) =>
    b.technologies.length + b.industries.length > a.technologies.length + a.industries.length ? b : a,
  );
}

export function benchEngine(log: (line: string) => void): Record<string, number | string> {
  const scenario = largestScenario();
  // A mid-game state, so the turn does real work.
  const { state } = playMatch(scenario, 'bench', { holder: idle, challenger: idle }, { turns: 10 });
  const r = compare(
    () => {
      resolveTurn(scenario, state, NO_ORDERS);
      sampleHeap();
    },
    () => structuredClone(state),
    { rounds: 15, iterations: 300 },
  );
  log(
    `engine: ${scenario.id} (${scenario.technologies.length} technologies): one turn ${(r.subject * 1000).toFixed(1)} µs, one structuredClone ${(r.baseline * 1000).toFixed(1)} µs, ratio ${r.ratio.toFixed(2)} (goal ≤ 20)`,
  );
  return {
    benchScenario: scenario.id,
    turnMicros: r.subject * 1000,
    cloneMicros: r.baseline * 1000,
    turnOverClone: r.ratio,
  };
}
