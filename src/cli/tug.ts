// The command line: `npm run tug -- <command> ...`. Other tools call it, so names and flags are stable.
import { terminalSafe } from '../scenario/problems.ts';
import { UsageError } from './args.ts';
import { balanceCommand } from './balance.ts';
import { replayCommand } from './replay.ts';
import { simCommand } from './sim.ts';
import { surveyCommand } from './survey.ts';
import { tournamentCommand } from './tournament.ts';
import { validateCommand } from './validate.ts';

const COMMANDS: Record<string, (argv: string[], out: (line: string) => void) => number | Promise<number>> = {
  sim: simCommand,
  survey: surveyCommand,
  replay: replayCommand,
  tournament: tournamentCommand,
  balance: balanceCommand,
  validate: validateCommand,
};

const USAGE = `usage: npm run tug -- <command>
  sim --scenario <id or path> --seed <text> [--holder <player>] [--challenger <player>] [--turns N] [--json] [--replay-out <file>]
  survey --scenario <id or path> [--seeds N] [--from N] [--holder <player>] [--challenger <player>] [--json]
  validate <file>...
  tournament --scenario <id or path> --games N --holder <player> --challenger <player> [--seed <base>] [--workers N] [--json]
  balance [--scenario <id>,<id>…] [--games N] [--hard-games N] [--quick] [--seed <base>] [--out docs/balance.md] [--workers N] [--json]
  balance --rejudge docs/balance.json [--out docs/balance.md] [--json]   (an earlier report's games, judged by today's targets)
  balance --update docs/balance.json --scenario <id>,<id>… [--out docs/balance.md]   (these scenarios played again, the others' games kept)
  replay verify <file> [--scenario <id or path>] [--json]
  replay link <file> [--base <url>] [--scenario <id or path>]
  replay open <link> [--out <file>] [--scenario <id or path>]
  replay fork <file> --turn N --out <file> [--holder <player>] [--challenger <player>] [--scenario <id or path>]
  replay compare <file> <file> [--scenario <id or path>] [--json]
  replay build <orders.json> --scenario <id or path> --seed <text> --out <file>`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // Every line may quote input (a seed, a file name, a scenario's text): no control or bidi character
  // reaches the terminal as it is. JSON stays JSON, since the escapes are JSON's own.
  const out = (line: string) => process.stdout.write(`${terminalSafe(line)}\n`);
  const err = (line: string) => process.stderr.write(`${terminalSafe(line)}\n`);
  if (!command || command === '--help' || command === 'help') {
    out(USAGE);
    return command ? 0 : 2;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    err(`tug: unknown command "${command}"; commands are ${Object.keys(COMMANDS).join(', ')}.`);
    return 2;
  }
  try {
    return await run(rest, out);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`tug ${command}: ${e.message}`);
      return 2;
    }
    // A bug, not the user's fault: one line, no stack trace (TUG_DEBUG=1 prints it).
    if (process.env.TUG_DEBUG) throw e;
    err(`tug ${command}: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
