// The wall around the rules: nothing under src/sim (or the pure layers beside it) may draw, touch the
// DOM, read a clock or call Math.random; and nothing engine-dependent may feed the state.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PURE_DIRS = ['src/sim', 'src/scenario', 'src/players', 'src/match', 'src/replay'];
const FORBIDDEN: [RegExp, string][] = [
  [/from ['"]phaser['"]/, 'imports Phaser'],
  [/\bMath\.random\b/, 'calls Math.random'],
  [/\bDate\.now\b|\bnew Date\b|\bperformance\.now\b/, 'reads the clock'],
  [/\b(window|document|localStorage|navigator)\./, 'touches the browser'],
  [
    /\bMath\.(exp|log|log2|log10|pow|sin|cos|tan|atan2?|sinh|cosh|tanh|expm1|log1p|cbrt|hypot)\b/,
    'uses engine-dependent math',
  ],
  [/\*\*/, 'uses ** (Math.pow)'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the purity wall', () => {
  for (const dir of PURE_DIRS) {
    for (const file of files(dir)) {
      it(`${file} stays pure`, () => {
        const code = readFileSync(file, 'utf8')
          .replace(/\/\/.*$/gm, '')
          .replace(/\/\*[\s\S]*?\*\//g, '');
        const broken = FORBIDDEN.filter(([re]) => re.test(code)).map(([, why]) => why);
        expect(broken, `${file} ${broken.join(', ')}`).toEqual([]);
      });
    }
  }
});
