// The AI and the outcome ranges run in Web Workers in Chromium, and give exactly what Node gives.
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlayer } from '../../src/players/index.ts';
import { newGame } from '../../src/sim/index.ts';
import { outcomeRange, type RangeRequest } from '../../src/tournament/ranges.ts';
import { shipped } from '../support/scenarios.ts';
import { launchChromium } from './chromium.ts';
import { startServer } from './server.ts';

describe('workers in Chromium', () => {
  let browser: Browser;
  let server: ViteDevServer;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    const started = await startServer();
    server = started.server;
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${started.url}tests/browser/pages/workers.html`);
    await page.waitForFunction(() => window.workersUnderTest !== undefined, null, { timeout: 60_000 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the AI decides in a worker exactly as in Node', async () => {
    const scenario = shipped('slow-tug');
    const state = newGame(scenario, 'browser');
    const inBrowser = await page.evaluate(async (seed) => {
      const w = window.workersUnderTest;
      const scenario = w.shippedScenarios().find((s) => s.id === 'slow-tug')!;
      const state = w.newGame(scenario, seed);
      const ai = w.aiClient();
      const holder = await ai.decide(scenario, state, 'holder', 'ai:normal');
      const challenger = await ai.decide(scenario, state, 'challenger', 'ai:normal:market-first');
      const refused = await ai
        .decide(scenario, state, 'holder', 'ai:easy:balanced')
        .catch((e: Error) => e.message);
      ai.terminate();
      return { holder, challenger, refused };
    }, 'browser');
    expect(inBrowser.holder).toEqual(parsePlayer('ai:normal')!.decide({ scenario, state, side: 'holder' }));
    expect(inBrowser.challenger).toEqual(
      parsePlayer('ai:normal:market-first')!.decide({ scenario, state, side: 'challenger' }),
    );
    expect(inBrowser.refused).toMatch(/plays the challenger, not the holder/);
    expect(errors).toEqual([]);
  });

  it('outcome ranges are computed in a worker, with progress, exactly as in Node', async () => {
    const request: Omit<RangeRequest, 'scenario'> = {
      side: 'challenger',
      style: 'ai:normal:rd-first',
      opponent: 'ai:hard',
      metric: { kind: 'score', side: 'challenger' },
      games: 3,
    };
    const inBrowser = await page.evaluate(async (request) => {
      const w = window.workersUnderTest;
      const scenario = w.shippedScenarios().find((s) => s.id === 'slow-tug')!;
      const ranges = w.rangeClient();
      const heard: number[] = [];
      const result = await ranges.compute({ ...request, scenario }, (done) => heard.push(done));
      ranges.terminate();
      return { result, heard };
    }, request);
    expect(inBrowser.heard).toEqual([1, 2, 3]);
    expect(inBrowser.result).toEqual(outcomeRange({ ...request, scenario: shipped('slow-tug') }));
    expect(errors).toEqual([]);
  });
});
