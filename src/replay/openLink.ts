// Opening a link, whatever it carries: a replay (verified, ready for the viewer) or a game played by link.
import { decodeLink } from './link.ts';
import { type LinkGame, type OpenGame, openLinkGame } from './linkPlay.ts';
import type { Outcome } from './problems.ts';
import { readReplay } from './read.ts';
import { type ScenarioLookup, type Verified, verifyRead } from './verify.ts';

export type OpenedLink = { kind: 'replay'; verified: Verified } | { kind: 'play'; open: OpenGame };

/** `known` is this browser's last copy of the game, for play links (see openLinkGame). */
export function openLink(
  link: string,
  findScenario: ScenarioLookup,
  known: LinkGame | null = null,
): Outcome<OpenedLink> {
  const decoded = decodeLink(link);
  if (!decoded.ok) return decoded;
  if (decoded.value.kind === 'play') {
    const open = openLinkGame(decoded.value.text, findScenario, known);
    return open.ok ? { ok: true, value: { kind: 'play', open: open.value } } : open;
  }
  const read = readReplay(decoded.value.text, 'link', !decoded.value.cut);
  if (!read.ok) return read;
  const verified = verifyRead(read.value, findScenario, {}, 'link');
  return verified.ok ? { ok: true, value: { kind: 'replay', verified: verified.value } } : verified;
}
