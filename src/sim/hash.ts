// A stable hash of the state: canonical JSON (keys sorted) through two 32-bit FNV-1a lanes.
// Identical in Node and every browser, since it uses only string code units and Math.imul.

// Replay verification hashes every state, so this is written for speed: one string built as it goes,
// and each key quoted once. Its output is the plain definition's, character for character
// (tests/sim/hash.test.ts checks it against that definition).
const quotedKeys = new Map<string, string>();

export function canonicalJson(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      if (i in value) out += canonicalJson(value[i]); // a hole stays empty, as Array.join leaves it
    }
    return `${out}]`;
  }
  const keys = Object.keys(value as object).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined) continue;
    let quoted = quotedKeys.get(k);
    if (quoted === undefined) {
      quoted = `${JSON.stringify(k)}:`;
      if (quotedKeys.size < 4096) quotedKeys.set(k, quoted);
    }
    out += first ? quoted : `,${quoted}`;
    out += canonicalJson(v);
    first = false;
  }
  return `${out}}`;
}

export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export const hashState = (state: unknown): string => hashText(canonicalJson(state));
