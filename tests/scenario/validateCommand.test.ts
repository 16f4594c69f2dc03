// `npm run tug -- validate`: `file: path: message` lines, exit 0 / 1 / 2.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/validate.ts';
import { minimalScenario, minimalText } from '../support/minimal.ts';

const dir = mkdtempSync(join(tmpdir(), 'tug-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const run = (...files: string[]) => {
  const lines: string[] = [];
  const code = validateCommand(files, (l) => lines.push(l));
  return { code, lines };
};

describe('tug validate', () => {
  const good = file('good.json', minimalText());
  const broken = minimalScenario();
  broken.technologies[1]!.dependsOn = ['nothing'];
  broken.turns = 0;
  const bad = file('bad.json', JSON.stringify(broken));
  const cyclic = minimalScenario();
  cyclic.technologies[0]!.dependsOn = ['machine-tools'];
  const loop = file('loop.json', JSON.stringify(cyclic));

  it('exits 0 and says so when every file is valid', () => {
    expect(run(good)).toEqual({ code: 0, lines: [`${good}: valid`] });
  });

  it('exits 1 and prints every problem as file: path: message', () => {
    const { code, lines } = run(good, bad, loop);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${good}: valid`,
      `${bad}: turns: Must be at least 1.`,
      `${loop}: technologies: Dependency cycle: bearings → machine-tools → bearings. Dependencies must form no loop (see dependsOn).`,
    ]);
  });

  it('marks warnings and still counts the file as valid', () => {
    const s: Partial<ReturnType<typeof minimalScenario>> = minimalScenario();
    delete s.$schema;
    const path = file('warn.json', JSON.stringify(s));
    const { code, lines } = run(path);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(new RegExp(`^${path}: \\$schema: warning: Add "\\$schema"`));
    expect(lines[1]).toBe(`${path}: valid (1 warning)`);
  });

  it('exits 2 when a file cannot be read, and still checks the others', () => {
    const missing = join(dir, 'missing.json');
    const { code, lines } = run(missing, bad, dir);
    expect(code).toBe(2);
    expect(lines).toEqual([
      `${missing}: (file): cannot be read: there is no such file.`,
      `${bad}: turns: Must be at least 1.`,
      `${dir}: (file): cannot be read: it is a folder, not a file.`,
    ]);
  });

  it('refuses a 50 MB file by its size, without reading it', () => {
    const big = file('big.json', `{"pad":"${'x'.repeat(50_000_000)}"}`);
    expect(run(big)).toEqual({
      code: 1,
      lines: [`${big}: (root): The scenario file is 50.0 MB; the limit is 2 MB.`],
    });
  }, 5000);
});
