// `npm run bench [-- --json]`: each figure is a ratio against a baseline measured in the same run.
// With --json the last line is one JSON object holding every figure.
import { benchAi } from './ai.ts';
import { benchEngine } from './engine.ts';
import { sampleHeap } from './measure.ts';
import { benchReplay } from './replay.ts';

const json = process.argv.includes('--json');
const log = (line: string) => process.stdout.write(`${line}\n`);
const figures: Record<string, number | string> = {};
Object.assign(figures, benchEngine(log));
Object.assign(figures, benchReplay(log));
Object.assign(figures, benchAi(log));
figures.peakHeapMB = sampleHeap() / 1e6;
log(`peak heap: ${(figures.peakHeapMB as number).toFixed(1)} MB`);
// Loaded only now, so Vite and Playwright stay out of the engine's heap figure.
const { benchBrowser } = await import('./browser.ts');
Object.assign(figures, await benchBrowser(log));
if (json) log(JSON.stringify(figures));
