// Bad replays and links, refused where the player is: each shows its error, with the turn named where
// there is one, as text; and a game in progress survives all of them, its save untouched and Continue
// still working.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openLink, type ReplayError, verifyReplayText } from '../../src/replay/index.ts';
import { editTurn, find, recordedText } from '../replay/support.ts';
import { openPage, shot, tugHash, untilDeciding, useHarness } from './harness.ts';
import { linkOf, recorded, replayFile, replayText, slowTug } from './replayUi.ts';

const h = useHarness();

const text = recordedText(slowTug(), 'test');
const lines = text.split('\n');
const turn18 = lines.findIndex((l) => l.includes('{"turn":18,'));

const BAD_FILES: [string, string][] = [
  ['bad JSON', text.replace('"version": 1,', '"version": 1,,')],
  ['a wrong version', text.replace('"version": 1', '"version": 2')],
  ['another scenario', text.replace('"id":"slow-tug"', '"id":"no-such-tug"')],
  [
    'an edited action',
    editTurn(text, 12, (l) => l.replace(/"level":(\d)/, (_, d) => `"level":${(Number(d) + 1) % 4}`)),
  ],
  ['an edited seed', text.replace('"seed": "test"', '"seed": "tesT"')],
  ['a truncated file', `${lines.slice(0, turn18).join('\n')}\n${lines[turn18]!.slice(0, 60)}`],
  ['a scenario file', readFileSync('scenarios/slow-tug.json', 'utf8')],
];

function expected(result: { ok: true } | { ok: false; error: ReplayError }): ReplayError {
  if (result.ok) throw new Error('the bad input verified');
  return result.error;
}

/** The alert shows the verifier's sentence, and its headline names the turn. */
async function expectRefusal(page: Page, error: ReplayError) {
  const alert = page.locator(`[role="alert"][data-code="${error.code}"]`);
  await alert.waitFor();
  const shown = (await alert.textContent()) ?? '';
  expect(shown).toContain(error.message);
  if (error.turn !== null) expect(shown).toContain(`(turn ${error.turn})`);
  expect(shown).toContain('Nothing else was changed');
}

describe('a game in progress', () => {
  it('survives every bad replay file and link', { timeout: 120_000 }, async () => {
    const { page, errors } = await openPage(h);
    await page.goto(`${h.url}?scenario=slow-tug&seed=survive&side=challenger&opponent=random`);
    for (let i = 0; i < 2; i++) {
      await untilDeciding(page);
      await page.getByRole('button', { name: 'End turn' }).click();
    }
    await untilDeciding(page);
    await page.getByRole('button', { name: '2 · major' }).first().click();
    const hash = await tugHash(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Back to the title (the game is saved)' }).click();
    const saves = () =>
      page.evaluate(() => (window as unknown as { tug: { saves(): Promise<unknown[]> } }).tug.saves());
    await expect.poll(saves).toEqual([expect.objectContaining({ scenario: 'slow-tug', turn: 3 })]);
    const save = await saves();
    const saveUntouched = async () => expect(await saves()).toEqual(save);

    for (const [what, bad] of BAD_FILES) {
      const error = expected(verifyReplayText(bad, find));
      await page.locator('#replay-file').setInputFiles(replayFile(bad, `${what}.json`));
      await expectRefusal(page, error);
      expect(await page.getByRole('button', { name: 'Continue' }).count(), what).toBe(1);
      await saveUntouched();
      if (what === 'an edited action') await shot(page, 'refused-edited-action');
    }

    const link = linkOf(recorded(slowTug(), 'test'), h.url);
    const fragment = link.slice(link.indexOf('#'));
    const BAD_LINKS: [string, string][] = [
      ['oversized', `#replay=1.00000000.${'A'.repeat(9000)}`],
      ['garbled', `${fragment.slice(0, -100)}!${fragment.slice(-99)}`],
      ['cut short', fragment.slice(0, Math.floor(fragment.length * 0.6))],
    ];
    for (const [what, bad] of BAD_LINKS) {
      const error = expected(openLink(`${h.url}${bad}`, find));
      // Opened in the tab that shows the title: only the fragment changes.
      await page.goto(`${h.url}${bad}`);
      await expectRefusal(page, error);
      await saveUntouched();
      if (what === 'cut short') await shot(page, 'refused-cut-link');
    }
    // Opened as a new page load (another address before it): the link is read on boot.
    await page.goto(`${h.url}?lang=en`);
    const garbled = BAD_LINKS[1]![1];
    await page.goto(`${h.url}${garbled}`);
    await expectRefusal(page, expected(openLink(`${h.url}${garbled}`, find)));
    await saveUntouched();

    await page.getByRole('button', { name: 'Continue' }).click();
    await untilDeciding(page);
    expect(await tugHash(page)).toBe(hash);
    await expect
      .poll(() => page.getByRole('button', { name: '2 · major' }).first().getAttribute('aria-pressed'))
      .toBe('true');
    expect(errors).toEqual([]);
  });
});

describe('text from a replay', () => {
  it('is shown as text, never as HTML', async () => {
    const hostile = recorded(slowTug(), 'hostile');
    hostile.meta = { title: '<img src=x onerror="window.__pwned=1">' };
    const { page, errors } = await openPage(h);
    await page.goto(h.url);
    await page.locator('#replay-file').setInputFiles(replayFile(replayText(hostile)));
    await page.getByText('<img src=x onerror="window.__pwned=1">').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // A hostile scenario id in a refused file is quoted as text too.
    const bad = replayText(recorded(slowTug(), 'hostile')).replace('"id":"slow-tug"', '"id":"<b>x</b>"');
    await page.goto(h.url);
    await page.locator('#replay-file').setInputFiles(replayFile(bad));
    await page.locator('[role="alert"][data-code="ERR_UNKNOWN_SCENARIO"]').waitFor();
    expect(await page.locator('[role="alert"] b').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
