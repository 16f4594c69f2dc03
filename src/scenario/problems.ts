// A problem found in a scenario file: how bad, where (a JSON path), and a sentence a modder understands.
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  path: string; // e.g. technologies[2].dependsOn[0], or (root) for the file as a whole
  message: string;
}

/**
 * Text from a file, made safe to put in a message: in double quotes, shortened, with every control,
 * bidirectional-override or other invisible character written as an escape, so that a hostile string
 * can neither rewrite a terminal nor read differently from what it is.
 */
export function quote(s: string, max = 60): string {
  const short = s.length > max ? `${s.slice(0, max)}…` : s;
  return unhide(JSON.stringify(short));
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it escapes
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Writes every control and invisible formatting character as a \uXXXX escape. */
export const unhide = (s: string): string =>
  s.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const jsonPath = (segments: readonly PropertyKey[]): string => {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${quote(String(s), 40)}]`;
  }
  return out || '(root)';
};

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');
