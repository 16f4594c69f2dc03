// Runs once before the test files: finds (or unpacks) the browser, so that parallel test files never
// unpack the packaged Chromium into the same place at once.
import { findChromium } from './chromium.ts';

export default async function setup(): Promise<void> {
  const { executablePath, source } = await findChromium();
  console.log(`Browser tests use Chromium from the ${source}: ${executablePath}`);
}
