// Boots the game: settings, language, the title screen (or a game straight from the URL), and the
// read-only window.tug for tests and curious players.
import '@fontsource/ibm-plex-sans/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-600.css';
import './ui/style.css';
import { App } from './app/app.ts';
import { listenForLinks, startFromLink } from './app/linkStart.ts';
import { isLang } from './i18n/index.ts';
import { probe } from './ui/probe.ts';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
const app = new App(root);

Object.defineProperty(window, 'tug', {
  value: Object.freeze({
    state: () => (app.session ? structuredClone(app.session.state) : null),
    hash: () => app.session?.hash() ?? null,
    phase: () => (app.loading ? 'loading' : (app.session?.phase.kind ?? 'title')),
    boardLabels: () => probe.boardLabels(),
    news: () => probe.news(),
    objectives: () => probe.objectives(),
    // The saved games as the list shows them (no save's text): for tests and curious players.
    saves: async () => {
      const { shelf, ready } = await app.saves();
      await ready;
      return (await shelf.list()).map((e) => ({
        id: e.id,
        rev: e.rev,
        scenario: e.meta?.scenarioId ?? null,
        side: e.meta?.side ?? null,
        turn: e.meta?.turn ?? null,
        damaged: e.problem,
      }));
    },
  }),
  writable: false,
  configurable: false,
});

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang');
if (isLang(lang)) app.update({ lang });
const fromLink = startFromLink(app);
listenForLinks(app);
// Whether the first screen is the title (not a game or replay that a link or the address opened).
let onTitle = false;
if (fromLink) await fromLink;
else if (!(params.has('scenario') && (await import('./app/urlStart.ts')).startFromUrl(app, params))) {
  app.go('title');
  onTitle = true;
}
await app.shown;
// The first screen is up and answers input: the benchmark measures boot time to this mark.
performance.mark('tug:interactive');

// After the first screen is up: the CJK font, which is large (its CSS is split by Unicode range), and the
// screens a player opens next, so that they open at once.
const afterBoot = () => {
  void import('@fontsource/noto-sans-sc/400.css');
  // From the title a player opens the setup and a game. A game already on screen needs neither, and the
  // setup's code (scenario files, links) would evaluate the schema library in the middle of a turn.
  if (onTitle) app.prefetch('choose', 'game');
};
if ('requestIdleCallback' in window) requestIdleCallback(afterBoot);
else setTimeout(afterBoot, 500);
