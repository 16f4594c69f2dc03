// Saves a player trusts (issue 11, D3, D4, D8, D12): several games kept at once, none replaced by a new
// one; a second tab never overwrites a game saved since it opened it; full storage is reported with the
// turn last saved; a damaged save stays in its own slot, listed with its reason; a null draft is left out.
import { describe, expect, it } from 'vitest';
import { GameSaving, type SaveStatus } from '../../src/game/gameSaving.ts';
import { serialise } from '../../src/game/save.ts';
import { restore } from '../../src/game/saveCheck.ts';
import { GameShelf, localJournal, memoryBackend } from '../../src/game/savedGames.ts';
import { Session } from '../../src/game/session.ts';
import { shipped } from '../support/scenarios.ts';

const scenarios = [shipped('tutorial'), shipped('slow-tug')];
const game = (scenario = 0, seed = 's') =>
  new Session({ scenario: scenarios[scenario]!, seed, side: 'challenger', opponent: 'idle' });

async function played(session: Session, turns: number) {
  for (let i = 0; i < turns; i++) {
    session.endTurn();
    await new Promise((r) => setTimeout(r, 0));
    while (session.phase.kind === 'resolving') session.animationDone();
  }
}

describe('the shelf of saved games', () => {
  it('keeps several games at once: a new game replaces none', async () => {
    const shelf = new GameShelf(memoryBackend(), scenarios);
    const statuses: SaveStatus[] = [];
    const saving = new GameSaving(shelf, (s) => statuses.push(s));
    const a = game(0, 'a');
    await saving.save(a);
    const b = game(1, 'b');
    await saving.save(b);
    const list = await shelf.list();
    expect(list.map((e) => [e.meta?.scenarioId, e.problem])).toEqual(
      expect.arrayContaining([
        ['tutorial', null],
        ['slow-tug', null],
      ]),
    );
    expect(list).toHaveLength(2);
    expect(statuses.every((s) => s.kind === 'saved')).toBe(true);
  });

  it('refuses to overwrite a game another tab saved since (the second tab is told)', async () => {
    const backend = memoryBackend();
    const shelf = new GameShelf(backend, scenarios);
    const first: SaveStatus[] = [];
    const tabA = new GameSaving(shelf, (s) => first.push(s));
    const a = game();
    await tabA.save(a);
    const [entry] = await shelf.list();
    // Tab B opens the same game at revision 1 and saves twice; tab A, still at revision 1, saves again.
    const tabB = new GameSaving(shelf, () => {});
    const b = restore(entry!.text, scenarios);
    if (!b.ok) throw new Error(b.error);
    tabB.adopt(b.value.session, entry!.id, entry!.rev);
    await tabB.save(b.value.session);
    await tabA.save(a);
    expect(first.at(-1)).toEqual({ kind: 'newer', lastTurn: 1 });
    expect((await shelf.read(entry!.id))?.rev).toBe(2);
  });

  it('says when storage is full, with the turn last saved, and saves again once there is room', async () => {
    const backend = memoryBackend();
    const shelf = new GameShelf(backend, scenarios);
    const statuses: SaveStatus[] = [];
    const saving = new GameSaving(shelf, (s) => statuses.push(s));
    const s = game();
    await saving.save(s);
    const update = backend.update;
    backend.update = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await played(s, 2);
    await saving.save(s);
    expect(statuses.at(-1)).toMatchObject({ kind: 'full', lastTurn: 1 });
    backend.update = update;
    await saving.save(s);
    expect(statuses.at(-1)).toEqual({ kind: 'saved', turn: 3 });
    expect((await shelf.list())[0]!.meta?.turn).toBe(3);
  });

  it('keeps each damaged save in its own slot, listed with its reason', async () => {
    const backend = memoryBackend();
    const shelf = new GameShelf(backend, scenarios);
    const good = serialise(game());
    await shelf.put('x', good.slice(0, 40), null, 0);
    await shelf.put('y', good.replace('"version":1', '"version":9'), null, 0);
    backend.map.set('z', 'not a record');
    const list = await shelf.list();
    expect(list.map((e) => e.id).sort()).toEqual(['x', 'y', 'z']);
    expect(list.every((e) => e.problem)).toBe(true);
    expect(list.find((e) => e.id === 'y')?.problem).toMatch(/another version/);
    expect(list.find((e) => e.id === 'x')?.text).toBe(good.slice(0, 40));
  });

  it('adopts the single save and the broken save of earlier versions as games on the list', async () => {
    const map = new Map<string, string>([
      ['tug.save', serialise(game(1))],
      ['tug.save.broken', '{"kind":"slow-tug-save","version":1,"orders":'],
    ]);
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      removeItem: (k: string) => void map.delete(k),
    } as Storage;
    const shelf = new GameShelf(memoryBackend(), scenarios);
    await shelf.adoptOldSaves(storage);
    const list = await shelf.list();
    expect(list).toHaveLength(2);
    expect(list.filter((e) => !e.problem).map((e) => e.meta?.scenarioId)).toEqual(['slow-tug']);
    expect(map.size).toBe(0);
    await shelf.adoptOldSaves(storage); // nothing twice
    expect(await shelf.list()).toHaveLength(2);
  });

  it('imports a saved game from a file as a new game, and refuses what is not one with why', async () => {
    const shelf = new GameShelf(memoryBackend(), scenarios);
    const r = await shelf.importText(serialise(game()));
    expect(r.ok).toBe(true);
    const bad = await shelf.importText('{"kind":"slow-tug-save"}');
    expect(bad).toMatchObject({ ok: false, reason: expect.stringMatching(/malformed/) });
    expect(await shelf.list()).toHaveLength(1);
  });

  it('reports the backend being unavailable, not a silent loss', async () => {
    const statuses: SaveStatus[] = [];
    const saving = new GameSaving(new GameShelf(memoryBackend('none'), scenarios), (s) => statuses.push(s));
    await saving.save(game());
    expect(statuses.at(-1)).toMatchObject({ kind: 'unavailable', lastTurn: null });
  });
});

describe('a write cut short by a closing tab', () => {
  it('is finished on the next boot from its note, unless the game moved on since', async () => {
    const map = new Map<string, string>();
    const storage = {
      get length() {
        return map.size;
      },
      key: (i: number) => [...map.keys()][i] ?? null,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    } as Storage;
    const journal = localJournal(storage);
    const shelf = new GameShelf(memoryBackend(), scenarios);
    const s = game(1);
    await shelf.save('g', s, 0); // revision 1 landed
    await played(s, 2);
    journal.put('g', 1, serialise(s)); // the turn-3 write began, the tab closed
    journal.put('h', 5, serialise(game(0))); // over a revision the shelf no longer has (deleted): dropped
    await shelf.recoverJournal(journal);
    const g = await shelf.read('g');
    expect(g).toMatchObject({ rev: 2, meta: { turn: 3 } });
    expect(journal.all()).toEqual([]);
    expect(await shelf.read('h')).toBeNull();
  });
});

describe('D12: a save with a null draft', () => {
  it('continues the game and counts the draft left out, instead of a TypeError', () => {
    const s = game(1);
    const text = serialise(s).replace(
      '"drafts":{"holder":[],"challenger":[]}',
      '"drafts":{"holder":[null],"challenger":[{"type":"setResearch","tech":"bearings","level":2},7]}',
    );
    const loaded = restore(text, scenarios);
    expect(loaded).toMatchObject({ ok: true, value: { dropped: 2 } });
    if (loaded.ok) expect(loaded.value.session.drafts.challenger).toHaveLength(1);
  });
});
