// `tug validate <file>...`: every problem of every file as `file: path: message`.
// Exit 0 when all are valid, 1 when any is invalid, 2 when a file cannot be read.
import { readFileSync, statSync } from 'node:fs';
import { formatProblem } from '../scenario/format.ts';
import { MAX_BYTES, parseJsonText } from '../scenario/parse.ts';
import { unhide } from '../scenario/problems.ts';
import { isJsonSchema, validateScenario } from '../scenario/validate.ts';
import { parseArgs, UsageError } from './args.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
};

export function validateCommand(argv: string[], out: (line: string) => void): number {
  const args = parseArgs(argv, { values: [], switches: [] });
  if (args.positional.length === 0) throw new UsageError('Name at least one scenario file to validate.');
  let invalid = false;
  let unreadable = false;
  for (const path of args.positional) {
    const file = unhide(path);
    let text: string;
    try {
      // A file far past the limit is refused before it is read into memory.
      const size = statSync(path).size;
      if (size > MAX_BYTES) {
        out(
          `${file}: (root): The scenario file is ${(size / 1e6).toFixed(1)} MB; the limit is ${(MAX_BYTES / 1e6).toFixed(0)} MB.`,
        );
        invalid = true;
        continue;
      }
      text = readFileSync(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      out(`${file}: (file): cannot be read: ${REASONS[code] ?? (code || 'unknown error')}.`);
      unreadable = true;
      continue;
    }
    const parsed = parseJsonText(text, 'scenario file');
    if (parsed.ok && isJsonObject(parsed.value) && isJsonSchema(parsed.value)) {
      // `validate scenarios/*.json` also matches scenario.schema.json, which describes the format.
      out(`${file}: skipped: this is the JSON Schema of the scenario format, not a scenario`);
      continue;
    }
    const { scenario, problems } = parsed.ok
      ? validateScenario(parsed.value)
      : { scenario: null, problems: parsed.problems };
    for (const p of problems) out(formatProblem(file, p));
    if (!scenario) invalid = true;
    else {
      const n = problems.length;
      out(`${file}: valid${n ? ` (${n} warning${n > 1 ? 's' : ''})` : ''}`);
    }
  }
  return unreadable ? 2 : invalid ? 1 : 0;
}

const isJsonObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
