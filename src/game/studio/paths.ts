// A draft is plain JSON, edited by path: "technologies[2].name.en" names one value in it, as the
// validator's problems do. Reading and writing by path keeps the forms, the JSON text and the problem
// list pointing at the same places.

export type Segment = string | number;

/** "technologies[2].name.en" → ["technologies", 2, "name", "en"]; "(root)" and "" → []. */
export function parsePath(path: string): Segment[] {
  if (path === '' || path === '(root)') return [];
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

export const pathText = (segments: readonly Segment[]): string =>
  segments.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');

const isContainer = (v: unknown): v is Record<string | number, unknown> =>
  typeof v === 'object' && v !== null;

/** The value at a path, or undefined where the path leads nowhere. Own keys only. */
export function getAt(value: unknown, path: string | readonly Segment[]): unknown {
  let node = value;
  for (const s of typeof path === 'string' ? parsePath(path) : path) {
    if (!isContainer(node) || !Object.hasOwn(node, s)) return undefined;
    node = node[s];
  }
  return node;
}

/**
 * A copy of `value` with the value at `path` replaced (or removed, for undefined), making the objects
 * and lists on the way as needed. The draft is never changed in place: each edit is a new draft.
 */
export function setAt(value: unknown, path: string | readonly Segment[], next: unknown): unknown {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  if (segments.length === 0) return next;
  const [head, ...rest] = segments as [Segment, ...Segment[]];
  if (head === '__proto__' || head === 'constructor' || head === 'prototype') return value;
  const base = (
    Array.isArray(value) ? [...value] : isContainer(value) ? { ...value } : typeof head === 'number' ? [] : {}
  ) as Record<string | number, unknown>;
  const child = setAt(isContainer(value) ? value[head] : undefined, rest, next);
  if (child === undefined && rest.length === 0) {
    if (Array.isArray(base)) (base as unknown[]).splice(head as number, 1);
    else delete base[head];
  } else base[head] = child;
  return base;
}

/**
 * The JSON text of a draft as the studio writes it (JSON.stringify with two spaces), and the line (from
 * 1) where each path's value starts in it: for "show it in the JSON".
 */
export function jsonWithLines(value: unknown): { text: string; lines: Map<string, number> } {
  const lines = new Map<string, number>();
  const out: string[] = [];
  let line = 1;
  const write = (s: string) => {
    out.push(s);
    line += s.split('\n').length - 1;
  };
  const walk = (v: unknown, path: string, indent: string): void => {
    lines.set(path, line);
    if (Array.isArray(v)) {
      if (v.length === 0) {
        write('[]');
        return;
      }
      write('[\n');
      v.forEach((item, i) => {
        write(`${indent}  `);
        walk(item, `${path}[${i}]`, `${indent}  `);
        write(i < v.length - 1 ? ',\n' : '\n');
      });
      write(`${indent}]`);
      return;
    }
    if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) {
        write('{}');
        return;
      }
      write('{\n');
      entries.forEach(([k, x], i) => {
        write(`${indent}  ${JSON.stringify(k)}: `);
        walk(x, path ? `${path}.${k}` : k, `${indent}  `);
        write(i < entries.length - 1 ? ',\n' : '\n');
      });
      write(`${indent}}`);
      return;
    }
    write(JSON.stringify(v) ?? 'null');
  };
  walk(value, '', '');
  return { text: out.join(''), lines };
}

/** The line of a path, or of the nearest enclosing path that has one. */
export function lineOf(lines: ReadonlyMap<string, number>, path: string): number {
  const segments = parsePath(path);
  for (let n = segments.length; n >= 0; n--) {
    const at = lines.get(pathText(segments.slice(0, n)));
    if (at !== undefined) return at;
  }
  return 1;
}
