// Shipped scenarios for tests, read from disk and validated.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_DIR } from '../../src/cli/scenarioFiles.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { validateScenarioText } from '../../src/scenario/validate.ts';

export const SHIPPED_IDS = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => f.replace(/\.json$/, ''));

export function shipped(id: string): Scenario {
  const { scenario, problems } = validateScenarioText(readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8'));
  if (!scenario) throw new Error(`${id} is invalid: ${JSON.stringify(problems)}`);
  return scenario;
}
