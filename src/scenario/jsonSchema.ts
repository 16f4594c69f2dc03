// scenarios/scenario.schema.json, generated from the zod schema so that the two never disagree.
// Draft 7 is the JSON Schema that editors support most widely; `io: 'input'` leaves fields that have a
// default optional, as an author writes them.
import { z } from 'zod';
import { ScenarioSchema } from './schema.ts';

export const JSON_SCHEMA_FILE = 'scenario.schema.json';

export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
}

/** The file's exact text: two-space indented JSON and a final newline. */
export const scenarioJsonSchemaText = (): string => `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
