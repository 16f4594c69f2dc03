// Nothing lost, nothing wrong (issue 11), played the way a person would: several saved games kept at once
// and none replaced (D3); delete asks first; export and import; full storage said with the way out (D4);
// a second tab told and not overwriting; damaged link records kept and reported (D6); a scenario reusing
// a shipped id refused (D5); UTF-16 files read as on the command line (D7); malformed fragments, bad
// addresses and null drafts say what was wrong (D12). Screenshots in both languages.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeLink } from '../../src/replay/index.ts';
import { openPage, shot, tugHash, untilDeciding, useHarness } from './harness.ts';

const h = useHarness();

interface Saved {
  id: string;
  rev: number;
  scenario: string | null;
  turn: number | null;
  damaged: string | null;
}
const saves = (page: Page) =>
  page.evaluate(() => (window as unknown as { tug: { saves(): Promise<Saved[]> } }).tug.saves());

async function endTurns(page: Page, n: number) {
  for (let i = 0; i < n; i++) {
    await untilDeciding(page);
    await page.getByRole('button', { name: /^(End turn|结束回合)$/ }).click();
  }
  await untilDeciding(page);
}

async function toTitle(page: Page) {
  await page.goto(
    `${h.url}?lang=${(await page.evaluate(() => document.documentElement.lang)).startsWith('zh') ? 'zh' : 'en'}`,
  );
  await page.locator('.saved-games ul li[data-id]').first().waitFor();
}

describe('saved games', () => {
  it('keeps several games, replaces none, asks before deleting, exports and imports', {
    timeout: 120_000,
  }, async () => {
    const { page, errors } = await openPage(h);
    await page.goto(`${h.url}?scenario=tutorial&seed=first&side=challenger&opponent=idle`);
    await endTurns(page, 3);
    // An address that starts a game used to replace the saved one.
    await page.goto(`${h.url}?scenario=slow-tug&seed=second&side=holder&opponent=idle`);
    await endTurns(page, 1);
    await expect.poll(async () => (await saves(page)).length).toBe(2);
    await toTitle(page);
    const rows = page.locator('.saved-games li');
    expect(await rows.count()).toBe(2);
    const text = (await page.locator('.saved-games').textContent()) ?? '';
    expect(text).toMatch(/turn 4/);
    expect(text).toMatch(/as the Holder · turn 2/);
    await shot(page, 'saves-list-en');

    // Delete asks first: dismissed, nothing is deleted.
    page.once('dialog', (d) => void d.dismiss());
    await rows.nth(1).getByRole('button', { name: 'Delete' }).click();
    expect(await saves(page)).toHaveLength(2);

    // Export the tutorial game, delete it (accepting), import it back: it continues where it was.
    const tutorialRow = rows.filter({ hasText: 'turn 4' });
    const download = page.waitForEvent('download');
    await tutorialRow.getByRole('button', { name: 'Export to a file' }).click();
    const file = await (await download).path();
    const exported = readFileSync(file, 'utf8');
    expect(exported).toContain('"slow-tug-save"');
    page.once('dialog', (d) => void d.accept());
    await tutorialRow.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await saves(page)).length).toBe(1);
    await page.locator('.saved-games input[type=file]').setInputFiles({
      name: 'tutorial.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await page.getByText('tutorial.json imported').waitFor();
    expect((await saves(page)).map((s) => s.scenario).sort()).toEqual(['slow-tug', 'tutorial']);
    await page
      .locator('.saved-games li', { hasText: 'turn 4' })
      .getByRole('button', { name: 'Continue' })
      .click();
    await untilDeciding(page);
    expect(
      await page.evaluate(
        () => (window as unknown as { tug: { state(): { turn: number } } }).tug.state().turn,
      ),
    ).toBe(4);
    expect(errors).toEqual([]);
  });

  it('shows the list in Chinese', async () => {
    const { page, errors } = await openPage(h, { lang: 'zh' });
    await page.goto(`${h.url}?scenario=slow-tug&seed=zh&side=challenger&opponent=idle&lang=zh`);
    await endTurns(page, 1);
    await toTitle(page);
    expect(await page.locator('.saved-games').textContent()).toMatch(/已存的对局.*第 2 回合/);
    await shot(page, 'saves-list-zh');
    expect(errors).toEqual([]);
  });

  it('says when storage is full, with the way out, and saves again once there is room', {
    timeout: 60_000,
  }, async () => {
    const { page } = await openPage(h);
    // IndexedDB refuses writes while window.__full is set, as a full disk quota does.
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if ((window as unknown as { __full?: boolean }).__full)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await page.goto(`${h.url}?scenario=slow-tug&seed=full&side=challenger&opponent=idle`);
    await endTurns(page, 1);
    await page.evaluate(() => {
      (window as unknown as { __full?: boolean }).__full = true;
    });
    await endTurns(page, 2);
    const banner = page.locator('#save-status');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(
      'Storage is full: this game is no longer being saved (last saved at turn 2)',
    );
    expect(await banner.getByRole('button', { name: 'Export to a file' }).count()).toBe(1);
    expect(await banner.getByRole('button', { name: 'Manage saved games' }).count()).toBe(1);
    await shot(page, 'saves-full-en');
    await page.evaluate(() => {
      (window as unknown as { __full?: boolean }).__full = false;
    });
    await endTurns(page, 1);
    await banner.waitFor({ state: 'detached' });
    expect((await saves(page))[0]!.turn).toBe(5);
  });

  it('tells a second tab the game is open elsewhere; it does not overwrite; it can take over', {
    timeout: 60_000,
  }, async () => {
    const { page: a } = await openPage(h);
    await a.goto(`${h.url}?scenario=slow-tug&seed=tabs&side=challenger&opponent=idle`);
    await endTurns(a, 1);
    await toTitle(a);
    await a.getByRole('button', { name: 'Continue' }).click();
    await untilDeciding(a);
    const b = await a.context().newPage();
    await b.goto(h.url);
    await b.getByRole('button', { name: 'Continue' }).click();
    await untilDeciding(b);
    const banner = b.locator('#save-status');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('open in another tab');
    const before = await saves(b);
    await endTurns(b, 2); // played here, not saved over tab A's game
    expect(await saves(b)).toEqual(before);
    await shot(b, 'saves-second-tab-en');
    await banner.getByRole('button', { name: 'Take it over here' }).click();
    await untilDeciding(b);
    await a.locator('#save-status').waitFor();
    expect(await a.locator('#save-status').textContent()).toContain('taken over in another tab');
    await endTurns(b, 1);
    await expect.poll(async () => (await saves(b))[0]!.turn).toBe(3);
  });

  it('continues a save with a null draft, saying what was left out', { timeout: 60_000 }, async () => {
    const { page } = await openPage(h);
    await page.goto(`${h.url}?scenario=slow-tug&seed=nulldraft&side=challenger&opponent=idle`);
    await untilDeciding(page);
    await expect.poll(async () => (await saves(page)).length).toBe(1);
    await toTitle(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to a file' }).click();
    const text = readFileSync(await (await download).path(), 'utf8').replace(
      '"drafts":{"holder":[]',
      '"drafts":{"holder":[null]',
    );
    expect(text).toContain('[null]');
    // Imported: the game comes in, and the draft left out is said.
    await page
      .locator('.saved-games input[type=file]')
      .setInputFiles({ name: 'n.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByText(/n\.json imported.*1 unsent change\(s\)/).waitFor();
    // Continued as it was stored (an earlier version's single slot): the same, when it opens.
    await page.evaluate((save) => localStorage.setItem('tug.save', save), text);
    await page.reload();
    await page
      .locator('.saved-games li[data-id="old-tug.save"]')
      .getByRole('button', { name: 'Continue' })
      .click();
    await untilDeciding(page);
    await page.locator('#save-status').filter({ hasText: '1 unsent change(s)' }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain('Cannot read properties');
  });
});

describe('what arrives broken says so', () => {
  it('a damaged game-by-link record is reported on the title and kept', async () => {
    const { page } = await openPage(h);
    await page.goto(h.url);
    const id = 'ab'.repeat(16);
    await page.evaluate((gameId) => {
      localStorage.setItem(`tug.link.${gameId}`, '{"version":1,"me":"challenger","secret":{"game":');
      localStorage.setItem('tug.link.last', gameId);
    }, id);
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'game played by link cannot be read' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('not complete JSON');
    expect(await page.evaluate((gameId) => localStorage.getItem(`tug.link.${gameId}`), id)).toContain(
      '"secret"',
    );
    await shot(page, 'title-damaged-link');
  });

  it('malformed fragments and addresses say what was wrong', { timeout: 60_000 }, async () => {
    const { page } = await openPage(h);
    const cases: [string, RegExp][] = [
      ['#', /nothing after the #/],
      ['##replay=1.00000000.AAAA', /not a replay, a game or a scenario/],
      ['#=', /not a replay, a game or a scenario/],
      ['?scenario=no-such', /scenario "no-such", which this game does not have/],
      ['?scenario=slow-tug&side=middle', /side "middle"/],
      ['?scenario=slow-tug&opponent=wizard', /opponent "wizard"/],
    ];
    for (const [address, message] of cases) {
      await page.goto(`${h.url}?lang=en`);
      await page.goto(`${h.url}${address}`);
      try {
        await page.getByRole('alert').filter({ hasText: message }).waitFor({ timeout: 5000 });
      } catch {
        throw new Error(
          `${address}: no alert matching ${message}: ${await page.locator('main').textContent()}`,
        );
      }
    }
    await shot(page, 'title-bad-address');
    // A link some app percent-encoded opens as the link it was.
    const link = encodeLink('replay', '{not json', h.url);
    if (!link.ok) throw new Error('no link');
    await page.goto(link.value.replace('#replay=', '#replay%3D'));
    await page.getByRole('alert').filter({ hasText: 'not valid JSON' }).waitFor();
  });

  it('a scenario file reusing a shipped id is refused, and a UTF-16 file reads as on the command line', async () => {
    const { page } = await openPage(h);
    await page.goto(h.url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('radio').first().waitFor(); // the scenario choice loads its code when first opened
    const cards = await page.getByRole('radio').count();
    const same = readFileSync('scenarios/slow-tug.json', 'utf8');
    await page
      .locator('#scenario-file')
      .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(same) });
    const refused = page
      .getByRole('alert')
      .filter({ hasText: 'already used by a scenario shipped with the game' });
    await refused.waitFor();
    await refused.scrollIntoViewIfNeeded();
    expect(await page.getByRole('radio').count()).toBe(cards);
    await shot(page, 'choose-shipped-id');
    const renamed = same.replace('"id": "slow-tug"', '"id": "my-tug"');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(renamed, 'utf16le')]);
    await page
      .locator('#scenario-file')
      .setInputFiles({ name: 'utf16.json', mimeType: 'application/json', buffer: utf16 });
    await page.getByText('utf16.json loaded').waitFor();
    expect(await page.getByRole('radio').count()).toBe(cards + 1);
    expect(await tugHash(page)).toBeNull();
  });
});
