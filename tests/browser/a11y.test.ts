// Accessibility: axe-core finds no serious or critical violations on any DOM screen; the game plays
// from the keyboard alone; and it plays by touch on a phone-sized screen.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, shot, tugState, untilDeciding, useHarness } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // A card still fading in is judged at its passing opacity: let every animation finish first.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished.catch(() => null)),
    ),
  );
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }
    ).axe;
    // The canvas is described by the text board beside it; axe checks the DOM.
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

const h = useHarness();

describe('axe-core', () => {
  it.each(['en', 'zh'] as const)(
    'finds nothing serious on the title, the scenario choice, the game and the dialogs (%s)',
    async (lang) => {
      const { page } = await openPage(h, { lang });
      await page.goto(h.url);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: lang === 'en' ? 'New game' : '新游戏' }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${h.url}?scenario=slow-tug&seed=axe&side=holder&opponent=random&lang=${lang}`);
      await untilDeciding(page);
      await page.keyboard.press('E');
      await untilDeciding(page);
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('c');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('?');
      expect(await seriousViolations(page)).toEqual([]);
    },
  );
});

describe('the keyboard', () => {
  it('plays a turn with Tab, Enter and the shortcuts, with visible focus', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(`${h.url}?scenario=slow-tug&seed=keys&side=challenger&opponent=idle`);
    await untilDeciding(page);
    await page.keyboard.press('2'); // the second technology's decisions
    const focused = await page.evaluate(() =>
      document.activeElement?.closest('[data-tech]')?.getAttribute('data-tech'),
    );
    expect(focused).toBe('arf-photoresist');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // R&D: major
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await shot(page, 'keyboard-focus');
    await page.keyboard.press('E');
    await untilDeciding(page);
    const state = (await tugState(page)) as {
      turn: number;
      challenger: { policy: { research: Record<string, number> } };
    };
    expect(state.turn).toBe(2);
    expect(state.challenger.policy.research['arf-photoresist']).toBe(2);
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    await shot(page, 'help');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('touch', () => {
  it('plays on a 390×844 touch screen', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.addInitScript(() =>
      localStorage.setItem(
        'tug.settings',
        JSON.stringify({ lang: 'zh', speed: 'instant', palette: 'colourblind', muted: true }),
      ),
    );
    await page.goto(`${h.url}?scenario=slow-tug&seed=touch&side=challenger&opponent=random`);
    await untilDeciding(page);
    await page.waitForSelector('canvas');
    const canvas = page.locator('canvas');
    const box = (await canvas.boundingBox())!;
    await canvas.tap({ position: { x: box.width / 2, y: box.height * 0.55 } });
    await page.getByRole('button', { name: '2 · 重点' }).first().tap();
    await page.getByRole('button', { name: '结束回合' }).tap();
    await untilDeciding(page);
    expect(((await tugState(page)) as { turn: number }).turn).toBe(2);
    await shot(page, 'phone-zh-colourblind');
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('the phone’s sticky End-turn bar', () => {
  it('never hides the control that has focus', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(h, { width: 390, height: 844 });
    await page.goto(`${h.url}?scenario=slow-tug&seed=7&side=challenger&opponent=random&lang=en`);
    await untilDeciding(page);
    await page.locator('.decide h2').focus();
    let seen = 0;
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const under = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a?.closest('.decide') || a.closest('.end-turn')) return null;
        const b = a.getBoundingClientRect();
        const bar = document.querySelector('.decide .end-turn')!.getBoundingClientRect();
        return b.bottom > bar.top + 2 && b.top < bar.bottom;
      });
      if (under === null) continue;
      seen++;
      expect(under).toBe(false);
    }
    expect(seen).toBeGreaterThan(30);
    expect(errors).toEqual([]);
  });
});
