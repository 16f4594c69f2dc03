// `tug sim` as other tools use it: a child process through tsx, whose --json last line is one object,
// whose hash is the same for the same seed, and whose bad arguments get one clear line on stderr and
// a non-zero exit. A process costs half a second of start-up, so a few cases run as processes and
// every case runs on simCommand itself, whose UsageError the command line prints as that one line.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.ts';
import { simCommand } from '../../src/cli/sim.ts';
import { shipped } from '../support/scenarios.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const TUG = join(ROOT, 'src/cli/tug.ts');
const slowTug = shipped('slow-tug');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function tug(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(TSX, [TUG, ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const game = [
  'sim',
  '--scenario',
  'slow-tug',
  '--seed',
  '42',
  '--holder',
  'random',
  '--challenger',
  'random',
];
const bad: Record<string, { args: string[]; names: string; spawn?: true }> = {
  'missing --seed': { args: ['sim', '--scenario', 'slow-tug'], names: '--seed', spawn: true },
  'unknown player': { args: [...game, '--holder', 'wizard'], names: 'wizard' },
  'a doctrine for the other side': { args: [...game, '--challenger', 'fixed:hawk'], names: 'fixed:hawk' },
  'bad --turns': { args: [...game, '--turns', 'ten'], names: '--turns' },
  'unknown scenario': {
    args: ['sim', '--scenario', 'no-such-scenario', '--seed', '1'],
    names: 'no-such-scenario',
    spawn: true,
  },
  'unknown flag': { args: [...game, '--speed', '3'], names: '--speed', spawn: true },
};

const runs = new Map<string, Run>();

beforeAll(async () => {
  // Every process at once: each spends most of its time starting up.
  const jobs: [string, string[]][] = [
    ['json', [...game, '--json']],
    ...Object.entries(bad).flatMap(([name, c]): [string, string[]][] => (c.spawn ? [[name, c.args]] : [])),
  ];
  const results = await Promise.all(jobs.map(([, args]) => tug(args)));
  jobs.forEach(([name], i) => {
    runs.set(name, results[i]!);
  });
}, 120_000);

/** Runs the command in this process: its output lines, or the one-line message the command line would print. */
function inProcess(args: string[]): { lines: string[]; usage: string | null } {
  const lines: string[] = [];
  try {
    simCommand(args.slice(1), (l) => lines.push(l));
  } catch (e) {
    if (e instanceof UsageError) return { lines, usage: `tug sim: ${e.message}` };
    throw e;
  }
  return { lines, usage: null };
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1)!;

describe('tug sim --json', () => {
  it('prints a last line that is one JSON object summing up the game', () => {
    const run = runs.get('json')!;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(lastLine(run.stdout));
    expect(typeof out.ending).toBe('string');
    expect(out.ending).toMatch(/^[a-z-]+\/[a-z-]+$/);
    expect(typeof out.score.holder).toBe('number');
    expect(typeof out.score.challenger).toBe('number');
    expect(out.turns).toBe(slowTug.turns);
    expect(out.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(out.ropes).sort()).toEqual(slowTug.technologies.map((t) => t.id).sort());
    for (const v of Object.values(out.ropes)) {
      expect(typeof v).toBe('number');
      expect(Math.abs(v as number)).toBeLessThanOrEqual(100);
    }
  });

  it('gives the same hash for the same seed, in another process', () => {
    const a = JSON.parse(lastLine(runs.get('json')!.stdout));
    const b = JSON.parse(inProcess([...game, '--json']).lines.at(-1)!);
    expect(b).toEqual(a);
    const other = JSON.parse(
      inProcess([...game.slice(0, 4), '43', ...game.slice(5), '--json']).lines.at(-1)!,
    );
    expect(other.hash).not.toBe(a.hash);
  });
});

describe('tug sim with bad arguments', () => {
  it.each(Object.keys(bad))('%s: one clear line naming the problem', (name) => {
    const { lines, usage } = inProcess(bad[name]!.args);
    expect(lines).toEqual([]);
    expect(usage).not.toBeNull();
    expect(usage!.split('\n')).toHaveLength(1);
    expect(usage).toContain(bad[name]!.names);
    const run = runs.get(name);
    if (!run) return;
    // As a process: that line on stderr, nothing on stdout, a non-zero exit.
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${usage}\n`);
  });
});

describe('simCommand', () => {
  const usage = (args: string[]) => {
    try {
      simCommand(args, () => {});
    } catch (e) {
      if (e instanceof UsageError) return e.message;
      throw e;
    }
    return null;
  };
  const base = ['--scenario', 'slow-tug', '--seed', '1'];

  it.each([['0'], ['-3'], ['2.5'], ['10001'], ['1e3'], ['']])('refuses --turns %j', (turns) => {
    expect(usage([...base, '--turns', turns])).toBe('--turns must be a whole number from 1 to 10000.');
  });

  it('refuses a flag without its value, a value for a switch, and stray arguments', () => {
    expect(usage(['--scenario', 'slow-tug', '--seed'])).toBe('--seed needs a value.');
    expect(usage(['--scenario', 'slow-tug', '--seed', '--json'])).toBe('--seed needs a value.');
    expect(usage([...base, '--json=yes'])).toBe('--json takes no value.');
    expect(usage([...base, 'extra'])).toBe('Unexpected argument "extra".');
  });

  it('stops early with --turns and says the game is unfinished', () => {
    const lines: string[] = [];
    expect(simCommand([...base, '--turns', '3', '--json'], (l) => lines.push(l))).toBe(0);
    const out = JSON.parse(lines.at(-1)!);
    expect(out).toMatchObject({ turns: 3, ending: 'unfinished', score: null });
  });

  it('prints a readable summary without --json', () => {
    const lines: string[] = [];
    simCommand([...base, '--holder', 'fixed:hawk'], (l) => lines.push(l));
    expect(lines[0]).toContain('seed "1"');
    expect(lines.some((l) => l.startsWith('Ending: '))).toBe(true);
    expect(lines.at(-1)).toMatch(/^State hash: [0-9a-f]{16}$/);
  });
});
