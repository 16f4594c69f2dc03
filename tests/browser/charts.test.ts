// A chart of eight lines reads one at a time: a key in its legend brings its line forward and fades the
// rest, and a second press puts the chart back.
import { describe, expect, it } from 'vitest';
import { openPage, untilDeciding, useHarness } from './harness.ts';

const h = useHarness();

describe('a chart legend', () => {
  it('picks out one line and lets it go again', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(h, { width: 390, height: 844 });
    await page.goto(`${h.url}?scenario=chokehold&seed=7&side=challenger&opponent=random&lang=en`);
    for (let i = 0; i < 3; i++) {
      await untilDeciding(page);
      await page.locator('#end-turn').click();
    }
    await untilDeciding(page);
    await page.getByRole('tab', { name: 'Charts' }).click();
    const chart = page.locator('.chart').first();
    const key = chart.getByRole('button', { name: 'AI accelerators' });
    const opacities = () =>
      chart
        .locator('svg[role=img] > g[opacity]')
        .evaluateAll((gs) => gs.map((g) => g.getAttribute('opacity')));
    const before = await opacities();
    await key.click();
    expect(await key.getAttribute('aria-pressed')).toBe('true');
    const picked = await opacities();
    expect(picked.filter((o) => o === '1')).toHaveLength(1);
    expect(picked.filter((o) => o === '0.3')).toHaveLength(picked.length - 1);
    await key.click();
    expect(await key.getAttribute('aria-pressed')).toBe('false');
    expect(await opacities()).toEqual(before);
    expect(errors).toEqual([]);
  });
});
