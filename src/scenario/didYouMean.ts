// "Did you mean": the nearest known name to a misspelt one, by edit distance, for the validator's messages.

/** Edit distance with a swap of two neighbours as one edit ("titel" is one from "title"), case aside. */
export function distance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let before: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        row[j] = Math.min(row[j]!, before[j - 2]! + 1);
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = row;
  }
  return prev[y.length]!;
}

/** The known name nearest to `word`, if one is near enough to be a likely misspelling. */
export function closest(word: string, known: Iterable<string>): string | null {
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const k of known) {
    if (k === word) return null;
    const d = distance(word, k, limit);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/** " (did you mean "x"?)" when a known name is near, else nothing. */
export const didYouMean = (word: string, known: Iterable<string>): string => {
  const near = closest(word, known);
  return near ? ` (did you mean "${near}"?)` : '';
};

/** The same in Chinese: "(是不是“x”?)". */
export const didYouMeanZh = (word: string, known: Iterable<string>): string => {
  const near = closest(word, known);
  return near ? `(是不是“${near}”?)` : '';
};
