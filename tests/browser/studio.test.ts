// The scenario studio as an author uses it: opened from the title, a template loaded, a field broken and
// the problem pointing at it, fixed, the balance preview reporting endings, the draft shared by link and
// opened from it in a fresh page, and played. And a damaged studio link is refused with its reason.
import { describe, expect, it } from 'vitest';
import { openPage, useHarness } from './harness.ts';
import { seriousViolations } from './replayUi.ts';

const h = useHarness();

describe('the scenario studio', () => {
  it('edits, checks, previews, shares and plays a draft', { timeout: 180_000 }, async () => {
    const { page, errors } = await openPage(h);
    await page.goto(h.url);
    await page.getByRole('button', { name: 'Scenario studio' }).click();
    await page.getByRole('heading', { name: 'Scenario studio' }).waitFor();
    await page.selectOption('#studio-template', 'three-materials');
    await expect
      .poll(() => page.locator('#studio-id').inputValue(), { timeout: 30_000 })
      .toBe('three-materials-draft');
    // The JSON beside the forms says the same.
    expect(JSON.parse(await page.locator('#studio-json').inputValue()).id).toBe('three-materials-draft');

    const turns = page.locator('#studio-turns');
    await turns.fill('0');
    await turns.dispatchEvent('change');
    await expect
      .poll(() => page.locator('.studio-count').innerText(), { timeout: 30_000 })
      .toMatch(/1 errors/);
    expect(JSON.parse(await page.locator('#studio-json').inputValue()).turns).toBe(0);
    const problem = page.locator('.studio-problems li.error button').first();
    expect(await problem.innerText()).toContain('turns');
    await problem.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('studio-turns');
    await turns.fill('24');
    await turns.dispatchEvent('change');
    await expect.poll(() => page.locator('.studio-count').innerText(), { timeout: 30_000 }).toMatch(/^Valid/);

    // The preview plays the draft and reports its endings and targets.
    await page
      .locator('.studio-preview')
      .getByText(/30 games of ai:easy/)
      .waitFor({ timeout: 120_000 });
    const preview = await page.locator('.studio-preview').innerText();
    expect(preview).toMatch(/Holder won \d+%/);
    expect(preview).toMatch(/The Next Japan: \d+/);
    expect(preview).toMatch(/At least two endings/);

    // Keyboard and screen reader: axe finds nothing serious on the studio, with its forms and preview.
    expect(await seriousViolations(page)).toEqual([]);

    // Shared by link, it opens in the studio of a fresh page, and plays.
    await page.getByRole('button', { name: 'Share by link' }).click();
    const link = await page.locator('#studio-link-out').inputValue();
    expect(link).toContain('#scenario=');
    const fresh = await openPage(h);
    await fresh.page.goto(link);
    await fresh.page.getByRole('heading', { name: 'Scenario studio' }).waitFor();
    await expect
      .poll(() => fresh.page.locator('#studio-id').inputValue(), { timeout: 30_000 })
      .toBe('three-materials-draft');
    await fresh.page.getByRole('button', { name: 'Play this draft' }).click();
    await expect
      .poll(() => fresh.page.locator('body').innerText(), { timeout: 30_000 })
      .toContain('Turn 1 of 24');
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });

  it('refuses a damaged scenario link with its reason', { timeout: 60_000 }, async () => {
    const { page } = await openPage(h);
    await page.goto(`${h.url}#scenario=1.00000000.AAAA`);
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 30_000 })
      .toMatch(/cannot be opened|damaged/);
  });
});
