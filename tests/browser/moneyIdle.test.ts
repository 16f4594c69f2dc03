// Money piling up is said in full once, with the cheapest moves it could buy and a button to add each,
// then in one quiet line while it stays idle.
import { describe, expect, it } from 'vitest';
import { openPage, untilDeciding, useHarness } from './harness.ts';

const h = useHarness();

describe('idle money', () => {
  it('says what it could buy once, in full, and then quietly', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(h);
    // The tutorial with a player who spends nothing: by turn 3 the treasury holds over four turns' income.
    await page.goto(`${h.url}?scenario=tutorial&seed=tutorial&side=challenger&opponent=idle&lang=en`);
    await untilDeciding(page);
    expect(await page.locator('.money-idle').count()).toBe(0);
    for (let i = 0; i < 2; i++) {
      await page.locator('#end-turn').click();
      await untilDeciding(page);
    }
    const note = page.locator('.money-idle');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.locator('p').first().textContent()).toMatch(
      /^The treasury is piling up: it holds \d+\.\d, more than four turns of income \(\d+\.\d last turn\)/,
    );
    // Only what the tutorial has unlocked by turn 3, cheapest first, each with its price.
    expect(await note.locator('li').allTextContents()).toEqual([
      'R&D: High-speed-rail bearings → modest (2.0 a turn more) Add',
      'Build a line: High-speed-rail bearings × 1 (6.0 once) Add',
    ]);
    await note
      .getByRole('button', { name: 'Add to this turn’s orders: R&D: High-speed-rail bearings → modest' })
      .click();
    // In the orders now: the R&D control shows it, and the note offers the next level, priced as what it adds.
    await expect
      .poll(() => note.locator('li').first().textContent())
      .toBe('R&D: High-speed-rail bearings → major (2.0 a turn more) Add');
    await page.locator('#end-turn').click();
    await untilDeciding(page);
    // Still idle (2 a turn is under half the income): one quiet line, no list.
    await expect.poll(() => page.locator('.money-idle.quiet').count()).toBe(1);
    expect(await page.locator('.money-idle li').count()).toBe(0);
    expect(await page.locator('.money-idle').textContent()).toMatch(
      /^Treasury \d+\.\d still idle; the cheapest useful move: /,
    );
    expect(errors).toEqual([]);
  });
});
