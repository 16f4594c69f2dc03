import type { Problem } from './problems.ts';

/** One problem as a line: `file: path: message`, with warnings marked. */
export const formatProblem = (file: string, p: Problem): string =>
  `${file}: ${p.path}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
