// Deterministic arithmetic. Only + − × ÷ and comparisons feed the state: their IEEE results are the
// same in every engine, unlike Math.exp, Math.pow with fractional exponents or trigonometry.

export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : Math.min(x, hi));

/** Rounds to 1e-6; applied to the state at the end of each turn to keep it compact and readable. */
export const tidy = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Effort bought by each R&D level: diminishing returns on money. */
export const EFFORT = [0, 1, 1.7, 2.2] as const;

export const effort = (level: number): number => EFFORT[clamp(level, 0, 3)]!;

/** Quality as buyers weigh it: steeply convex, so the last points of reliability matter most. */
export const quality = (capability: number): number => {
  const q = clamp(capability, 0, 100) / 100;
  return q * q * q;
};

/**
 * Unit cost on a learning curve: it multiplies by `rate` for each doubling of cumulative output,
 * interpolated linearly inside a doubling. A loop over doublings instead of Math.pow keeps it exact.
 */
export function learningCost(
  baseCost: number,
  baseCumulative: number,
  cumulative: number,
  rate: number,
): number {
  if (cumulative <= baseCumulative || baseCumulative <= 0) return baseCost;
  let ratio = cumulative / baseCumulative;
  let cost = baseCost;
  while (ratio >= 2) {
    ratio /= 2;
    cost *= rate;
  }
  return cost * (1 - (1 - rate) * (ratio - 1));
}

export const sum = (xs: readonly number[]): number => {
  let s = 0;
  for (const x of xs) s += x;
  return s;
};
