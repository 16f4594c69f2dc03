// Flags through node:util's parseArgs, strict: unknown flags and missing values are errors, never silently
// ignored, and say so in the command line's own words.
import { type ParseArgsConfig, parseArgs as parseNodeArgs } from 'node:util';

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(
  argv: readonly string[],
  spec: { values: readonly string[]; switches: readonly string[] },
): ParsedArgs {
  const options: ParseArgsConfig['options'] = {};
  for (const name of spec.values) options[name] = { type: 'string' };
  for (const name of spec.switches) options[name] = { type: 'boolean' };
  // A value may start with one dash (--turns -3 is a bad number, not a missing one): only a flag ends it.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (
      spec.values.includes(arg.slice(2)) &&
      arg.startsWith('--') &&
      next !== undefined &&
      !next.startsWith('--')
    ) {
      args.push(`${arg}=${next}`);
      i++;
    } else args.push(arg);
  }
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({ args, options, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError(usage(e));
  }
  const flags = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values))
    if (typeof value === 'string' || value === true) flags.set(name, value);
  return { positional: parsed.positionals, flags };
}

/** Node's parse error, said the way the rest of the command line says things. */
function usage(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown }).code;
  const name = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${name}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take/.test(message) ? `${name} takes no value.` : `${name} needs a value.`;
  return message;
}

export function stringFlag(args: ParsedArgs, name: string, fallback?: string): string {
  const v = args.flags.get(name);
  if (typeof v === 'string') return v;
  if (fallback !== undefined) return fallback;
  throw new UsageError(`--${name} is required.`);
}

export function intFlag(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const v = args.flags.get(name);
  if (v === undefined) return undefined;
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}.`);
  return n;
}
