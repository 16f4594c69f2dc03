// The command line: `tug sim --replay-out` writes a replay, `tug replay verify` exits 0 when every turn
// reproduces and otherwise names the first turn that does not, and why.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.ts';
import { replayCommand } from '../../src/cli/replay.ts';
import { simCommand } from '../../src/cli/sim.ts';
import { RULES_VERSION } from '../../src/sim/version.ts';

const dir = mkdtempSync(join(tmpdir(), 'tug-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(command: typeof simCommand, argv: string[]) {
  const lines: string[] = [];
  const code = command(argv, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('tug replay', () => {
  const file = join(dir, 'game.json');
  const sim = run(simCommand, [
    '--scenario',
    'slow-tug',
    '--seed',
    '7',
    '--holder',
    'random',
    '--challenger',
    'random',
    '--replay-out',
    file,
  ]);
  const text = readFileSync(file, 'utf8');
  const tampered = (name: string, edit: (t: string) => string) => {
    const path = join(dir, name);
    writeFileSync(path, edit(text));
    return path;
  };

  it('sim --replay-out writes a replay that verifies', () => {
    expect(sim.code).toBe(0);
    expect(sim.out).toContain(`Replay written to ${file}`);
    const v = run(replayCommand, ['verify', file]);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/verified: 40 turns of slow-tug, seed "7".*every turn's state hash reproduces/);
    const json = run(replayCommand, ['verify', file, '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, turns: 40, scenario: 'slow-tug', finished: true });
  });

  it.each([
    ['seed', (t: string) => t.replace('"seed": "7"', '"seed": "8"'), 'ERR_SEED', 1],
    ['version', (t: string) => t.replace('"version": 1', '"version": 2'), 'ERR_FORMAT_VERSION', 1],
    [
      'rules',
      (t: string) => t.replace(`"rules": ${RULES_VERSION}`, `"rules": ${RULES_VERSION + 1}`),
      'ERR_RULES_VERSION',
      1,
    ],
    ['truncated', (t: string) => t.slice(0, Math.floor(t.length / 2)), 'ERR_TRUNCATED', null],
  ] as const)('refuses an edited %s, naming the turn, with exit 1', (name, edit, code, turn) => {
    const path = tampered(`${name}.json`, edit);
    const v = run(replayCommand, ['verify', path]);
    expect(v.code).toBe(1);
    expect(v.out).toContain(`refused (${code})`);
    expect(v.out).toMatch(turn === null ? /Turn \d+ / : new RegExp(`Turn ${turn} `));
    const json = JSON.parse(run(replayCommand, ['verify', path, '--json']).out);
    expect(json).toMatchObject({ ok: false, code });
    expect(json.turn).toBeGreaterThanOrEqual(1);
  });

  it('a file that cannot be read is a usage error (exit 2 from tug)', () => {
    expect(() => run(replayCommand, ['verify', join(dir, 'missing.json')])).toThrow(UsageError);
    expect(() => run(replayCommand, ['frobnicate'])).toThrow(UsageError);
  });

  it('makes a link and opens it back into the same replay', () => {
    const link = run(replayCommand, ['link', file, '--base', 'https://example.org/']);
    expect(link.code).toBe(0);
    expect(link.out).toMatch(/^https:\/\/example\.org\/#replay=1\./);
    const back = join(dir, 'back.json');
    const opened = run(replayCommand, ['open', link.out, '--out', back]);
    expect(opened.code).toBe(0);
    expect(readFileSync(back, 'utf8')).toBe(text);
  });

  it('forks from turn 10 and compares the two timelines', () => {
    const fork = join(dir, 'fork.json');
    const f = run(replayCommand, ['fork', file, '--turn', '10', '--out', fork, '--holder', 'fixed:hawk']);
    expect(f.code).toBe(0);
    expect(run(replayCommand, ['verify', fork]).out).toMatch(
      /A fork of replay [0-9a-f]{16} after its turn 10/,
    );
    const c = run(replayCommand, ['compare', file, fork]);
    expect(c.code).toBe(0);
    expect(c.out).toMatch(/share turns 1–\d+ and split after turn \d+/);
  });

  it('builds a replay from a list of orders, and names the turn of an illegal one', () => {
    const orders = join(dir, 'orders.json');
    writeFileSync(
      orders,
      JSON.stringify([{ holder: [], challenger: [{ type: 'setResearch', tech: 'bearings', level: 2 }] }]),
    );
    const built = join(dir, 'built.json');
    expect(
      run(replayCommand, ['build', orders, '--scenario', 'slow-tug', '--seed', 's', '--out', built]).code,
    ).toBe(0);
    expect(run(replayCommand, ['verify', built]).out).toMatch(/verified: 1 turn of slow-tug/);
    writeFileSync(
      orders,
      JSON.stringify([
        { holder: [], challenger: [] },
        { holder: [{ type: 'setAllies', level: 7 }], challenger: [] },
      ]),
    );
    const bad = run(replayCommand, [
      'build',
      orders,
      '--scenario',
      'slow-tug',
      '--seed',
      's',
      '--out',
      built,
    ]);
    expect(bad).toEqual({
      code: 1,
      out: `${orders}: turn 2: the holder's action 1 is refused: A level is a whole number from 0 to 3.`,
    });
  });

  it('runs as `npm run tug` does, with its exit codes', () => {
    const tug = (...args: string[]) => {
      try {
        return {
          code: 0,
          out: execFileSync('npx', ['tsx', 'src/cli/tug.ts', ...args], { encoding: 'utf8' }),
        };
      } catch (e) {
        const err = e as { status: number; stdout: string; stderr: string };
        return { code: err.status, out: err.stdout + err.stderr };
      }
    };
    expect(tug('replay', 'verify', file).code).toBe(0);
    const bad = tug(
      'replay',
      'verify',
      tampered('cli-seed.json', (t) => t.replace('"seed": "7"', '"seed": "9"')),
    );
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/Turn 1 diverges: the seed "9"/);
    expect(tug('replay', 'verify', join(dir, 'nope.json')).code).toBe(2);
  }, 60_000);
});
