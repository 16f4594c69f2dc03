// Replays in a real browser: the golden replays verify in Chromium, the same scenario, seed and orders
// give the same state hash in Node and in Chromium, links open there (or are refused with the turn),
// and a fork played from turn 10 there verifies here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playMatch } from '../../src/match/match.ts';
import { random } from '../../src/players/random.ts';
import {
  encodeReplayLink,
  type Replay,
  readReplay,
  replayFromMatch,
  scenarioHash,
  verifyReplay,
} from '../../src/replay/index.ts';
import { GOLDEN_DIR } from '../golden/golden.ts';
import { SHIPPED_IDS, shipped } from '../support/scenarios.ts';
import { launchChromium } from './chromium.ts';
import type { PageReport } from './replayPage.ts';
import { CROSS_SEED } from './replayShared.ts';
import { startServer } from './server.ts';

type Report = PageReport;

describe('replays in Chromium', () => {
  let browser: Browser;
  let server: ViteDevServer;
  let page: Page;
  let pageUrl: string;
  let first: Report;

  /** Opens the check page at `query` and `fragment`, and returns what it found. */
  async function open(query: string, fragment = ''): Promise<Report> {
    const errors: string[] = [];
    page.removeAllListeners('pageerror');
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${pageUrl}?${query}${fragment}`);
    await page.waitForFunction(() => window.replayReport !== undefined, null, { timeout: 60_000 });
    const report = await page.evaluate(() => window.replayReport!);
    if ('crashed' in report) throw new Error(`the page crashed: ${report.crashed}`);
    expect(errors).toEqual([]);
    return report;
  }

  beforeAll(async () => {
    const started = await startServer();
    server = started.server;
    pageUrl = `${started.url}tests/browser/replay.html`;
    browser = await launchChromium();
    page = await browser.newPage();
    first = await open('plain');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('verifies every golden replay', () => {
    const files = readdirSync(GOLDEN_DIR)
      .filter((f) => f.endsWith('.replay.json'))
      .sort();
    expect(first.goldens.map((g) => g.file).sort()).toEqual(files);
    for (const g of first.goldens) {
      expect(g.failure, g.file).toBeNull();
      const text = readFileSync(join(GOLDEN_DIR, g.file), 'utf8');
      const read = readReplay(text);
      expect(read.ok && g.turns).toBe(read.ok && read.value.replay.turns.length);
    }
  });

  it('gives the same scenario hash, orders and state hash every turn as Node', () => {
    expect(first.scenarios.map((s) => s.id).sort()).toEqual([...SHIPPED_IDS].sort());
    for (const fromChromium of first.scenarios) {
      const scenario = shipped(fromChromium.id);
      const inNode = replayFromMatch(
        scenario,
        CROSS_SEED,
        playMatch(scenario, CROSS_SEED, { holder: random, challenger: random }),
      );
      expect(fromChromium.contentHash).toBe(scenarioHash(scenario));
      expect(fromChromium.replay.start).toBe(inNode.start);
      expect(fromChromium.replay.turns.map((t) => t.hash)).toEqual(inNode.turns.map((t) => t.hash));
      expect(fromChromium.replay).toEqual(inNode);
    }
  });

  it('plays a fork from turn 10 whose replay records its parent and verifies in Node', () => {
    expect(first.fork.length).toBeGreaterThan(0);
    for (const { file, fork } of first.fork) {
      if (typeof fork === 'string') throw new Error(`${file}: ${fork}`);
      const replay = fork as Replay;
      expect(replay.parent?.turn).toBe(10);
      const parent = readReplay(readFileSync(join(GOLDEN_DIR, file), 'utf8'));
      if (!parent.ok) throw new Error(parent.error.message);
      expect(replay.turns.slice(0, 10)).toEqual(parent.value.replay.turns.slice(0, 10));
      expect(replay.turns.slice(10)).not.toEqual(parent.value.replay.turns.slice(10));
      expect(verifyReplay(replay, shipped(replay.scenario.id)).ok).toBe(true);
    }
  });

  describe('links', () => {
    const golden = readFileSync(join(GOLDEN_DIR, `${SHIPPED_IDS[0]}.random.replay.json`), 'utf8');
    const read = readReplay(golden);
    if (!read.ok) throw new Error(read.error.message);
    const fragmentOf = () => {
      const link = encodeReplayLink(read.value.replay, pageUrl);
      if (!link.ok) throw new Error(link.error.message);
      return link.value.slice(link.value.indexOf('#'));
    };

    it('open and verify there', async () => {
      const report = await open('link', fragmentOf());
      expect(report.link).toEqual({ kind: 'replay', turns: read.value.replay.turns.length, failure: null });
    });

    it('cut short: refused, naming the turn', async () => {
      const fragment = fragmentOf();
      // Cut mid-block. (A cut exactly where a compressed block ends decompresses cleanly, and is refused
      // as damaged rather than as cut: 60% of this golden replay's link lands there.)
      const report = await open('cut', fragment.slice(0, Math.floor(fragment.length * 0.5)));
      expect(report.link?.failure?.code).toBe('ERR_TRUNCATED');
      expect(report.link?.failure?.message).toMatch(
        /^Turn \d+ cannot be checked: the link is cut off after turn \d+/,
      );
    });

    it('garbled or oversized: refused with a reason', async () => {
      const fragment = fragmentOf();
      const garbled = await open('garbled', `${fragment.slice(0, -100)}!${fragment.slice(-99)}`);
      expect(garbled.link?.failure?.code).toBe('ERR_LINK_GARBLED');
      const oversized = await open('oversized', `#replay=1.00000000.${'A'.repeat(9000)}`);
      expect(oversized.link?.failure?.code).toBe('ERR_LINK_TOO_LONG');
    });
  });
});
