// A game that ended in a Crisis, reloaded and continued, opens on its end screen, not on a board with
// nothing left to decide.
import { describe, expect, it } from 'vitest';
import { openPage, untilDeciding, useHarness } from './harness.ts';

const h = useHarness();

describe('continuing a finished game', () => {
  it('reaches the end screen', { timeout: 90_000 }, async () => {
    const { page, errors } = await openPage(h);
    // A hawkish holder against a challenger who does nothing: a Crisis within a dozen turns.
    await page.goto(`${h.url}?scenario=slow-tug&seed=crisis&side=challenger&opponent=fixed:hawk`);
    for (let turn = 0; turn < 40; turn++) {
      if ((await untilDeciding(page)) === 'over') break;
      await page.keyboard.press('e');
    }
    const ending = await page.evaluate(
      () =>
        (window as unknown as { tug: { state(): { ending: { challenger: string } } } }).tug.state().ending,
    );
    expect(ending.challenger).toBe('crisis');
    await page.goto(h.url);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('The game ends');
    expect(errors).toEqual([]);
  });
});
