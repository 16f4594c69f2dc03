// Opening the link the page was opened with: a replay (#replay=…) in the viewer, a game played by link
// (#play=…) where it stands. Read on boot, and whenever the fragment changes, since a link opened in a tab
// that already shows the game changes only the fragment. Once read, the fragment is cleared, so that a
// reload goes to the title (and Continue), and the same link opened again is read again.
import { openLinkHref } from '../ui/replay/openLinkHref.ts';
import type { App } from './app.ts';

// Any fragment is read as a link, so that a malformed one (`#`, `##replay=`, `#=`) is refused with its
// reason on the title instead of being ignored. This page has no in-page anchors.
export function startFromLink(app: App): boolean {
  const href = window.location.href;
  if (!href.includes('#')) return false;
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}`,
  );
  openLinkHref(app, href);
  return true;
}

export function listenForLinks(app: App): void {
  window.addEventListener('hashchange', () => startFromLink(app));
}
