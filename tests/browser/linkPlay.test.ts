// Play by link between two browsers (two contexts, each with its own storage): the challenger starts a
// game with "A friend, by link", seals its orders, and the two play two turns by sending each other the
// link after each move. The sealed orders never travel before the answer; both browsers end on the same
// game, and an old link changes nothing.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answer,
  compactGame,
  decodeLink,
  encodeGameLink,
  encodeLink,
  hexOf,
  type LinkGame,
  type OpenGame,
  openLinkGame,
  reveal,
  seal,
  startLinkGame,
  verifyReplay,
} from '../../src/replay/index.ts';
import { find, slowTug } from '../replay/support.ts';
import { openPage, shot, useHarness } from './harness.ts';
import { seriousViolations } from './replayUi.ts';

const h = useHarness();

const carried = (link: string): LinkGame => {
  const decoded = decodeLink(link);
  if (!decoded.ok || decoded.value.kind !== 'play') throw new Error('not a play link');
  return JSON.parse(decoded.value.text) as LinkGame;
};

/** Makes this side's move with the button given, and returns the link the dialog offers. */
async function move(page: Page, button: string): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const link = await dialog.getByRole('textbox', { name: 'Link', exact: true }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return link;
}

const turnShown = async (page: Page) =>
  /Turn (\d+) of 40/.exec((await page.locator('.topbar').textContent()) ?? '')?.[1];

describe('play by link', () => {
  it('two browsers play two turns by sending links', { timeout: 120_000 }, async () => {
    const a = await openPage(h); // the challenger, who starts and seals
    const b = await openPage(h); // the holder, who answers
    await a.page.goto(h.url);
    await a.page.getByRole('button', { name: 'New game' }).click();
    await a.page.getByRole('radio', { name: 'The Slow Tug-of-War' }).click();
    await a.page.locator('#seed').fill('by-link');
    await a.page.getByLabel('Opponent').selectOption({ label: 'A friend, by link' });
    await a.page.getByRole('button', { name: 'Start', exact: true }).click();
    await a.page.getByRole('heading', { name: /Played by link/ }).waitFor();
    // Before the first move, the page says what it cannot prevent.
    const notes = a.page.locator('details.link-notes');
    expect(await notes.getAttribute('open')).not.toBeNull();
    expect(await notes.textContent()).toMatch(/walk away.*neither secret nor signed/s);
    await a.page.waitForSelector('canvas');
    await shot(a.page, 'link-start');
    expect(await seriousViolations(a.page)).toEqual([]);

    // Turn 1: the challenger seals. Its orders are not in the link, only their seal.
    await a.page.getByRole('button', { name: '2 · major' }).first().click();
    const l1 = await move(a.page, 'Seal my orders');
    const g1 = carried(l1);
    expect(Object.keys(g1.sealed!).sort()).toEqual(['seal', 'turn']);
    expect(g1.answer).toBeNull();
    expect(g1.replay.turns).toEqual([]);
    expect(l1).not.toContain('setResearch');
    await a.page.getByText('Waiting for the Holder to answer turn 1').waitFor();
    await shot(a.page, 'link-waiting');

    // The holder opens it in its own browser, and answers in the clear.
    await b.page.goto(l1);
    await b.page.getByText('Turn 1: your move. The Challenger has sealed its orders').waitFor();
    await b.page.waitForSelector('canvas');
    await shot(b.page, 'link-answer');
    await b.page.getByRole('button', { name: '2 · major' }).first().click();
    const l2 = await move(b.page, 'Send my orders');
    expect(carried(l2).answer?.length).toBeGreaterThan(0);
    await b.page.getByText('Waiting for the Challenger to reveal turn 1').waitFor();

    // Back at the challenger's: its secret reveals turn 1, which resolves; it seals turn 2.
    await a.page.goto(l2);
    await a.page.getByText('Turn 1 resolved: your sealed orders were revealed').waitFor();
    expect(await turnShown(a.page)).toBe('2');
    await shot(a.page, 'link-revealed');
    const l3 = await move(a.page, 'Seal my orders');
    const g3 = carried(l3);
    expect(g3.replay.turns).toHaveLength(1);
    expect(g3.replay.turns[0]!.orders.challenger.length).toBeGreaterThan(0);
    expect(g3.replay.turns[0]!.orders.holder).toEqual(g1.answer ?? carried(l2).answer);

    // The holder sees turn 1's result and answers turn 2 without changes.
    await b.page.goto(l3);
    await b.page.getByText('Turn 2: your move').waitFor();
    expect(await turnShown(b.page)).toBe('2');
    const l4 = await move(b.page, 'Send my orders');

    // The challenger pastes the answer into its page this time.
    await a.page.getByRole('textbox', { name: 'Paste the link your friend sent' }).fill(l4);
    await a.page.getByRole('button', { name: 'Open the link' }).click();
    await a.page.getByText('Turn 2 resolved').waitFor();
    expect(await turnShown(a.page)).toBe('3');
    const l5 = await move(a.page, 'Seal my orders');
    const g5 = carried(l5);
    expect(g5.replay.turns).toHaveLength(2);
    // Every seal opens, and the replay is an ordinary one that verifies.
    expect(openLinkGame(g5, find, null).ok).toBe(true);
    expect(verifyReplay(g5.replay, slowTug()).ok).toBe(true);

    // The holder reopens an old link: nothing changes.
    await b.page.goto(l5);
    await b.page.getByText('Turn 3: your move').waitFor();
    await b.page.goto(l1);
    await b.page.getByText('This link is from an earlier move').waitFor();
    expect(await turnShown(b.page)).toBe('3');
    // A link damaged on the way, and one whose first turn was rewritten, are refused; the game stays.
    const garbled = `${l5.slice(0, -30)}!${l5.slice(-29)}`;
    const rewritten = structuredClone(g5);
    rewritten.replay.turns[0]!.orders.holder = [];
    const forged = encodeLink('play', compactGame(rewritten), h.url);
    if (!forged.ok) throw new Error(forged.error.message);
    for (const [bad, says] of [
      [garbled, 'damaged when it was copied'],
      [forged.value, '(turn 1)'],
    ] as const) {
      await b.page.goto(bad);
      const alert = b.page.getByRole('alert').filter({ hasText: says });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('The game in this browser is unchanged');
      expect(await turnShown(b.page)).toBe('3');
    }
    await shot(b.page, 'link-refused');
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  });

  it('a finished game shows its end, and its replay opens in the viewer', async () => {
    const scenario = slowTug();
    let n = 0;
    const salt = () => hexOf(Uint8Array.from({ length: 16 }, (_, i) => (n++ * 31 + i * 7) & 255));
    const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    let open: OpenGame = ok(startLinkGame(scenario, { seed: 'over', game: salt(), sealer: 'holder' }));
    while (open.phase.phase !== 'over') {
      const sealed = ok(seal(scenario, open, [], salt()));
      open = ok(reveal(scenario, ok(answer(scenario, sealed, [])), sealed.secret));
    }
    const link = ok(encodeGameLink(open.game, h.url));
    const { page, errors } = await openPage(h);
    await page.goto(link);
    await page.getByText('The game is over').waitFor();
    await page.waitForSelector('canvas');
    await shot(page, 'link-over');
    await page.getByRole('button', { name: 'Watch the replay' }).click();
    await page.getByRole('slider', { name: 'Replay position' }).waitFor();
    await page.getByRole('button', { name: 'Close the replay' }).click();
    await page.getByText('The game is over').waitFor();
    expect(errors).toEqual([]);
  });

  it('the title continues the game played here', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(h.url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByLabel('Opponent').selectOption({ label: 'A friend, by link' });
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await move(page, 'Seal my orders');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: /Back to the title/ }).click();
    await page.getByRole('button', { name: 'Continue the game by link' }).click();
    await page.getByText('Waiting for the Holder to answer turn 1').waitFor();
    expect(await page.getByRole('textbox', { name: 'The link to send' }).inputValue()).toMatch(/#play=1\./);
    expect(errors).toEqual([]);
  });
});
