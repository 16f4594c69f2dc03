// The tournament command end to end: worker threads under tsx, and the JSON it prints last.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { player } from '../../src/cli/sim.ts';

const run = promisify(execFile);
const tug = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/tug.ts', ...args], { cwd: process.cwd() });

describe('tug tournament', () => {
  it('plays its games on workers and ends with one JSON object', async () => {
    const game = [
      'tournament',
      '--scenario',
      'slow-tug',
      '--games',
      '3',
      '--holder',
      'ai:easy',
      '--challenger',
      'random',
    ];
    const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!);
    const { stdout } = await tug(...game, '--json');
    const report = lastJson(stdout);
    expect(report.games).toBe(3);
    expect(report.winRate.holder + report.winRate.challenger + report.drawRate).toBeCloseTo(1, 9);
    expect(Object.values(report.endings).reduce((a: number, b) => a + (b as number), 0)).toBe(3);
    expect(report.score.holder).toHaveProperty('median');
    expect(report.score.challenger).toHaveProperty('p95');
    // The same base seed gives the same games, whichever worker played which.
    const again = lastJson((await tug(...game, '--workers', '1', '--json')).stdout);
    expect(again).toEqual(report);
  });

  it('refuses a personality on the wrong side, with a sentence', () => {
    expect(() => player('ai:easy:rd-first', 'holder')).toThrow(/plays the challenger, not the holder/);
    expect(() => player('ai:hard:sage', 'holder')).toThrow(
      /Unknown holder player "ai:hard:sage"; players are .*ai:<easy\|normal\|hard>/,
    );
  });
});
