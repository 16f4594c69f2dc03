// The command line against hostile input and impossible outputs (issue 11): an output that cannot be
// written is refused before the work (D2), a FIFO or folder is refused, never read (D10), invisible and
// bidi characters never reach the terminal (D9), an orders file has a size limit (D12), and replays of a
// scenario file work in every verb (--scenario).
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.ts';
import { balanceCommand } from '../../src/cli/balance.ts';
import { replayCommand } from '../../src/cli/replay.ts';
import { simCommand } from '../../src/cli/sim.ts';
import { validateCommand } from '../../src/cli/validate.ts';
import { encodeLink } from '../../src/replay/index.ts';
import { minimalText } from '../support/minimal.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const TUG = join(ROOT, 'src/cli/tug.ts');
const dir = mkdtempSync(join(tmpdir(), 'tug-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(command: (argv: string[], out: (l: string) => void) => number, argv: string[]) {
  const lines: string[] = [];
  const code = command(argv, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

/** The usage error's message, or a failure if the command did not throw one. */
function usage(command: (argv: string[], out: (l: string) => void) => number, argv: string[]): string {
  try {
    run(command, argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

function tug(
  args: string[],
  timeout = 20_000,
): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    execFile(TSX, [TUG, ...args], { cwd: ROOT, timeout }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const game = join(dir, 'game.json');
run(simCommand, [
  '--scenario',
  'tutorial',
  '--seed',
  '3',
  '--holder',
  'random',
  '--challenger',
  'random',
  '--replay-out',
  game,
]);
const missing = join(dir, 'no-such-folder', 'd', 'f.json');

describe('D2: outputs are checked before the work', () => {
  it('refuses a missing folder, a folder, and a FIFO as --out, naming the reason', () => {
    const orders = join(dir, 'orders.json');
    writeFileSync(orders, '[]');
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const out of [missing, dir, fifo]) {
      const why = out === missing ? /does not exist/ : out === dir ? /is a folder/ : /FIFO/;
      expect(usage(replayCommand, ['fork', game, '--turn', '2', '--out', out])).toMatch(why);
      expect(
        usage(replayCommand, ['build', orders, '--scenario', 'tutorial', '--seed', '1', '--out', out]),
      ).toMatch(why);
      expect(usage(simCommand, ['--scenario', 'tutorial', '--seed', '1', '--replay-out', out])).toMatch(why);
    }
    const link = run(replayCommand, ['link', game]).out;
    expect(usage(replayCommand, ['open', link, '--out', missing])).toMatch(/does not exist/);
  });

  it('balance refuses its --out before it plays a game', async () => {
    const started = Date.now();
    await expect(
      balanceCommand(['--scenario', 'tutorial', '--out', join(dir, 'nope', 'b.md')], () => {}),
    ).rejects.toThrow(/does not exist/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('prints one line and no stack trace from the real command line', async () => {
    const r = await tug(['replay', 'fork', game, '--turn', '1', '--out', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('D10: only regular files are read', () => {
  it('refuses a FIFO at once in validate, sim --scenario and replay verify', async () => {
    const fifo = join(dir, 'in.fifo');
    execFileSync('mkfifo', [fifo]);
    const runs = await Promise.all([
      tug(['validate', fifo], 8000),
      tug(['sim', '--scenario', fifo, '--seed', '1'], 8000),
      tug(['replay', 'verify', fifo], 8000),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toMatch(/pipe \(FIFO\)/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 30_000);

  it('refuses a folder and a device in-process', () => {
    expect(run(validateCommand, [dir])).toEqual({
      code: 2,
      out: `${dir}: (file): cannot be read: it is a folder, not a file.`,
    });
    expect(usage(replayCommand, ['verify', '/dev/zero'])).toMatch(/a device/);
  });
});

describe('D9: invisible and bidi characters are escaped in every message', () => {
  it('sim --json escapes U+202E in the seed and still parses to the same seed', async () => {
    const seed = 'abc\u202edef\u200b\u{e0041}';
    const r = await tug(['sim', '--scenario', 'tutorial', '--seed', seed, '--turns', '1', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u202e\u200b]|\p{Cs}|[\u{e0000}-\u{e0fff}]/u);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!).seed).toBe(seed);
  }, 30_000);

  it('replay verify and a file name with a bidi override print escapes', async () => {
    const evil = join(dir, 'game\u202e.json');
    writeFileSync(evil, readFileSync(game, 'utf8').replace('"seed": "3"', '"seed": "3\u202e"'));
    const r = await tug(['replay', 'verify', evil]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\\u202e');
    expect(r.stdout + r.stderr).not.toContain('\u202e');
  }, 30_000);
});

describe('D12: replay build reads a bounded orders file; a whole link that is not JSON says so', () => {
  it('refuses a 3 MB orders file before reading it', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, `[${'{"holder":[],"challenger":[]},'.repeat(100_000)}{"holder":[],"challenger":[]}]`);
    expect(
      usage(replayCommand, [
        'build',
        big,
        '--scenario',
        'tutorial',
        '--seed',
        '1',
        '--out',
        join(dir, 'b.json'),
      ]),
    ).toMatch(/MB; the limit is 2 MB/);
  });

  it('an orders file that is not JSON is said to be so, with where', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[{not json');
    const r = run(replayCommand, [
      'build',
      bad,
      '--scenario',
      'tutorial',
      '--seed',
      '1',
      '--out',
      join(dir, 'b.json'),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/not valid JSON \(line 1, column 3\)/);
  });

  it('a link carrying `{not json` with valid check digits is not JSON, not cut off', () => {
    const link = encodeLink('replay', '{not json', 'https://example.org/');
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const r = run(replayCommand, ['open', link.value]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/ERR_NOT_JSON/);
    expect(r.out).not.toMatch(/cut off|TRUNCATED/);
  });
});

describe('--scenario <id or path> in every replay verb', () => {
  it('verifies, links, forks and compares the replay of a scenario file', () => {
    const sdir = join(dir, 'own');
    mkdirSync(sdir);
    const scenarioFile = join(sdir, 'mine.json');
    writeFileSync(scenarioFile, minimalText());
    const mine = join(sdir, 'mine-game.json');
    expect(
      run(simCommand, [
        '--scenario',
        scenarioFile,
        '--seed',
        '5',
        '--holder',
        'random',
        '--challenger',
        'random',
        '--replay-out',
        mine,
      ]).code,
    ).toBe(0);
    const s = ['--scenario', scenarioFile];
    expect(run(replayCommand, ['verify', mine, ...s]).code).toBe(0);
    expect(run(replayCommand, ['link', mine, ...s]).code).toBe(0);
    const fork = join(sdir, 'fork.json');
    expect(run(replayCommand, ['fork', mine, '--turn', '1', '--out', fork, ...s]).code).toBe(0);
    expect(run(replayCommand, ['compare', mine, fork, ...s]).code).toBe(0);
    // Without it, the scenario is not found, and that is said, not thrown.
    expect(run(replayCommand, ['compare', mine, fork]).code).toBe(1);
  });
});
