// The scenarios that ship with the game, bundled by Vite at build time and validated on load.
import type { Scenario } from './schema.ts';
import { validateScenario } from './validate.ts';

const files = import.meta.glob<unknown>('../../scenarios/*.json', { eager: true, import: 'default' });

export function shippedScenarios(): Scenario[] {
  return Object.entries(files)
    .filter(([path]) => !path.endsWith('scenario.schema.json'))
    .map(([, raw]) => validateScenario(raw).scenario)
    .filter((s): s is Scenario => s !== null);
}
