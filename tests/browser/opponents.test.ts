// The computer as an opponent in the game: chosen on the scenario card by level and personality, deciding
// in a worker to exactly the orders Node gives; and "what usually happens", a fan chart on the card and at
// the end, computed in a worker from the same games Node plays.
import { describe, expect, it } from 'vitest';
import { playMatch } from '../../src/match/match.ts';
import { idle } from '../../src/players/idle.ts';
import { parsePlayer } from '../../src/players/index.ts';
import { hashState } from '../../src/sim/index.ts';
import { outcomeRange } from '../../src/tournament/ranges.ts';
import { shipped } from '../support/scenarios.ts';
import { openPage, shot, tugHash, untilDeciding, useHarness } from './harness.ts';

const h = useHarness();

describe('the computer as the opponent', () => {
  it('is chosen by level and personality on the scenario card, and plays as in Node', {
    timeout: 90_000,
  }, async () => {
    const { page, errors } = await openPage(h);
    await page.goto(h.url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('radio', { name: 'The Slow Tug-of-War' }).click();
    await page.locator('#seed').fill('opponents');
    // The computer is the default opponent; its personalities are the holder's, since the player challenges.
    await expect.poll(() => page.getByLabel('Opponent').inputValue()).toBe('ai');
    const personalities = await page.getByLabel('Personality').locator('option').allTextContents();
    expect(personalities).toEqual(['Hawk', 'Dove', 'Pragmatist']);
    await page.getByLabel('Level').selectOption({ label: 'Hard' });
    await page.getByLabel('Personality').selectOption({ label: 'Hawk' });
    await expect.poll(() => page.getByText('Bans early and wide').count()).toBe(1);
    await shot(page, 'choose-opponent');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    for (let turn = 0; turn < 3; turn++) {
      await untilDeciding(page);
      await page.getByRole('button', { name: 'End turn' }).click();
    }
    await untilDeciding(page);
    const scenario = shipped('slow-tug');
    const node = playMatch(
      scenario,
      'opponents',
      { holder: parsePlayer('ai:hard:hawk')!, challenger: idle },
      { turns: 3 },
    );
    expect(await tugHash(page)).toBe(hashState(node.state));
    expect(errors).toEqual([]);
  });

  it('says who is deciding while it thinks', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(h);
    await page.goto(
      `${h.url}?scenario=chokehold&seed=think&side=holder&opponent=ai:hard:market-first&lang=en`,
    );
    await untilDeciding(page);
    // The notice shows only while the computer thinks, which may be shorter than a poll: watch for it.
    await page.evaluate(() => {
      const w = window as unknown as { sawDeciding?: boolean };
      new MutationObserver(() => {
        for (const n of document.querySelectorAll('[role="status"]'))
          if (n.textContent?.includes('Computer, Hard, Market first is deciding')) w.sawDeciding = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'End turn' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { sawDeciding?: boolean }).sawDeciding), {
        timeout: 30_000,
      })
      .toBe(true);
    await untilDeciding(page);
    expect(errors).toEqual([]);
  });

  it('a personality of the player’s own side is refused in the address', async () => {
    const { page } = await openPage(h);
    await page.goto(`${h.url}?scenario=slow-tug&seed=x&side=holder&opponent=ai:normal:hawk&lang=en`);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(await tugHash(page)).toBeNull();
  });
});

describe('what usually happens', () => {
  it('is a fan chart on the scenario card, marked as a range, with Node’s figures', {
    timeout: 90_000,
  }, async () => {
    const { page, errors } = await openPage(h);
    await page.goto(h.url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('radio', { name: 'Not the Next Japan' }).click();
    await page.getByLabel('If you play like').selectOption({ label: 'Market first' });
    const chart = page.locator('.range figure svg[role="img"]');
    await chart.waitFor({ timeout: 60_000 });
    const label = (await chart.getAttribute('aria-label')) ?? '';
    const range = outcomeRange({
      scenario: shipped('next-japan'),
      side: 'challenger',
      style: 'ai:normal:market-first',
      opponent: 'ai:normal:pragmatist',
      metric: { kind: 'score', side: 'challenger' },
    });
    if (!range.ok) throw new Error(range.error.message);
    const median = range.value.bands.find((b) => b.percentile === 50)!.values.at(-1)!;
    expect(label).toContain(`the median is ${median.toFixed(0)}`);
    expect(await page.locator('.range').textContent()).toContain('not a prediction');
    expect(await chart.textContent()).toContain('RANGE OF 100 SAMPLED GAMES');
    await shot(page, 'choose-range');
    // Another measure: a rope, on the scale of the board.
    await page.getByLabel('Show').selectOption({ index: 1 });
    await expect.poll(() => chart.getAttribute('aria-label'), { timeout: 60_000 }).toMatch(/^Rope: /);
    expect(errors).toEqual([]);
  });

  it('is drawn at the end with the game just played over it, in the style it was played', {
    timeout: 120_000,
  }, async () => {
    const { page, errors } = await openPage(h);
    await page.goto(`${h.url}?scenario=tutorial&seed=range-end&side=challenger&opponent=ai:normal&lang=en`);
    for (let turn = 0; turn < 12; turn++) {
      if ((await untilDeciding(page)) === 'over') break;
      await page.getByRole('button', { name: 'End turn' }).click();
    }
    await page.getByText('You played most like:').waitFor();
    const chart = page.locator('.range figure svg[role="img"]');
    await chart.waitFor({ timeout: 60_000 });
    expect(await chart.getAttribute('aria-label')).toMatch(/This game ended at/);
    await expect.poll(() => page.locator('.range .legend').textContent()).toContain('this game');
    await shot(page, 'end-range');
    expect(errors).toEqual([]);
  });
});
