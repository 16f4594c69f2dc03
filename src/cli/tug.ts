// The command line: `npm run tug -- <command> ...`. Other tools call it, so names and flags are stable.
import { UsageError } from './args.ts';
import { replayCommand } from './replay.ts';
import { simCommand } from './sim.ts';
import { surveyCommand } from './survey.ts';
import { validateCommand } from './validate.ts';

const COMMANDS: Record<string, (argv: string[], out: (line: string) => void) => number> = {
  sim: simCommand,
  survey: surveyCommand,
  replay: replayCommand,
  validate: validateCommand,
};

const USAGE = `usage: npm run tug -- <command>
  sim --scenario <id or path> --seed <text> [--holder <player>] [--challenger <player>] [--turns N] [--json] [--replay-out <file>]
  survey --scenario <id or path> [--seeds N] [--from N] [--holder <player>] [--challenger <player>] [--json]
  validate <file>...
  replay verify <file> [--scenario <id or path>] [--json]
  replay link <file> [--base <url>]
  replay open <link> [--out <file>]
  replay fork <file> --turn N --out <file> [--holder <player>] [--challenger <player>]
  replay compare <file> <file> [--json]
  replay build <orders.json> --scenario <id or path> --seed <text> --out <file>`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (!command || command === '--help' || command === 'help') {
    out(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(
      `tug: unknown command "${command}"; commands are ${Object.keys(COMMANDS).join(', ')}.\n`,
    );
    return 2;
  }
  try {
    return run(rest, out);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tug ${command}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = main(process.argv.slice(2));
