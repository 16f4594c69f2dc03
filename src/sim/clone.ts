// A deep copy of the game's plain data (objects, arrays, numbers, strings, booleans, null). The state is
// plain data by design (it round-trips through JSON), and structuredClone, which must handle anything,
// cost a third of a turn's resolution: the AI resolves thousands of turns a decision.

/** A deep copy of plain data; an own `__proto__` key is copied as a key, never as a prototype. */
export function cloneData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneData(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  const from = value as Record<string, unknown>;
  for (const key of Object.keys(from)) {
    if (key === '__proto__')
      Object.defineProperty(out, key, {
        value: cloneData(from[key]),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    else out[key] = cloneData(from[key]);
  }
  return out as T;
}
