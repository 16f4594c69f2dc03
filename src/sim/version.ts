// The rules' version. A replay records it, so that a replay from other rules is refused by name instead
// of failing somewhere in the middle. Raise it with any change that alters a resolved turn for some
// scenario, seed and orders; the golden replays (tests/golden/) fail until it is raised and they are
// regenerated with `npm run golden`.
export const RULES_VERSION = 6;
