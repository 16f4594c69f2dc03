// Shared setup for the real-browser tests: one Vite server and one Chromium per file, pages that record
// console errors, settings that make animations instant, and screenshots kept under tests/artifacts/.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { startServer } from './server.ts';

export const ARTIFACTS = 'tests/artifacts';

export interface Harness {
  url: string;
  browser: Browser;
  server: ViteDevServer;
}

export async function startHarness(): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const { url, server } = await startServer();
  const browser = await launchChromium();
  return { url, server, browser };
}

export async function stopHarness(h: Harness | undefined): Promise<void> {
  await h?.browser.close();
  await h?.server.close();
}

/** The harness of a test file (or a describe block): started before its tests, stopped after them. */
export function useHarness(): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    Object.assign(h, await startHarness());
  });
  afterAll(() => stopHarness(h));
  return h;
}

export interface TestPage {
  page: Page;
  errors: string[];
}

export async function openPage(
  h: Harness,
  opts: { lang?: 'zh' | 'en'; speed?: string; width?: number; height?: number; clear?: boolean } = {},
): Promise<TestPage> {
  const context = await h.browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 720 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const settings = JSON.stringify({
    lang: opts.lang ?? 'en',
    speed: opts.speed ?? 'instant',
    palette: 'standard',
    muted: true,
  });
  await page.addInitScript((s) => {
    if (!sessionStorage.getItem('tug.test.init')) {
      localStorage.clear();
      localStorage.setItem('tug.settings', s);
      sessionStorage.setItem('tug.test.init', '1');
    }
  }, settings);
  return { page, errors };
}

export const shot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}/${name}.png` });

/** Waits until the game asks a side for its decisions (or is over). */
export async function untilDeciding(page: Page): Promise<string> {
  await page.waitForFunction(
    () => {
      const phase = (window as unknown as { tug: { phase(): string } }).tug.phase();
      return phase === 'deciding' || phase === 'over';
    },
    null,
    { timeout: 20_000 },
  );
  return page.evaluate(() => (window as unknown as { tug: { phase(): string } }).tug.phase());
}

export const tugHash = (page: Page) =>
  page.evaluate(() => (window as unknown as { tug: { hash(): string } }).tug.hash());
export const tugState = (page: Page) =>
  page.evaluate(() => (window as unknown as { tug: { state(): unknown } }).tug.state());
