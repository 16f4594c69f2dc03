// `npm run tug -- survey`: the ending counts a scenario author balances with.
import { describe, expect, it } from 'vitest';
import { type Survey, surveyCommand } from '../../src/cli/survey.ts';

const run = (...argv: string[]) => {
  const lines: string[] = [];
  const code = surveyCommand(argv, (l) => lines.push(l));
  return { code, lines };
};

describe('tug survey', () => {
  it('counts one ending per seed and reports the means', () => {
    const { code, lines } = run('--scenario', 'slow-tug', '--seeds', '4', '--holder', 'fixed:hawk', '--json');
    expect(code).toBe(0);
    const s = JSON.parse(lines.at(-1)!) as Survey;
    expect(s).toMatchObject({ scenario: 'slow-tug', holder: 'fixed:hawk', challenger: 'idle', seeds: 4 });
    expect(Object.values(s.endings).reduce((a, b) => a + b, 0)).toBe(4);
    expect(s.endings['crisis/managed-competition']).toBe(4); // a passive challenger under a full ban
    expect(s.meanTurns).toBeLessThan(40);
  });

  it('prints a readable table', () => {
    const { lines } = run('--scenario', 'tutorial', '--seeds', '2', '--from', '7');
    expect(lines[0]).toBe('tutorial: idle holder vs idle challenger, seeds 7–8');
    // A crisis costs the holder's firms their market, so a passive holder's grip is not firm.
    expect(lines[1]).toMatch(/^\s+2 {2}Crisis \/ Managed competition\s+crisis\/managed-competition$/);
    expect(lines[2]).toMatch(/^ {2}mean: score challenger/);
  });

  it('refuses an unknown player', () => {
    expect(() => run('--scenario', 'slow-tug', '--holder', 'fixed:nobody')).toThrow(/Unknown holder player/);
  });
});
