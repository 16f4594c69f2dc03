// The game's source articles on disk, for checking quotes: they sit beside the project (../shared/seeds),
// not in it, so they are looked for there (or where TUG_SEEDS says) and simply skipped when absent.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KNOWN_ARTICLES } from '../scenario/articles.ts';

export function articleTexts(): ReadonlyMap<string, string> | undefined {
  const dir = [process.env.TUG_SEEDS, '../shared/seeds', '../../shared/seeds']
    .filter((p): p is string => !!p)
    .map((p) => resolve(p))
    .find((p) => existsSync(join(p, KNOWN_ARTICLES[0]!)));
  if (!dir) return undefined;
  return new Map(
    KNOWN_ARTICLES.filter((f) => existsSync(join(dir, f))).map((f) => [
      f,
      readFileSync(join(dir, f), 'utf8'),
    ]),
  );
}
