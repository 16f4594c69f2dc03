// The scenarios that ship with the game, bundled by Vite at build time and validated on load.
import type { Scenario } from './schema.ts';
import { validateScenario } from './validate.ts';

const files = import.meta.glob<unknown>('../../scenarios/*.json', { eager: true, import: 'default' });

/** The order a new player meets them: the tutorial first, then the design's order; others after. */
const ORDER = ['tutorial', 'slow-tug', 'chokehold', 'next-japan'];
const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);

export function shippedScenarios(): Scenario[] {
  return Object.entries(files)
    .filter(([path]) => !path.endsWith('scenario.schema.json'))
    .map(([, raw]) => validateScenario(raw).scenario)
    .filter((s): s is Scenario => s !== null)
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}
