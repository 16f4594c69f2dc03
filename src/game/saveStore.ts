// The localStorage keys of the saved game. Reading it back (src/game/save.ts) replays it; these names
// sit apart so that the page boots without that code.

export const SAVE_KEY = 'tug.save';
export const BROKEN_KEY = 'tug.save.broken';
