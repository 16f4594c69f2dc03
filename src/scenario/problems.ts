// A problem found in a scenario file: how bad, where (a JSON path), and a sentence a modder understands.
/** An error refuses the file; a warning does not; a note says what the validator did (a migration). */
export type Severity = 'error' | 'warning' | 'note';

export interface Problem {
  severity: Severity;
  path: string; // e.g. technologies[2].dependsOn[0], or (root) for the file as a whole
  message: string; // in English: what is wrong, where, and how to fix it
  zh?: string; // the same in Chinese, where the validator has it
}

/** A problem's sentence in both languages. */
export interface Msg {
  en: string;
  zh: string;
}
export const m = (en: string, zh: string): Msg => ({ en, zh });

/** A problem from a sentence in both languages (or in English alone). */
export const problem = (severity: Severity, path: string, message: string | Msg): Problem =>
  typeof message === 'string'
    ? { severity, path, message }
    : { severity, path, message: message.en, zh: message.zh };

/** A problem's sentence in the reader's language: Chinese where the validator wrote it, else English. */
export const problemText = (p: Problem, lang: 'en' | 'zh'): string =>
  lang === 'zh' && p.zh ? p.zh : p.message;

/**
 * Text from a file, made safe to put in a message: in double quotes, shortened, with every control,
 * bidirectional-override or other invisible character written as an escape, so that a hostile string
 * can neither rewrite a terminal nor read differently from what it is.
 */
export function quote(s: string, max = 60): string {
  const short = s.length > max ? `${s.slice(0, max)}…` : s;
  return unhide(JSON.stringify(short));
}

/**
 * Characters that change how text reads without being seen: controls (C0, C1), the soft hyphen, the
 * combining grapheme joiner, the Arabic letter mark, Hangul and Khmer fillers, Mongolian separators,
 * zero-width spaces and joiners, LRM/RLM, line and paragraph separators, bidi embeddings, overrides and
 * isolates, invisible operators, variation selectors, a byte-order mark anywhere, interlinear
 * annotations, tag characters, and a half of a surrogate pair standing alone.
 */
const INVISIBLE_SOURCE =
  '[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff9-\\ufffb\\u{1d173}-\\u{1d17a}\\u{e0000}-\\u{e0fff}]|\\p{Cs}';
const INVISIBLE = new RegExp(INVISIBLE_SOURCE, 'gu');
const INVISIBLE_ONE = new RegExp(INVISIBLE_SOURCE, 'u');

/** True when the text holds any of the invisible characters `unhide` escapes. */
export const hasInvisible = (s: string): boolean => INVISIBLE_ONE.test(s);

/** The first invisible character (and its UTF-16 index) other than line breaks and tabs, if any. */
export function firstInvisible(s: string): { char: string; index: number } | null {
  for (const m of s.matchAll(INVISIBLE)) {
    if (m[0] !== '\n' && m[0] !== '\r' && m[0] !== '\t') return { char: m[0], index: m.index };
  }
  return null;
}

/** A lone surrogate: half of a character, which no well-formed text holds. */
export const hasLoneSurrogate = (s: string): boolean => /\p{Cs}/u.test(s);

/**
 * Writes every control and invisible formatting character as \\uXXXX escapes, one per UTF-16 unit, so
 * the result is also valid inside a JSON string and reads back as the same text.
 */
export const unhide = (s: string): string =>
  s.replace(INVISIBLE, (c) => {
    let out = '';
    for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });

/** Like unhide, for a terminal: line breaks and tabs stay as they are, everything else is escaped. */
export const terminalSafe = (s: string): string =>
  s
    .split('\n')
    .map((line) => line.split('\t').map(unhide).join('\t'))
    .join('\n');

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
