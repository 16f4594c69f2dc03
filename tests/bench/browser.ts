// The game in a real browser, against a bare Phaser 4 page built by the same Vite config and served the
// same way, in the same Chromium: boot time to an interactive first screen, the JS and CSS fetched until
// then (gzipped here), the first rendered board, and the longest main-thread task while turns resolve.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../browser/chromium.ts';
import { median } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BARE = join(ROOT, 'tests/bench/bare');
const BOOT_RUNS = 7;
const BOARD_RUNS = 5;
const PLAY_RUNS = 3;
const TURNS = 8;
const GAME_QUERY = '?scenario=slow-tug&seed=bench&side=challenger&opponent=random&lang=en';
const SETTINGS = JSON.stringify({ lang: 'en', speed: 'normal', palette: 'standard', muted: true });

async function buildInto(root: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A plain static server without compression or caching, the same for both pages. */
function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = resolve(dir, `.${path}`);
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }),
    ),
  );
}

/** Milliseconds from navigation to a performance mark, waiting for it to appear. */
async function markTime(page: Page, name: string, timeout = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? false,
    name,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

interface Boot {
  ms: number;
  gzipBytes: number;
  files: number;
}

/** One cold load in a fresh context: time to `tug:interactive`, and the gzipped JS and CSS requested before it. */
async function bootOnce(browser: Browser, url: string): Promise<Boot> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (r) => {
      const type = r.request().resourceType();
      if (type === 'script' || type === 'stylesheet' || /\.(js|css)$/.test(new URL(r.url()).pathname))
        responses.push(r);
    });
    await page.goto(url);
    const ms = await markTime(page, 'tug:interactive');
    const interactiveAt = await page.evaluate(
      () => performance.timeOrigin + performance.getEntriesByName('tug:interactive', 'mark')[0]!.startTime,
    );
    await page.waitForLoadState('load');
    let gzipBytes = 0;
    let files = 0;
    for (const r of responses) {
      // Requests sent after the first screen was up (the CJK font's CSS, on idle) are not part of the first load.
      if (r.request().timing().startTime > interactiveAt) continue;
      gzipBytes += gzipSync(await r.body()).length;
      files++;
    }
    return { ms, gzipBytes, files };
  } finally {
    await context.close();
  }
}

async function gamePage(browser: Browser, url: string, query = GAME_QUERY) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // Settings first, then an observer that records every long task from the first byte of script on.
  await context.addInitScript(`
    localStorage.setItem('tug.settings', ${JSON.stringify(SETTINGS)});
    const seen = [];
    Object.defineProperty(window, '__benchLongTasks', { value: seen });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // How long the opponent is shown deciding: from the "is deciding" line appearing to its going.
    const thinks = [];
    let since = null;
    Object.defineProperty(window, '__benchThinks', { value: thinks });
    new MutationObserver(() => {
      const on = document.querySelector('.thinking') !== null;
      if (on && since === null) since = performance.now();
      else if (!on && since !== null) {
        thinks.push(performance.now() - since);
        since = null;
      }
    }).observe(document, { childList: true, subtree: true });
  `);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url + query);
  return { context, page, errors };
}

const phase = (page: Page) =>
  page.evaluate(() => (window as unknown as { tug: { phase(): string } }).tug.phase());

async function untilDeciding(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const p = (window as unknown as { tug: { phase(): string } }).tug.phase();
      return p === 'deciding' || p === 'over';
    },
    null,
    { timeout: 30_000, polling: 50 },
  );
}

/** Milliseconds from navigation to the first rendered board, starting a game from the address. */
async function boardOnce(browser: Browser, url: string): Promise<number> {
  const { context, page, errors } = await gamePage(browser, url);
  try {
    const ms = await markTime(page, 'tug:board');
    if (errors.length) throw new Error(`the game failed while benchmarked: ${errors.join('; ')}`);
    return ms;
  } finally {
    await context.close();
  }
}

interface Play {
  longestMs: number; // while turns resolve and animate
  bootLongestMs: number; // before: loading the page, Phaser and the board
}

/** Plays TURNS turns through the interface: a few decisions changed each turn, the charts opened once. */
async function playTurns(page: Page): Promise<void> {
  for (let turn = 0; turn < TURNS; turn++) {
    if ((await phase(page)) === 'over') break;
    // Change two decisions: a different pair of untouched options each turn.
    for (const k of [turn, turn + 5]) {
      const options = page.locator('.decide .stepper button[aria-pressed="false"]:not(:disabled)');
      const n = await options.count();
      if (n > 0) await options.nth((k * 7) % n).click();
    }
    if (turn === 2) await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByRole('button', { name: 'End turn' }).click();
    await untilDeciding(page);
  }
  // Let the last turn's trailing work (news, autosave, the board going to sleep) land in the record.
  await page.waitForTimeout(300);
}

/** A game at normal speed, with the longest tasks seen while its turns resolve and animate. */
async function playOnce(browser: Browser, url: string): Promise<Play> {
  const { context, page, errors } = await gamePage(browser, url);
  try {
    await markTime(page, 'tug:board');
    await untilDeciding(page);
    const start = await page.evaluate(() => performance.now());
    await playTurns(page);
    const tasks = (await page.evaluate('window.__benchLongTasks')) as {
      startTime: number;
      duration: number;
    }[];
    if (errors.length) throw new Error(`the game failed while benchmarked: ${errors.join('; ')}`);
    const longest = (xs: typeof tasks) => xs.reduce((m, t) => Math.max(m, t.duration), 0);
    return {
      longestMs: longest(tasks.filter((t) => t.startTime >= start)),
      bootLongestMs: longest(tasks.filter((t) => t.startTime < start)),
    };
  } finally {
    await context.close();
  }
}

const THINK_TURNS = 10;

/**
 * How long the player waits for the AI after ending a turn, over the first THINK_TURNS turns of the
 * largest scenario (the first turns cost most). The AI starts thinking in its worker as the turn begins,
 * so most of its decision is hidden behind the player's own.
 */
async function thinkOnce(browser: Browser, url: string, level: 'normal' | 'hard'): Promise<number[]> {
  const query = `?scenario=chokehold&seed=bench&side=challenger&opponent=ai:${level}&lang=en`;
  const { context, page, errors } = await gamePage(browser, url, query);
  try {
    await untilDeciding(page);
    for (let turn = 0; turn < THINK_TURNS && (await phase(page)) !== 'over'; turn++) {
      await page.getByRole('button', { name: 'End turn' }).click();
      await untilDeciding(page);
    }
    if (errors.length) throw new Error(`the game failed while benchmarked: ${errors.join('; ')}`);
    return (await page.evaluate('window.__benchThinks')) as number[];
  } finally {
    await context.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

interface Traced {
  longestWallMs: number; // the longest task by the clock…
  longestCpuMs: number; // …and the main-thread CPU time it used
  busiestCpuMs: number; // the most CPU time any one task used
}

/**
 * One more game, traced (so not one of the timed ones): its longest task by the clock and the CPU time
 * the main thread spent in it. Set side by side, they tell the page's own work from time spent waiting
 * for the GPU process or for a core on a shared machine.
 */
async function tracedPlay(browser: Browser, url: string): Promise<Traced> {
  const { context, page, errors } = await gamePage(browser, url);
  try {
    await markTime(page, 'tug:board');
    await untilDeciding(page);
    await browser.startTracing(page, { categories: ['toplevel'] });
    await playTurns(page);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    if (errors.length) throw new Error(`the game failed while benchmarked: ${errors.join('; ')}`);
    const events = trace.traceEvents;
    const mains = new Set(
      events
        .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const tasks = events.filter(
      (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mains.has(`${e.pid}:${e.tid}`),
    );
    const most = (key: 'dur' | 'tdur') =>
      tasks.reduce<TraceEvent | null>((m, e) => ((e[key] ?? 0) > (m?.[key] ?? 0) ? e : m), null);
    const longest = most('dur');
    return {
      longestWallMs: (longest?.dur ?? 0) / 1000,
      longestCpuMs: (longest?.tdur ?? 0) / 1000,
      busiestCpuMs: (most('tdur')?.tdur ?? 0) / 1000,
    };
  } finally {
    await context.close();
  }
}

export async function benchBrowser(log: (line: string) => void): Promise<Record<string, number>> {
  const out = mkdtempSync(join(tmpdir(), 'tug-bench-'));
  const servers: Server[] = [];
  let browser: Browser | undefined;
  try {
    await buildInto(ROOT, join(out, 'game'));
    await buildInto(BARE, join(out, 'bare'));
    const game = await serve(join(out, 'game'));
    const bare = await serve(join(out, 'bare'));
    servers.push(game.server, bare.server);
    browser = await launchChromium();

    // One unmeasured load of each warms the browser process, not the pages (each run is a fresh context).
    await bootOnce(browser, game.url);
    await bootOnce(browser, bare.url);
    const ours: Boot[] = [];
    const base: Boot[] = [];
    for (let i = 0; i < BOOT_RUNS; i++) {
      // Alternate, so drift on a shared machine hits both alike.
      ours.push(await bootOnce(browser, game.url));
      base.push(await bootOnce(browser, bare.url));
    }
    const oursMs = median(ours.map((b) => b.ms));
    const bareMs = median(base.map((b) => b.ms));
    const oursKB = median(ours.map((b) => b.gzipBytes)) / 1024;
    const bareKB = median(base.map((b) => b.gzipBytes)) / 1024;
    log(
      `boot: interactive title ${oursMs.toFixed(0)} ms, bare Phaser ${bareMs.toFixed(0)} ms, ratio ${(oursMs / bareMs).toFixed(2)} (goal ≤ 1.3; medians of ${BOOT_RUNS} cold loads)`,
    );
    log(
      `first load: ${oursKB.toFixed(1)} KB gzipped JS+CSS in ${ours[0]!.files} files, bare Phaser ${bareKB.toFixed(1)} KB in ${base[0]!.files}, difference ${(oursKB - bareKB).toFixed(1)} KB (goal ≤ 150)`,
    );

    const boards: number[] = [];
    for (let i = 0; i < BOARD_RUNS; i++) boards.push(await boardOnce(browser, game.url));
    const boardMs = median(boards);
    log(
      `board ready: ${boardMs.toFixed(0)} ms from navigation to the first rendered board (median of ${BOARD_RUNS}, for information)`,
    );

    // Wall-clock tasks stretch when other processes share the cores: the load average says how much.
    const plays: Play[] = [];
    for (let i = 0; i < PLAY_RUNS; i++) plays.push(await playOnce(browser, game.url));
    const longest = median(plays.map((p) => p.longestMs));
    const load = loadavg()[0]!;
    log(
      `long tasks: longest ${longest.toFixed(0)} ms while ${TURNS} turns resolve and animate (goal ≤ 50; median of ${PLAY_RUNS} games: ${plays.map((p) => p.longestMs.toFixed(0)).join(', ')} ms); while the page and board load: ${median(plays.map((p) => p.bootLongestMs)).toFixed(0)} ms; machine load ${load.toFixed(1)} on ${availableParallelism()} cores`,
    );
    const traced = await tracedPlay(browser, game.url);
    log(
      `  in a traced game: the longest task took ${traced.longestWallMs.toFixed(0)} ms by the clock and ${traced.longestCpuMs.toFixed(0)} ms of main-thread CPU; the busiest used ${traced.busiestCpuMs.toFixed(0)} ms of CPU`,
    );

    const think: Record<string, number> = {};
    for (const [level, budget] of [
      ['normal', 100],
      ['hard', 1000],
    ] as const) {
      const ms = await thinkOnce(browser, game.url, level);
      const max = Math.max(...ms);
      log(
        `ai:${level} in its worker: the player waited at most ${max.toFixed(0)} ms for its decision over ${ms.length} turns of chokehold, ended as fast as the page allows (median ${median(ms).toFixed(0)} ms; budget ${budget} ms)`,
      );
      think[`ai${level === 'normal' ? 'Normal' : 'Hard'}WaitMaxMs`] = max;
      think[`ai${level === 'normal' ? 'Normal' : 'Hard'}WaitOverBudget`] = max / budget;
    }
    return {
      ...think,
      bootOverBarePhaser: oursMs / bareMs,
      bootMs: oursMs,
      bareBootMs: bareMs,
      firstLoadGzipOverBareKB: oursKB - bareKB,
      firstLoadGzipKB: oursKB,
      bareFirstLoadGzipKB: bareKB,
      boardReadyMs: boardMs,
      maxLongTaskMs: longest,
      loadLongTaskMs: median(plays.map((p) => p.bootLongestMs)),
      longestTaskCpuMs: traced.longestCpuMs,
      busiestTaskCpuMs: traced.busiestCpuMs,
      loadAverage: load,
    };
  } finally {
    await browser?.close();
    for (const s of servers) s.close();
    rmSync(out, { recursive: true, force: true });
  }
}
