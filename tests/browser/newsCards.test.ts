// The turn's news cards never bury the screen: two at most on a desktop, one on a phone, the rest in the
// News tab, and a tap puts them away at once. A card up when the language changes is written in the new one.
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

  it('are written again in the new language when it is switched while they are up', {
    timeout: 60_000,
  }, async () => {
    const { page, errors } = await openPage(h, { width: 1280, height: 720, speed: 'slow' });
    await page.goto(`${h.url}?scenario=chokehold&seed=7&side=holder&opponent=ai:easy&lang=en`);
    await untilDeciding(page);
    await page.locator('#end-turn').click();
    await untilDeciding(page);
    const cards = page.locator('.news .news-card');
    const han = /[\u4e00-\u9fff]/;
    // A card's own words (its source's quote may be in Chinese whatever the language).
    const words = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.news .news-card')].map((c) =>
          [...c.querySelectorAll('h3, p:not(.cite), button')].map((x) => x.textContent).join(' '),
        ),
      );
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const english = await words();
    expect(english.join(' ')).not.toMatch(han);
    await page.keyboard.press('l');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // The same cards, each now in Chinese (the line pointing to the News tab too).
    const chinese = await words();
    expect(chinese).toHaveLength(english.length);
    for (const text of chinese) expect(text).toMatch(han);
    await page.keyboard.press('l');
    await expect.poll(words).toEqual(english);
    expect(errors).toEqual([]);
  });
});
