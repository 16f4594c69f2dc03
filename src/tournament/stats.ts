// Percentiles for reports: nearest-rank, so every figure is one of the games' own values and the same
// list gives the same figure on every machine.

/** The p-th percentile (0–100) of `xs` by nearest rank; NaN for an empty list. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** A fraction as a percentage with one decimal, as the reports print it. */
export const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export const median = (xs: readonly number[]): number => percentile(xs, 50);

/** The population standard deviation of `xs`; 0 for fewer than two values. */
export function sd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) * (x - mean), 0) / xs.length);
}

/** The bands a fan chart draws: nine games in ten, half of them, and the median. */
export const RANGE_PERCENTILES = [5, 25, 50, 75, 95] as const;

/**
 * The percentile bands of per-turn series over games (each as long as the game's last turn: a game that
 * ended early keeps its final value), for a fan chart.
 */
export function percentileBands(
  series: readonly (readonly number[])[],
  percentiles: readonly number[] = RANGE_PERCENTILES,
): { percentile: number; values: number[] }[] {
  const turns = Math.max(0, ...series.map((s) => s.length));
  return percentiles.map((p) => ({
    percentile: p,
    values: Array.from({ length: turns }, (_, t) =>
      percentile(
        series.map((v) => v[t]!),
        p,
      ),
    ),
  }));
}
