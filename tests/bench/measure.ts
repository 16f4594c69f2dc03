// Timing helpers for benchmarks: ratios against a baseline measured in the same run, so the machine's
// speed cancels out. Rounds alternate between the two so drift hits both alike; the median is reported.

export function timeLoop(fn: () => void, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return (performance.now() - start) / iterations;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median per-call time of `subject` and `baseline`, measured in alternating rounds. */
export function compare(subject: () => void, baseline: () => void, opts = { rounds: 15, iterations: 200 }) {
  for (let i = 0; i < 50; i++) {
    subject();
    baseline();
  }
  const s: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    s.push(timeLoop(subject, opts.iterations));
    b.push(timeLoop(baseline, opts.iterations));
  }
  return { subject: median(s), baseline: median(b), ratio: median(s) / median(b) };
}

let peak = 0;
export function sampleHeap(): number {
  const used = process.memoryUsage().heapUsed;
  if (used > peak) peak = used;
  return peak;
}
