// scenarios/README.md is what a scenario author reads: its minimal example must validate cleanly and
// play, and its table of event fields must match the fields the rules know.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DIR } from '../../src/cli/scenarioFiles.ts';
import { validateCommand } from '../../src/cli/validate.ts';
import { playMatch } from '../../src/match/match.ts';
import { parsePlayer } from '../../src/players/index.ts';
import { ScenarioSchema } from '../../src/scenario/schema.ts';
import { validateScenarioText } from '../../src/scenario/validate.ts';
import { fieldCatalogue, resolveField } from '../../src/sim/index.ts';
import { minimalScenario } from '../support/minimal.ts';

const readme = readFileSync(join(SCENARIO_DIR, 'README.md'), 'utf8');
const example = /```json\n([\s\S]*?)\n```/.exec(readme)![1]!;

describe('the minimal example in scenarios/README.md', () => {
  it('validates with no problem at all', () => {
    const v = validateScenarioText(example);
    expect(v.problems).toEqual([]);
    expect(v.scenario).not.toBeNull();
  });

  it('plays a whole game', () => {
    const scenario = validateScenarioText(example).scenario!;
    const { state } = playMatch(scenario, '1', {
      holder: parsePlayer('random')!,
      challenger: parsePlayer('fixed:domestic-only')!,
    });
    expect(state.ending?.turn).toBe(scenario.turns);
  });

  it('leaves out every optional field, so it is minimal', () => {
    const raw = JSON.parse(example);
    const required = Object.entries(ScenarioSchema.shape)
      .filter(([, s]) => !s.safeParse(undefined).success)
      .map(([k]) => k);
    expect(
      Object.keys(raw)
        .filter((k) => k !== '$schema')
        .sort(),
    ).toEqual(required.sort());
  });
});

describe('the table of event fields in scenarios/README.md', () => {
  /** The documented paths, with `….x` expanded against the path before it and ids put back in. */
  function documented(): Map<string, boolean> {
    const out = new Map<string, boolean>();
    const start = readme.indexOf('## Fields that events can test and change');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    for (const line of section.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length < 5 || !cells[1]!.startsWith('`')) continue;
      const paths = [...cells[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      let last = '';
      for (const raw of paths) {
        const path = raw.startsWith('….') ? `${last.slice(0, last.lastIndexOf('.'))}.${raw.slice(2)}` : raw;
        last = path;
        out.set(
          path
            .replace('<tech>', 'bearings')
            .replace('<industry>', 'rail')
            .replace('<champion>', 'rail-maker'),
          cells[3] === 'write',
        );
      }
    }
    return out;
  }

  it('names every field for the first technology, and says which can be written', () => {
    const scenario = ScenarioSchema.parse(minimalScenario());
    const known = fieldCatalogue(scenario).filter((f) => !f.startsWith('tech.machine-tools.'));
    const docs = documented();
    expect([...docs.keys()].sort()).toEqual([...known].sort());
    for (const [path, write] of docs) expect(!!resolveField(scenario, path)?.set, path).toBe(write);
  });
});

describe('the command line as the README shows it', () => {
  it('validates the shipped scenarios with the README’s glob', () => {
    const files = [
      'chokehold',
      'next-japan',
      'slow-tug',
      'tutorial',
      'tutorial-holder',
      'scenario.schema',
    ].map((f) => join(SCENARIO_DIR, `${f}.json`));
    const lines: string[] = [];
    expect(validateCommand(files, (l) => lines.push(l))).toBe(0);
    expect(lines.filter((l) => l.endsWith(': valid'))).toHaveLength(5);
    expect(lines.at(-1)).toMatch(/scenario\.schema\.json: skipped/);
  });
});
