import type { Problem } from './problems.ts';

/** One problem as a line: `file: path: message`, with warnings and notes marked. */
export const formatProblem = (file: string, p: Problem): string =>
  `${file}: ${p.path}: ${p.severity === 'error' ? '' : `${p.severity}: `}${p.message}`;
