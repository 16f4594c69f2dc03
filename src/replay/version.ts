// What a replay file says it is, apart from the schema that reads it: recording a game needs these, and
// not zod (the schema's library stays off the path of a game being played).

/** What every replay file says it is, so that another JSON file is recognised as not a replay. */
export const REPLAY_FORMAT = 'slow-tug-of-war/replay';
/** The format's version. Raise it when a reader of the old format could not read the new one. */
export const REPLAY_VERSION = 1;
/** Longest replay: a scenario lasts at most 200 turns. */
export const MAX_TURNS = 200;
