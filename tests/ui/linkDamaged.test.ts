// D6 (issue 11): a damaged copy of a game by link is reported and kept, never dropped, and the move sealed
// in it is never overwritten: writing over it first keeps it aside; full storage is said, not swallowed.
import { describe, expect, it } from 'vitest';
import { type LinkRecord, localShelf, recordText } from '../../src/game/linkRecord.ts';
import { hexOf, seal, startLinkGame } from '../../src/replay/index.ts';
import { find, slowTug } from '../replay/support.ts';

/** A Storage kept in a Map; `quota` bytes of values at most, as a browser's would refuse past it. */
function memoryStorage(quota = Number.POSITIVE_INFINITY): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...map.entries()].reduce((n, [kk, vv]) => n + (kk === k ? 0 : vv.length), 0);
      if (used + v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

function sealedRecord(): LinkRecord {
  const scenario = slowTug();
  const game = hexOf(new Uint8Array(16).fill(7));
  const start = startLinkGame(scenario, { seed: 'dmg', game, sealer: 'challenger' });
  if (!start.ok) throw new Error(start.error.message);
  const sealed = seal(
    scenario,
    start.value,
    [{ type: 'setResearch', tech: 'bearings', level: 2 }],
    hexOf(new Uint8Array(16).fill(9)),
  );
  if (!sealed.ok) throw new Error(sealed.error.message);
  return { game: sealed.value.game, me: 'challenger', secret: sealed.value.secret, link: 'sent' };
}

describe('a damaged game-by-link record', () => {
  it('is reported with a reason, not read as missing', () => {
    const storage = memoryStorage();
    const shelf = localShelf(storage, find);
    const record = sealedRecord();
    expect(shelf.write(record)).toBe(true);
    const id = record.game.game;
    const text = storage.getItem(`tug.link.${id}`)!;
    storage.setItem(`tug.link.${id}`, text.slice(0, text.length - 40)); // truncated
    const seen = shelf.inspect(id);
    expect(seen.kind).toBe('damaged');
    if (seen.kind !== 'damaged') return;
    expect(seen.reason).toMatch(/not complete JSON/);
    expect(seen.text).toBe(text.slice(0, text.length - 40));
    expect(shelf.read(id)).toBeNull();
  });

  it('is kept aside, never overwritten, when a record is written in its place', () => {
    const storage = memoryStorage();
    const shelf = localShelf(storage, find);
    const record = sealedRecord();
    const id = record.game.game;
    storage.setItem(`tug.link.${id}`, '{"version":1,"me":"challenger","secret":{"game":"x"');
    expect(shelf.write({ ...record, secret: null })).toBe(true);
    expect(storage.getItem(`tug.link.damaged.${id}`)).toBe(
      '{"version":1,"me":"challenger","secret":{"game":"x"',
    );
    // A second damaged copy does not replace the first one kept aside.
    storage.setItem(`tug.link.${id}`, 'garbage');
    shelf.write(record);
    expect(storage.getItem(`tug.link.damaged.${id}`)).toContain('secret');
    expect(storage.getItem(`tug.link.damaged.${id}.2`)).toBe('garbage');
  });

  it('a secret of another game is damage, not silently dropped', () => {
    const storage = memoryStorage();
    const record = sealedRecord();
    const raw = JSON.parse(recordText(record));
    raw.secret.game = 'f'.repeat(32);
    storage.setItem(`tug.link.${record.game.game}`, JSON.stringify(raw));
    const seen = localShelf(storage, find).inspect(record.game.game);
    expect(seen).toMatchObject({ kind: 'damaged', reason: expect.stringMatching(/another game/) });
  });

  it('full storage is said (write returns false), and nothing kept is lost', () => {
    const record = sealedRecord();
    const storage = memoryStorage(100);
    expect(localShelf(storage, find).write(record)).toBe(false);
  });
});
