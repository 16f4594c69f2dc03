// Maps keyed by scenario ids (a technology's, a champion's) are plain JSON objects, so a JSON round trip
// gives an equal state; they must still never inherit. An id is the author's text: `constructor` must
// not read Object.prototype's function, and writing `__proto__` must make a key, not swap the prototype.
// So every read of such a map goes through `own` and every write through `setOwn`; new maps are made
// without a prototype, and a map that comes back from JSON or structuredClone is safe all the same.

export type ById<T> = Record<string, T>;

/** A new map without a prototype, optionally filled. */
export function byId<T>(entries: Iterable<readonly [string, T]> = []): ById<T> {
  const map = Object.create(null) as ById<T>;
  for (const [id, value] of entries) setOwn(map, id, value);
  return map;
}

/** The value stored under `id` itself, never one inherited. */
export function own<T>(map: Readonly<ById<T>>, id: string): T | undefined {
  return Object.hasOwn(map, id) ? map[id] : undefined;
}

/** Stores `value` under `id` as an own, enumerable key, `__proto__` included. */
export function setOwn<T>(map: ById<T>, id: string, value: T): void {
  // Only `__proto__` is a setter on Object.prototype; any other key is made or written by assignment,
  // which the AI's look-ahead does thousands of times a decision (defineProperty is slower).
  if (id === '__proto__')
    Object.defineProperty(map, id, { value, writable: true, enumerable: true, configurable: true });
  else map[id] = value;
}
