// Build time: the shipped scenarios as one module, `virtual:shipped-scenarios`, each validated here (in
// Node, by Vite) so that the page ships them already checked, with the schema's defaults filled in, and
// needs neither zod nor the validator to boot. A shipped scenario with an error stops the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Scenario } from './schema.ts';
import { validateScenarioText } from './validate.ts';

const ID = 'virtual:shipped-scenarios';
const RESOLVED = `\0${ID}`;
const DIR = resolve(import.meta.dirname, '../../scenarios');

/** The order a new player meets them: the tutorial first, then the design's order; others after. */
const ORDER = ['tutorial', 'slow-tug', 'chokehold', 'next-japan'];
const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);

export function readShipped(): { scenarios: Scenario[]; files: string[]; errors: string[] } {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .map((f) => join(DIR, f));
  const scenarios: Scenario[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const { scenario, problems } = validateScenarioText(readFileSync(file, 'utf8'));
    if (scenario) scenarios.push(scenario);
    for (const p of problems) if (p.severity === 'error') errors.push(`${file}: ${p.path}: ${p.message}`);
  }
  scenarios.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  return { scenarios, files, errors };
}

export function shippedScenariosModule(): Plugin {
  return {
    name: 'tug:shipped-scenarios',
    resolveId: (source) => (source === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const { scenarios, files, errors } = readShipped();
      for (const file of files) this.addWatchFile(file);
      if (errors.length) this.error(`The shipped scenarios have errors:\n${errors.join('\n')}`);
      return `export default ${JSON.stringify(scenarios)};`;
    },
  };
}
