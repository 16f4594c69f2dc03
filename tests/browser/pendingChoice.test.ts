// An event's question: the price of the answer standing on it is counted with the turn's money, and left
// unanswered it is named beside End turn, with a way back to it: the question sits at
// the top of the panel, and a player who scrolled down to a card no longer sees it.
import { describe, expect, it } from 'vitest';
import { openPage, untilDeciding, useHarness } from './harness.ts';

const h = useHarness();

describe('an unanswered question', () => {
  it('is named beside End turn, and "Show it" brings it into view', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(h, { width: 1280, height: 720, speed: 'fast' });
    // In slow-tug the first domestic batch fires on turn 2 and asks the challenger to choose on turn 3.
    await page.goto(`${h.url}?scenario=slow-tug&seed=7&side=challenger&opponent=idle&lang=en`);
    for (let i = 0; i < 2; i++) {
      await untilDeciding(page);
      await page.locator('#end-turn').click();
    }
    await untilDeciding(page);
    // The money line counts the default's price (push on: 6), which is an event's, not an order's.
    await expect
      .poll(() => page.locator('.summary').innerText())
      .toContain('The answer standing on an event’s question costs 6.0 more.');
    const note = page.locator('.end-turn .pending-note', { hasText: 'Unanswered above' });
    await expect.poll(() => note.count()).toBe(1);
    const heading = page.locator('[id^="pending-"]').first();
    // Scroll the panel to its foot, as a player working down the cards would.
    await page.locator('aside.decide').evaluate((n) => n.scrollTo(0, n.scrollHeight));
    await note.getByRole('button', { name: 'Show it' }).click();
    await expect.poll(() => heading.isVisible()).toBe(true);
    const inView = await heading.evaluate((n) => {
      const r = n.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    // Focus is on the option that stands (the first, the default).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    // Choosing to wait (no cost) takes the price off the line.
    await page.getByRole('button', { name: /^Wait and see/ }).click();
    await expect.poll(() => page.locator('.summary').innerText()).not.toContain('event’s question');
    expect(errors).toEqual([]);
  });
});
