// The turn's news cards never bury the screen: two at most on a desktop, one on a phone, the rest in the
// News tab, and a tap puts them away at once.
import { describe, expect, it } from 'vitest';
import { openPage, untilDeciding, useHarness } from './harness.ts';

const h = useHarness();

describe('news cards', () => {
  for (const [width, height, most] of [
    [390, 844, 1],
    [1280, 720, 2],
  ] as const) {
    it(`show at most ${most} at ${width}×${height} and go at a tap`, { timeout: 60_000 }, async () => {
      const { page, errors } = await openPage(h, { width, height, speed: 'fast' });
      await page.goto(`${h.url}?scenario=chokehold&seed=7&side=holder&opponent=ai:easy&lang=en`);
      await untilDeciding(page);
      await page.locator('#end-turn').click();
      await untilDeciding(page);
      const cards = page.locator('.news .news-card:not(.more)');
      await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await cards.count()).toBeLessThanOrEqual(most);
      // Beside them at most a line saying how many more wait in the News tab.
      expect(await page.locator('.news .news-card').count()).toBeLessThanOrEqual(most + 1);
      await cards.first().click();
      expect(await page.locator('.news .news-card').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});
