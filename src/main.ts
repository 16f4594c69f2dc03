// Boots the game: settings, language, the title screen (or a game straight from the URL), and the
// read-only window.tug for tests and curious players.
import '@fontsource/ibm-plex-sans/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-600.css';
import './ui/style.css';
import { App } from './app/app.ts';
import { listenForLinks, startFromLink } from './app/linkStart.ts';
import { startFromUrl } from './app/urlStart.ts';
import { titleScreen } from './ui/title.ts';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
const app = new App(root);

Object.defineProperty(window, 'tug', {
  value: Object.freeze({
    state: () => (app.session ? structuredClone(app.session.state) : null),
    hash: () => app.session?.hash() ?? null,
    phase: () => app.session?.phase.kind ?? 'title',
    // The saved games as the list shows them (no save's text): for tests and curious players.
    saves: async () =>
      (await app.shelf.list()).map((e) => ({
        id: e.id,
        rev: e.rev,
        scenario: e.meta?.scenarioId ?? null,
        side: e.meta?.side ?? null,
        turn: e.meta?.turn ?? null,
        damaged: e.problem,
      })),
    backend: () => app.shelf.backend.kind,
  }),
  writable: false,
  configurable: false,
});

if (!startFromLink(app) && !startFromUrl(app, new URLSearchParams(window.location.search)))
  app.show(titleScreen);
listenForLinks(app);
// The first screen is up and answers input: the benchmark measures boot time to this mark.
performance.mark('tug:interactive');

// The CJK font is large: load its CSS (split by Unicode range) after the first screen is up.
const loadCjk = () => import('@fontsource/noto-sans-sc/400.css');
if ('requestIdleCallback' in window) requestIdleCallback(() => void loadCjk());
else setTimeout(() => void loadCjk(), 500);
