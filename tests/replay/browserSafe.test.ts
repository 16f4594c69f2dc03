// src/replay must run in the browser as it runs in Node: it imports nothing from Node, and nothing that
// does, so the viewer verifies with the very code the command line uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'src/replay';

describe('src/replay in the browser', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    it(`${file} imports no Node module and no Node global`, () => {
      const code = readFileSync(join(DIR, file), 'utf8');
      const imports = [...code.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      const outside = imports.filter((i) => !i.startsWith('.'));
      expect(
        outside.filter(
          (i) => !['zod', 'fflate', '@noble/hashes/sha2.js', '@noble/hashes/utils.js'].includes(i),
        ),
      ).toEqual([]);
      expect(imports.filter((i) => i.startsWith('../') && !/^\.\.\/(sim|scenario|match)\//.test(i))).toEqual(
        [],
      );
      expect(code).not.toMatch(/\b(process|Buffer|require)\b[.(]/);
    });
  }
});
