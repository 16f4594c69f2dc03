// Opening the link the page was opened with: a replay (#replay=…) in the viewer, a game played by link
// (#play=…) where it stands. Read on boot, and whenever the fragment changes, since a link opened in a tab
// that already shows the game changes only the fragment. Once read, the fragment is cleared, so that a
// reload goes to the title (and Continue), and the same link opened again is read again.
import type { App } from './app.ts';

/**
 * Opens the link in the address, if there is one; settles once its screen is shown. Any fragment is read
 * as a link, so that a malformed one (`#`, `##replay=`, `#=`) is refused with its reason on the title
 * instead of being ignored. This page has no in-page anchors.
 */
export function startFromLink(app: App): Promise<void> | null {
  const href = window.location.href;
  if (!href.includes('#')) return null;
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}`,
  );
  // Loaded only for a link: reading one needs the replay code, which the title does not.
  return import('../ui/replay/openLinkHref.ts').then(({ openLinkHref }) => {
    openLinkHref(app, href);
    return app.shown;
  });
}

export function listenForLinks(app: App): void {
  window.addEventListener('hashchange', () => void startFromLink(app));
}
