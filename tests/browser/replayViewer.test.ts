// The replay viewer, driven the way a person drives it: a replay file from the title (picked or
// dropped) and a replay link, the transport (step, scrub, play, pause, keys), sharing a link, a game too
// long for one, and "Play from here" at turn 10 with the two timelines compared.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type Replay,
  readReplay,
  readReplayLink,
  replayHash,
  replayTimeline,
  verifyReplay,
} from '../../src/replay/index.ts';
import { hashState } from '../../src/sim/index.ts';
import { find } from '../replay/support.ts';
import { openPage, shot, tugHash, tugState, untilDeciding, useHarness } from './harness.ts';
import {
  linkOf,
  longReplay,
  longScenarioText,
  recorded,
  replayFile,
  replayText,
  ropesAfter,
  ropesShown,
  seriousViolations,
  slowTug,
} from './replayUi.ts';

const h = useHarness();

const replay = recorded(slowTug(), 'viewer');
const last = replay.turns.length;

const slider = (page: Page) => page.getByRole('slider', { name: 'Replay position' });
const at = async (page: Page) => Number(await slider(page).inputValue());

async function openFile(page: Page, text: string, name = 'game.replay.json') {
  await page.goto(h.url);
  await page.locator('#replay-file').setInputFiles(replayFile(text, name));
  await slider(page).waitFor();
  await page.waitForSelector('canvas');
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('a replay file', () => {
  it('opens from the title and steps, scrubs, plays and pauses', { timeout: 90_000 }, async () => {
    const { page, errors } = await openPage(h);
    await openFile(page, replayText(replay));
    expect(await at(page)).toBe(0);
    expect(await ropesShown(page)).toEqual(ropesAfter(replay, 0));
    // Step forward twice, back once.
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step back' }).click();
    expect(await at(page)).toBe(1);
    expect(await ropesShown(page)).toEqual(ropesAfter(replay, 1));
    expect(await page.getByRole('heading', { name: 'Orders of turn 1' }).count()).toBe(1);
    // Scrub to turn 12: the board, the top bar and the debrief follow.
    await slider(page).fill('12');
    expect(await ropesShown(page)).toEqual(ropesAfter(replay, 12));
    expect(await page.locator('.topbar').textContent()).toContain('Turn 13 of 40');
    expect(await slider(page).getAttribute('aria-valuetext')).toMatch(/^After turn 12 of 40/);
    await shot(page, 'viewer');
    // Play, then pause: it moved on, and stays where it paused.
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(
      () => Number((document.getElementById('replay-scrub') as HTMLInputElement).value) >= 15,
    );
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const paused = await at(page);
    await page.waitForTimeout(600);
    expect(await at(page)).toBe(paused);
    expect(await ropesShown(page)).toEqual(ropesAfter(replay, paused));
    // The speed is a group of pressed buttons.
    await page.getByRole('button', { name: 'Fast' }).click();
    expect(await page.getByRole('button', { name: 'Fast', pressed: true }).count()).toBe(1);
    // The charts tab draws the history up to the cursor.
    await page.getByRole('tab', { name: 'Charts' }).click();
    expect(await page.locator('#debrief-body figure').count()).toBeGreaterThan(3);
    await shot(page, 'viewer-charts');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('answers the keyboard, and lists its keys under ?', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(h);
    await openFile(page, replayText(replay));
    await page.locator('body').focus();
    await page.keyboard.press('End');
    expect(await at(page)).toBe(last);
    expect(await ropesShown(page)).toEqual(ropesAfter(replay, last));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await at(page)).toBe(last - 2);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(await at(page)).toBe(11);
    // On the slider itself, the arrows move the slider.
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    expect(await at(page)).toBe(12);
    expect(await ropesShown(page)).toEqual(ropesAfter(replay, 12));
    // Space plays and pauses.
    await page.locator('body').focus();
    await page.keyboard.press(' ');
    await page.waitForFunction(
      () => Number((document.getElementById('replay-scrub') as HTMLInputElement).value) >= 14,
    );
    await page.keyboard.press(' ');
    expect(await page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog');
    await help.waitFor();
    const text = await help.textContent();
    for (const key of ['Space', 'Home / End', '→ / ←', 'Play from here']) expect(text).toContain(key);
    await shot(page, 'viewer-help');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens when dropped on the title', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(h.url);
    await page.getByRole('button', { name: 'Load a replay' }).waitFor();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.replay.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, replayText(replay));
    await slider(page).waitFor();
    expect(await page.getByRole('slider', { name: 'Replay position' }).getAttribute('max')).toBe(
      String(last),
    );
    expect(errors).toEqual([]);
  });
});

describe('on a phone', () => {
  it('fits a 390×844 touch screen and steps by touch', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() =>
      localStorage.setItem(
        'tug.settings',
        JSON.stringify({ lang: 'zh', speed: 'instant', palette: 'colourblind', muted: true }),
      ),
    );
    await page.goto(linkOf(replay, h.url));
    await page.getByRole('slider', { name: '回放位置' }).waitFor();
    await page.getByRole('button', { name: '前进一步' }).tap();
    await page.getByRole('button', { name: '前进一步' }).tap();
    expect(await page.getByRole('slider', { name: '回放位置' }).inputValue()).toBe('2');
    await page.waitForSelector('canvas');
    await shot(page, 'viewer-phone-zh');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('closing the viewer', () => {
  it('lets its board go: switching language on the title afterwards raises nothing', async () => {
    const { page, errors } = await openPage(h);
    await openFile(page, replayText(replay));
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Close the replay' }).click();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '载入回放' }).waitFor();
    expect(await page.locator('canvas').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('a replay link', () => {
  it('opens the viewer on boot, in Chinese too', async () => {
    const { page, errors } = await openPage(h, { lang: 'zh' });
    await page.goto(linkOf(replay, h.url));
    const zhSlider = page.getByRole('slider', { name: '回放位置' });
    await zhSlider.waitFor();
    await zhSlider.fill('5');
    expect(await ropesShown(page)).toEqual(ropesAfter(replay, 5));
    await page.getByRole('button', { name: '播放', exact: true }).click();
    await page.getByRole('button', { name: '暂停', exact: true }).click();
    await page.getByRole('button', { name: '跳到结尾' }).click();
    expect(await zhSlider.inputValue()).toBe(String(last));
    await page.waitForSelector('canvas');
    await shot(page, 'viewer-zh');
    expect(await seriousViolations(page)).toEqual([]);
    // The fragment was read and cleared: a reload goes to the title.
    expect(new URL(page.url()).hash).toBe('');
    expect(errors).toEqual([]);
  });

  it('round-trips through "Share a link"', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(h);
    await openFile(page, replayText(replay));
    await page.getByRole('button', { name: 'Share a link' }).click();
    const field = page.getByRole('textbox', { name: 'Link', exact: true });
    const link = await field.inputValue();
    expect(await field.getAttribute('readonly')).not.toBeNull();
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect
      .poll(() => page.getByRole('dialog').getByRole('status').textContent())
      .toMatch(/Copied|selected/);
    await shot(page, 'share-dialog');
    expect(await seriousViolations(page)).toEqual([]);
    // The link carries exactly this replay.
    const read = readReplayLink(link);
    if (!read.ok) throw new Error(read.error.message);
    expect(replayHash(read.value.replay)).toBe(replayHash(replay));
    // And opens it elsewhere.
    const other = await openPage(h);
    await other.page.goto(link);
    await slider(other.page).waitFor();
    await other.page.keyboard.press('End');
    expect(await ropesShown(other.page)).toEqual(ropesAfter(replay, last));
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it('is offered from the game menu for the game so far', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(`${h.url}?scenario=slow-tug&seed=menu-share&side=challenger&opponent=random`);
    for (let i = 0; i < 3; i++) {
      await untilDeciding(page);
      await page.getByRole('button', { name: 'End turn' }).click();
    }
    await untilDeciding(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Share a link' }).click();
    const link = await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue();
    const read = readReplayLink(link);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.replay.turns).toHaveLength(3);
    expect(verifyReplay(read.value.replay, slowTug()).ok).toBe(true);
    expect(errors).toEqual([]);
  });

  it('is too long for a game of 200 busy turns: it says so and offers the file', {
    timeout: 90_000,
  }, async () => {
    const long = longReplay();
    const { page, errors } = await openPage(h);
    await page.goto(h.url);
    // The long scenario is the player's own file, loaded on the scenario choice.
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('#scenario-file').setInputFiles(replayFile(longScenarioText(), 'long-tug.json'));
    await page.getByText('long-tug.json loaded').waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.locator('#replay-file').setInputFiles(replayFile(replayText(long)));
    await slider(page).waitFor();
    await page.getByRole('button', { name: 'Share a link' }).click();
    const alert = page.getByRole('dialog').getByRole('alert');
    expect(await alert.textContent()).toMatch(
      /too long for a link: it would take \d+ characters, and links stay under 8000/,
    );
    const file = await downloaded(page, () =>
      page.getByRole('button', { name: 'Save the replay file' }).click(),
    );
    const read = readReplay(file);
    expect(read.ok && replayHash(read.value.replay)).toBe(replayHash(long));
    await shot(page, 'share-too-long');
    expect(errors).toEqual([]);
  });
});

describe('play from here', () => {
  /** Opens the replay, forks it after `turns` turns as the holder against idle, and checks the start. */
  async function forkAt(page: Page, turns: number) {
    await openFile(page, replayText(replay));
    await slider(page).fill(String(turns));
    expect(await page.getByText(`Decide turn ${turns + 1} yourself`).count()).toBe(1);
    await page.getByRole('button', { name: 'Play from here' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Holder' }).click();
    await dialog.getByLabel('Opponent').selectOption('idle');
    await shot(page, `fork-dialog-${turns}`);
    await dialog.getByRole('button', { name: 'Start playing' }).click();
    await untilDeciding(page);
    // The board at the start of turn N + 1 shows the state after N turns.
    const state = (await tugState(page)) as { turn: number };
    expect(state.turn).toBe(turns + 1);
    const timeline = replayTimeline(slowTug(), replay);
    if (!timeline.ok) throw new Error(timeline.error.message);
    expect(await tugHash(page)).toBe(hashState(timeline.value.states[turns]!));
  }

  it('forks at turn 10, plays on, and the two timelines compare', { timeout: 120_000 }, async () => {
    const { page, errors } = await openPage(h);
    await forkAt(page, 10);
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'End turn' }).click();
      await untilDeciding(page);
    }
    await page.getByRole('button', { name: 'Menu' }).click();
    const text = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download the replay so far' }).click(),
    );
    const read = readReplay(text);
    if (!read.ok) throw new Error(read.error.message);
    const fork: Replay = read.value.replay;
    expect(fork.parent).toEqual({ hash: replayHash(replay), turn: 10 });
    expect(fork.turns).toHaveLength(12);
    expect(fork.turns.slice(0, 10)).toEqual(replay.turns.slice(0, 10));
    expect(verifyReplay(fork, find('slow-tug')!).ok).toBe(true);
    // From the original's viewer, given the fork's file.
    await page.getByRole('button', { name: 'Back to the title (the game is saved)' }).click();
    await openFile(page, replayText(replay));
    await page.locator('#second-replay').setInputFiles(replayFile(text, 'fork.replay.json'));
    await page.getByRole('heading', { name: 'Two timelines compared' }).waitFor();
    expect(await page.getByText('They share turns 1–10 and split at turn 11.').count()).toBe(1);
    const scores = page.getByRole('table', { name: 'Scores turn by turn' });
    // From the split to the end of the longer timeline: turns 10 to 40.
    expect(await scores.locator('tbody tr').count()).toBe(last - 10 + 1);
    expect(await scores.locator('tbody tr').nth(5).textContent()).toContain('not played');
    await shot(page, 'compare');
    await page.screenshot({ path: 'tests/artifacts/compare-full.png', fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await slider(page).waitFor();
    expect(errors).toEqual([]);
  });

  it('a fork played to its end compares with its original from the end screen', {
    timeout: 120_000,
  }, async () => {
    const { page, errors } = await openPage(h);
    await forkAt(page, last - 2);
    for (let i = 0; i < 4; i++) {
      if ((await untilDeciding(page)) === 'over') break;
      await page.getByRole('button', { name: 'End turn' }).click();
    }
    await shot(page, 'end-fork');
    await page.getByRole('button', { name: 'Compare with the original' }).click();
    await page.getByRole('heading', { name: 'Two timelines compared' }).waitFor();
    expect(await page.getByText(`They share turns 1–${last - 2}`).count()).toBe(1);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    // And the end screen watches the fork's own replay.
    await page.getByRole('button', { name: 'Watch the replay' }).click();
    await slider(page).waitFor();
    expect(await slider(page).getAttribute('max')).toBe(String(last));
    expect(await page.getByText(`A fork: turns 1–${last - 2} come from another game.`).count()).toBe(1);
    await page.getByRole('button', { name: 'Close the replay' }).click();
    await page.getByRole('button', { name: 'Watch the replay' }).waitFor();
    expect(errors).toEqual([]);
  });
});
