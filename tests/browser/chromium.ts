// Finds a Chromium for the real-browser tests: the system's where there is one, otherwise the one that
// ships inside the @sparticuz/chromium devDependency, so that `npm install && npm test` passes on a fresh
// machine with nothing installed by hand.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

const env = process.env;
const SYSTEM_BROWSERS = [
  env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ...[env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
    .filter((dir): dir is string => !!dir)
    .map((dir) => join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe')),
];

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// The packaged Chromium has no GPU process of its own to fall back on: WebGL goes through the
// SwiftShader it unpacks beside the binary.
const PACKAGED_ARGS = ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export interface FoundChromium {
  executablePath: string;
  args: string[];
  /** Where it came from, for the one line a test run prints. */
  source: 'system' | 'npm package';
}

let packaged: Promise<FoundChromium> | undefined;

/** The system's Chromium or Chrome, else the packaged one (unpacked once into the temp folder, ~1 s). */
export function findChromium(): Promise<FoundChromium> {
  const system = SYSTEM_BROWSERS.find((p): p is string => !!p && existsSync(p));
  if (system) return Promise.resolve({ executablePath: system, args: LAUNCH_ARGS, source: 'system' });
  packaged ??= unpackChromium();
  return packaged;
}

async function unpackChromium(): Promise<FoundChromium> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `No Chromium or Chrome found, and the packaged one runs only on Linux x64 (this is ${process.platform} ${process.arch}): install Chrome or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  const { default: packagedChromium } = await import('@sparticuz/chromium');
  const executablePath = await packagedChromium.executablePath();
  return { executablePath, args: [...LAUNCH_ARGS, ...PACKAGED_ARGS], source: 'npm package' };
}

export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, headless: true, args });
}
