// The board reads at every size: on a phone (390×844) and on desktops (1280, 1440 and 1920 wide), in both
// languages, after a few turns have moved the ropes and raised controls, no two of the board's texts
// overlap and none runs off the canvas. The scene reports each text's box (window.tug.boardLabels()).
import { describe, expect, it } from 'vitest';
import { openPage, shot, untilDeciding, useHarness } from './harness.ts';

const h = useHarness();

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const SIZES = [
  [390, 844],
  [1280, 720],
  [1440, 900],
  [1920, 1080],
] as const;

/** Pairs of boxes that overlap by more than a pixel each way. */
function overlaps(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const hgt = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 1 && hgt > 1) out.push(`"${a.text}" × "${b.text}"`);
    }
  return out;
}

describe.each(['en', 'zh'] as const)('the board in %s', (lang) => {
  it.each(SIZES)('at %i×%i has no overlapping text', { timeout: 60_000 }, async (width, height) => {
    const { page, errors } = await openPage(h, { lang, width, height });
    // The chokehold has the most lanes; a hawkish holder puts badges and shortage notes on them.
    await page.goto(
      `${h.url}?scenario=chokehold&seed=layout&side=challenger&opponent=fixed:hawk&lang=${lang}`,
    );
    const endTurn = lang === 'zh' ? '结束回合' : 'End turn';
    for (let turn = 0; turn < 3; turn++) {
      await untilDeciding(page);
      await page.getByRole('button', { name: endTurn }).click();
    }
    await untilDeciding(page);
    await page.waitForSelector('canvas');
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('.board canvas') as HTMLCanvasElement;
      return { width: c.clientWidth, height: c.clientHeight };
    });
    const boxes = await page.evaluate(() =>
      (window as unknown as { tug: { boardLabels(): Box[] } }).tug.boardLabels(),
    );
    await shot(page, `board-layout-${lang}-${width}`);
    expect(boxes.length).toBeGreaterThan(8 * 6);
    expect(overlaps(boxes)).toEqual([]);
    for (const b of boxes) {
      expect(b.x, `"${b.text}" starts off the canvas`).toBeGreaterThanOrEqual(-1);
      expect(b.x + b.width, `"${b.text}" runs off the canvas`).toBeLessThanOrEqual(canvas.width + 1);
    }
    expect(errors).toEqual([]);
  });
});

describe('on a phone', () => {
  it('opens on the board, and brings it back into view while a turn resolves', {
    timeout: 60_000,
  }, async () => {
    const { page, errors } = await openPage(h, { width: 390, height: 844, speed: 'normal' });
    await page.goto(`${h.url}?scenario=chokehold&seed=phone&side=challenger&opponent=ai:easy`);
    await untilDeciding(page);
    await page.waitForSelector('.board canvas'); // the board animates the turn only once it is up
    const boardTop = () => page.evaluate(() => document.querySelector('.board')!.getBoundingClientRect().top);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The player scrolls down to the decisions and ends the turn there.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await boardTop()).toBeLessThan(0);
    await page.locator('#end-turn').click();
    await page.waitForFunction(
      () => (window as unknown as { tug: { phase(): string } }).tug.phase() === 'resolving',
    );
    const top = await boardTop();
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(844 / 2);
    expect(errors).toEqual([]);
  });
});
