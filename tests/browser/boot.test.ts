import type { Browser } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { startServer } from './server.ts';

describe('the page in Chromium', () => {
  let browser: Browser;
  let server: ViteDevServer;
  let url: string;
  beforeAll(async () => {
    ({ url, server } = await startServer());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows an interactive title, then boots Phaser for a game, with no console errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await page.goto(`${url}?scenario=slow-tug&seed=boot&lang=en`);
    await page.waitForFunction(() => document.querySelector('canvas') !== null, null, { timeout: 30_000 });
    expect(errors).toEqual([]);
  });
});
