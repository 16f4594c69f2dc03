// The scenario validator runs unchanged in the browser: the same module, loaded by Vite into Chromium,
// gives the same answers as in Node, hostile input included, within the page's own limits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DIR } from '../../src/cli/scenarioFiles.ts';
import type { Validation } from '../../src/scenario/validate.ts';
import { validateScenarioText } from '../../src/scenario/validate.ts';
import { SHIPPED_IDS } from '../support/scenarios.ts';
import { openPage, useHarness } from './harness.ts';

/** Inputs built from a short recipe on each side, so that 50 MB never crosses the wire. */
type Recipe =
  | { kind: 'text'; text: string }
  | { kind: 'repeat'; head: string; body: string; times: number; tail: string };

function build(r: Recipe): string {
  return r.kind === 'text' ? r.text : r.head + r.body.repeat(r.times) + r.tail;
}

const shippedText = (id: string) => readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8');
const slowTug = shippedText('slow-tug');

const CASES: [string, Recipe][] = [
  ...SHIPPED_IDS.map((id): [string, Recipe] => [id, { kind: 'text', text: shippedText(id) }]),
  ['empty', { kind: 'text', text: '' }],
  ['null', { kind: 'text', text: 'null' }],
  ['an array', { kind: 'text', text: '[]' }],
  ['a bare string', { kind: 'text', text: '"scenario"' }],
  ['50 MB', { kind: 'repeat', head: '{"id":"', body: 'x', times: 50_000_000, tail: '"}' }],
  ['200,000 levels', { kind: 'repeat', head: '', body: '[', times: 200_000, tail: '' }],
  ['__proto__', { kind: 'text', text: `{"__proto__":{"polluted":1},${slowTug.trim().slice(1)}` }],
  ['1e400', { kind: 'text', text: slowTug.replace('"turns": 40', '"turns": 1e400') }],
  [
    'HTML',
    {
      kind: 'text',
      text: slowTug.replace('"zh": "慢速拔河"', '"zh": "<img src=x onerror=alert(1)>慢速拔河"'),
    },
  ],
  [
    'a broken reference',
    { kind: 'text', text: slowTug.replace('"dependsOn": ["bearings"]', '"dependsOn": ["bearing"]') },
  ],
];

const summary = (v: Validation) => ({ valid: v.scenario !== null, problems: v.problems });

describe('the scenario validator in Chromium', () => {
  const h = useHarness();

  it('gives the same problems as in Node, and pollutes nothing', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(h.url);
    // Vite serves the TypeScript module itself: the very code the command line runs.
    await page.addScriptTag({
      type: 'module',
      content:
        "import { validateScenarioText } from '/src/scenario/validate.ts'; window.tugValidate = validateScenarioText;",
    });
    await page.waitForFunction(() => 'tugValidate' in window);
    const inBrowser = await page.evaluate(async (cases) => {
      const build = (r: (typeof cases)[number][1]) =>
        r.kind === 'text' ? r.text : r.head + r.body.repeat(r.times) + r.tail;
      const validate = (window as unknown as { tugValidate: (text: string) => Validation }).tugValidate;
      const out = cases.map(([name, recipe]) => {
        const v = validate(build(recipe));
        return [name, { valid: v.scenario !== null, problems: v.problems }] as const;
      });
      return { out, polluted: ({} as Record<string, unknown>).polluted ?? null };
    }, CASES);
    expect(inBrowser.polluted).toBeNull();
    for (const [name, got] of inBrowser.out) {
      const recipe = CASES.find(([n]) => n === name)![1];
      expect(got, name).toEqual(summary(validateScenarioText(build(recipe))));
    }
    for (const id of SHIPPED_IDS) expect(inBrowser.out.find(([n]) => n === id)![1].valid, id).toBe(true);
    for (const name of ['50 MB', '200,000 levels', '__proto__', '1e400', 'a broken reference'])
      expect(inBrowser.out.find(([n]) => n === name)![1].valid, name).toBe(false);
    const html = inBrowser.out.find(([n]) => n === 'HTML')![1];
    expect(html.problems.map((p) => p.message)).toContain(
      'This looks like HTML; the game shows texts as plain text, so the markup will appear as typed.',
    );
    expect(errors).toEqual([]);
  }, 60_000);
});
