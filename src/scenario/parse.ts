// Untrusted text to a JSON value, safely: a size limit, a nesting limit checked before parsing, and
// errors that say where. Nothing here evaluates or renders the text.
import type { Result } from '../sim/result.ts';
import { type Problem, unhide } from './problems.ts';

export const MAX_BYTES = 2_000_000;
export const MAX_DEPTH = 64;

/** Deepest nesting of [ and { outside strings; stops counting once past the limit. */
export function nestingDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** What is being read, in Chinese, for the messages. */
const WHAT_ZH: Record<string, string> = {
  file: '文件',
  'scenario file': '场景文件',
  save: '存档',
  game: '对局',
  replay: '回放',
  'replay file': '回放文件',
  'orders file': '指令文件',
};

/** Where an offset falls in the text: its line and column, from 1. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

/** Parsed JSON, or the problems that stop it (one, at the root): the rules' Result. */
export type Parsed = Result<unknown, Problem[]>;

export function parseJsonText(text: string, what = 'file', maxBytes = MAX_BYTES): Parsed {
  const error = (message: string, zh: string): Parsed => ({
    ok: false,
    error: [{ severity: 'error', path: '(root)', message, zh }],
  });
  const whatZh = WHAT_ZH[what] ?? what;
  if (typeof text !== 'string') return error(`The ${what} is not text.`, `${whatZh}不是文本。`);
  // Each UTF-16 unit is at least one byte, so this check is cheap and never too strict.
  if (text.length > maxBytes) {
    return error(
      `The ${what} is ${(text.length / 1e6).toFixed(1)} MB; the limit is ${(maxBytes / 1e6).toFixed(0)} MB.`,
      `${whatZh}有 ${(text.length / 1e6).toFixed(1)} MB;上限是 ${(maxBytes / 1e6).toFixed(0)} MB。`,
    );
  }
  // Editors on some systems start a UTF-8 file with a byte-order mark; JSON.parse does not accept one.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return error(`The ${what} is empty.`, `${whatZh}是空的。`);
  const depth = nestingDepth(text);
  if (depth > MAX_DEPTH)
    return error(
      `The ${what} nests more than ${MAX_DEPTH} levels deep; no valid ${what} does.`,
      `${whatZh}嵌套超过 ${MAX_DEPTH} 层;有效的${whatZh}不会这样。`,
    );
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    const pos = at ? lineAndColumn(text, Number(at[1])) : null;
    const where = pos ? ` (line ${pos.line}, column ${pos.column})` : '';
    const whereZh = pos ? `(第 ${pos.line} 行第 ${pos.column} 列)` : '';
    // The engine's message may quote the file; shorten it and make any control characters visible.
    const reason = unhide(message.replace(/^.*?JSON[^:]*: ?/, '').slice(0, 160));
    return error(
      `The ${what} is not valid JSON${where}: ${reason}`,
      `${whatZh}不是有效的 JSON${whereZh}:${reason}`,
    );
  }
}
