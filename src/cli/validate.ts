// `tug validate <file>...`: every problem of every file as `file: path: message`.
// Exit 0 when all are valid, 1 when any is invalid, 2 when a file cannot be read.
import { formatProblem } from '../scenario/format.ts';
import { parseJsonText } from '../scenario/parse.ts';
import { unhide } from '../scenario/problems.ts';
import { isJsonSchema, validateScenarioText } from '../scenario/validate.ts';
import { parseArgs, stringFlag, UsageError } from './args.ts';
import { articleTexts } from './articles.ts';
import { InputError, readInput } from './files.ts';

export function validateCommand(argv: string[], out: (line: string) => void): number {
  const args = parseArgs(argv, { values: ['lang'], switches: [] });
  if (args.positional.length === 0) throw new UsageError('Name at least one scenario file to validate.');
  const articles = articleTexts();
  // The problems in English, or in Chinese with --lang zh.
  const lang = stringFlag(args, 'lang', 'en');
  if (lang !== 'en' && lang !== 'zh') throw new UsageError(`--lang is en or zh, not "${unhide(lang)}".`);
  let invalid = false;
  let unreadable = false;
  for (const path of args.positional) {
    const file = unhide(path);
    let text: string;
    try {
      // Only a regular file is read (a FIFO would block), and one far past the limit is refused unread.
      text = readInput(path, 'scenario file');
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      if (e.content) {
        out(`${file}: (root): ${e.reason}`);
        invalid = true;
      } else {
        out(`${file}: (file): ${e.reason}`);
        unreadable = true;
      }
      continue;
    }
    const parsed = parseJsonText(text, 'scenario file');
    if (parsed.ok && isJsonObject(parsed.value) && isJsonSchema(parsed.value)) {
      // `validate scenarios/*.json` also matches scenario.schema.json, which describes the format.
      out(`${file}: skipped: this is the JSON Schema of the scenario format, not a scenario`);
      continue;
    }
    const { scenario, problems } = parsed.ok
      ? validateScenarioText(text, { articles }) // again from the text, which also finds keys written twice
      : { scenario: null, problems: parsed.error };
    for (const p of problems) out(formatProblem(file, p, lang));
    if (!scenario) invalid = true;
    else {
      const n = problems.filter((p) => p.severity === 'warning').length;
      const migrated = problems.some((p) => p.severity === 'note') ? ', migrated (see the notes)' : '';
      out(`${file}: valid${n ? ` (${n} warning${n > 1 ? 's' : ''})` : ''}${migrated}`);
    }
  }
  return unreadable ? 2 : invalid ? 1 : 0;
}

const isJsonObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
