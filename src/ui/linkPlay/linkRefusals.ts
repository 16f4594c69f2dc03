// While a game by link is on screen, a link refused before its game is known is said there rather than on
// the title: the screen listens here, and opening a link asks here first.
import type { ReplayError } from '../../replay/index.ts';

let refusedHere: ((error: ReplayError) => void) | null = null;

/** Says `error` on the game by link on screen; false when there is none. */
export function refuseOnLinkScreen(error: ReplayError): boolean {
  refusedHere?.(error);
  return refusedHere !== null;
}

/** The game by link on screen says refusals with `say`; returns the way to stop. */
export function refuseHere(say: (error: ReplayError) => void): () => void {
  refusedHere = say;
  return () => {
    if (refusedHere === say) refusedHere = null;
  };
}
