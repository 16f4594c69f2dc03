// Successive halving: every candidate is tried on the same sampled futures; after each round the
// weaker half is dropped and the budget goes to the rest. The budget counts simulated turns, never
// time, so a decision is the same on every machine.

export interface Trial {
  value: number;
  turns: number; // simulated turns this trial cost
}

export interface SearchResult {
  best: number;
  means: number[]; // mean value of each candidate over the samples it saw (NaN if none)
  spent: number;
}

export function successiveHalving(
  count: number,
  trial: (candidate: number, sample: number) => Trial,
  budget: number,
  firstSweeps = 1, // samples every candidate gets before any is dropped: one lucky future is not enough
  keep = -1, // a candidate never dropped (the one being played), or -1
): SearchResult {
  const sums = new Array<number>(count).fill(0);
  const seen = new Array<number>(count).fill(0);
  let alive = Array.from({ length: count }, (_, i) => i);
  // One round per halving, until one candidate is left (⌈log2 count⌉, counted without Math.log2).
  let rounds = 1;
  for (let n = count; n > 2; n = Math.ceil(n / 2)) rounds++;
  let spent = 0;
  let sample = 0;
  for (let round = 0; round < rounds && alive.length > 0; round++) {
    // The first round always runs, so every candidate is tried once; later rounds only within budget.
    if (round > 0 && spent >= budget) break;
    const target = spent + (budget - spent) / (rounds - round);
    // Whole sweeps only: every survivor sees the same samples.
    let sweeps = 0;
    do {
      for (const c of alive) {
        const t = trial(c, sample);
        sums[c]! += t.value;
        seen[c]!++;
        spent += Math.max(1, t.turns);
      }
      sample++;
      sweeps++;
    } while (spent < target || (round === 0 && sweeps < firstSweeps));
    if (round < rounds - 1) {
      const ranked = [...alive].sort((a, b) => sums[b]! / seen[b]! - sums[a]! / seen[a]! || a - b);
      alive = ranked.slice(0, Math.max(1, Math.ceil(alive.length / 2)));
      if (keep >= 0 && ranked.includes(keep) && !alive.includes(keep)) alive.push(keep);
    }
  }
  const means = sums.map((s, i) => (seen[i]! > 0 ? s / seen[i]! : Number.NaN));
  const best = alive.reduce(
    (a, b) => (means[b]! > means[a]! || (means[b] === means[a] && b < a) ? b : a),
    alive[0] ?? 0,
  );
  return { best, means, spent };
}
