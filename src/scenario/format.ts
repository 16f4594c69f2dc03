import { type Problem, problemText } from './problems.ts';

/** One problem as a line: `file: path: message`, with warnings and notes marked. */
export const formatProblem = (file: string, p: Problem, lang: 'en' | 'zh' = 'en'): string =>
  `${file}: ${p.path}: ${p.severity === 'error' ? '' : `${lang === 'zh' ? (p.severity === 'warning' ? '警告' : '说明') : p.severity}: `}${problemText(p, lang)}`;
