// `tug validate <file>...`: every problem of every file as `file: path: message`.
// Exit 0 when all are valid, 1 when any is invalid, 2 when a file cannot be read.
import { readFileSync } from 'node:fs';
import { formatProblem } from '../scenario/format.ts';
import { validateScenarioText } from '../scenario/validate.ts';
import { parseArgs, UsageError } from './args.ts';

export function validateCommand(argv: string[], out: (line: string) => void): number {
  const args = parseArgs(argv, { values: [], switches: [] });
  if (args.positional.length === 0) throw new UsageError('Name at least one scenario file to validate.');
  let code = 0;
  for (const file of args.positional) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      out(`${file}: (file): cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      code = 2;
      continue;
    }
    const { scenario, problems } = validateScenarioText(text);
    for (const p of problems) out(formatProblem(file, p));
    if (!scenario && code === 0) code = 1;
    if (scenario)
      out(
        `${file}: valid${problems.length ? ` (${problems.length} warning${problems.length > 1 ? 's' : ''})` : ''}`,
      );
  }
  return code;
}
