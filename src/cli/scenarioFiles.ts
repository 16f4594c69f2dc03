// Scenarios on disk for the command line: a shipped id (scenarios/<id>.json) or a path to a file.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../scenario/format.ts';
import { quote } from '../scenario/problems.ts';
import type { Scenario } from '../scenario/schema.ts';
import { validateScenarioText } from '../scenario/validate.ts';
import { UsageError } from './args.ts';
import { InputError, readInput } from './files.ts';

export const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

export function scenarioPath(idOrPath: string): string {
  return /^[a-z][a-z0-9-]*$/.test(idOrPath) ? join(SCENARIO_DIR, `${idOrPath}.json`) : idOrPath;
}

export function loadScenario(idOrPath: string): Scenario {
  const path = scenarioPath(idOrPath);
  let text: string;
  try {
    text = readInput(path, 'scenario file');
  } catch (e) {
    const why = e instanceof InputError ? e.message : String(e);
    throw new UsageError(`No scenario ${quote(idOrPath, 200)}: ${why}`);
  }
  const { scenario, problems } = validateScenarioText(text);
  if (!scenario) {
    const errors = problems.filter((p) => p.severity === 'error');
    throw new UsageError(
      `Scenario ${path} is invalid:\n${errors.map((p) => formatProblem(path, p)).join('\n')}`,
    );
  }
  return scenario;
}
