// What JSON.parse lets through silently: a key written twice (the last one wins, so the file says two
// things and the game believes one), half a surrogate pair (no text holds one; it breaks where it is
// shown), and invisible characters that make a text or an id read differently from what it is.

import { firstInvisible, hasLoneSurrogate, jsonPath, type Problem, quote } from './problems.ts';
import { HIDDEN_CHARACTERS } from './schema.ts';

const MAX_REPORTED = 50;

// Anything outside printable ASCII (and tab, line feeds): worth a closer look.
const SUSPECT = /[^\t\n\r\x20-\x7e]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every string (keys too) that holds a lone surrogate (an error) or an invisible character (a warning). */
export function hiddenTextProblems(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const path: PropertyKey[] = []; // one stack, copied only for a problem: files can hold 100 000 strings
  const check = (s: string, isKey: boolean) => {
    if (!SUSPECT.test(s)) return; // the common case, in one test
    const what = isKey ? 'This key' : 'This text';
    if (hasLoneSurrogate(s)) {
      const chars = [...s];
      const at = chars.findIndex((c) => /\p{Cs}/u.test(c));
      problems.push({
        severity: 'error',
        path: jsonPath(path),
        message: `${what} holds half of a character (a lone surrogate, ${codePoint(chars[at]!)} at character ${at + 1}), which no text can show: ${quote(s, 40)}.`,
        zh: `${isKey ? '这个键' : '这段文本'}含有半个字符(孤立代理项 ${codePoint(chars[at]!)},在第 ${at + 1} 个字符处),无法显示:${quote(s, 40)}。`,
      });
      return;
    }
    // Controls and bidi overrides are the schema's to refuse; a warning beside its error says nothing more.
    const m = HIDDEN_CHARACTERS.test(s) ? null : firstInvisible(s);
    if (m) {
      const at = [...s.slice(0, m.index)].length;
      problems.push({
        severity: 'warning',
        path: jsonPath(path),
        message: `${what} holds an invisible character (${codePoint(m.char)} at character ${at + 1}), so it reads differently from what it is: ${quote(s, 40)}.`,
        zh: `${isKey ? '这个键' : '这段文本'}含有不可见字符(${codePoint(m.char)},在第 ${at + 1} 个字符处),读起来与实际内容不同:${quote(s, 40)}。`,
      });
    }
  };
  const visit = (value: unknown) => {
    if (problems.length >= MAX_REPORTED) return;
    if (typeof value === 'string') return check(value, false);
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(value)) {
      path.push(key);
      check(key, true);
      visit((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  visit(raw);
  return problems;
}

/**
 * Keys written twice in one object, found in the text itself (JSON.parse keeps the last silently). The
 * text is already known to parse; this walks it once, keeping one set of keys per open object.
 */
export function duplicateKeyProblems(text: string): Problem[] {
  const problems: Problem[] = [];
  type Frame = { keys: Set<string> | null; path: PropertyKey[]; index: number; key: string | null };
  const stack: Frame[] = [];
  let expectKey = false;
  const top = () => stack[stack.length - 1];
  const childPath = (): PropertyKey[] => {
    const f = top();
    if (!f) return [];
    return f.keys ? [...f.path, f.key ?? ''] : [...f.path, f.index];
  };
  for (let i = 0; i < text.length && problems.length < MAX_REPORTED; i++) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const f = top();
      if (expectKey && f?.keys) {
        const raw = text.slice(i + 1, j);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (f.keys.has(key)) {
          problems.push({
            severity: 'error',
            path: jsonPath([...f.path, key]),
            message: `The key ${quote(key, 40)} is written twice in this object; JSON keeps only the last, so say it once.`,
            zh: `键 ${quote(key, 40)} 在这个对象里写了两次;JSON 只保留最后一个,请只写一次。`,
          });
        }
        f.keys.add(key);
        f.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      stack.push({ keys: new Set(), path: childPath(), index: 0, key: null });
      expectKey = true;
    } else if (c === '[') {
      stack.push({ keys: null, path: childPath(), index: 0, key: null });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const f = top();
      if (f?.keys) expectKey = true;
      else if (f) f.index++;
    }
  }
  return problems;
}
