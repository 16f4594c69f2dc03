// The committed JSON Schema is generated from the zod schema; this fails when someone forgot to
// regenerate it, and says how.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DIR } from '../../src/cli/scenarioFiles.ts';
import { JSON_SCHEMA_FILE, scenarioJsonSchemaText } from '../../src/scenario/jsonSchema.ts';
import { SHIPPED_IDS } from '../support/scenarios.ts';

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` if not)', () => {
    const committed = readFileSync(join(SCENARIO_DIR, JSON_SCHEMA_FILE), 'utf8');
    expect(committed === scenarioJsonSchemaText(), 'stale: run `npm run schema` and commit the result').toBe(
      true,
    );
  });

  it.each(SHIPPED_IDS)('is named by %s.json as its $schema', (id) => {
    const raw = JSON.parse(readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8'));
    expect(raw.$schema).toBe(`./${JSON_SCHEMA_FILE}`);
  });
});
