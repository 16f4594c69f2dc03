// `npm run schema`: regenerates scenarios/scenario.schema.json from the zod schema.
// tests/scenario/schemaFile.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_FILE, scenarioJsonSchemaText } from '../scenario/jsonSchema.ts';
import { SCENARIO_DIR } from './scenarioFiles.ts';

const path = join(SCENARIO_DIR, JSON_SCHEMA_FILE);
writeFileSync(path, scenarioJsonSchemaText());
process.stdout.write(`wrote ${path}\n`);
