// `npm run golden`: regenerates the golden replays of every scenario in scenarios/, on purpose. Run it
// after a rule change that alters them (and raise RULES_VERSION in src/sim/version.ts), or when a
// scenario is added or changed; commit what it writes.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHIPPED_IDS, shipped } from '../support/scenarios.ts';
import { GOLDEN_DIR, GOLDEN_MATCHES, goldenFiles, goldenPaths, makeGolden } from './golden.ts';

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

const kept = new Set<string>();
for (const id of SHIPPED_IDS) {
  const scenario = shipped(id);
  for (const match of GOLDEN_MATCHES) {
    const made = makeGolden(scenario, match);
    const paths = goldenPaths(id, match);
    for (const [path, text] of [
      [paths.replay, made.replay],
      [paths.states, made.states],
    ] as const) {
      const before = read(path);
      const file = path.slice(GOLDEN_DIR.length + 1);
      kept.add(file);
      if (before === text) continue;
      writeFileSync(path, text);
      process.stdout.write(`${before === null ? 'created' : 'updated'} tests/golden/${file}\n`);
    }
  }
}
for (const file of goldenFiles()) {
  if (kept.has(file)) continue;
  rmSync(join(GOLDEN_DIR, file));
  process.stdout.write(`removed tests/golden/${file} (its scenario is gone)\n`);
}
process.stdout.write(
  `golden replays: ${SHIPPED_IDS.length} scenario(s), ${kept.size / 2} replay(s), up to date\n`,
);
