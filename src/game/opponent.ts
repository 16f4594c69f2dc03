// Who plays the other side, by name: the computer or another player (src/players names them), a second
// person at this screen, or a friend by link. The one that decides is in src/workers/opponent.ts.
export const HOTSEAT = 'hotseat';
/** The opponent's name for play by link on the scenario choice. */
export const LINK_OPPONENT = 'link';
