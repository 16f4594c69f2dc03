// Where this browser keeps its games by link (linkRecord.ts reads and checks them): light enough for the
// title to ask whether there is one without loading the code that checks it.

export const linkKey = (id: string) => `tug.link.${id}`;
export const LINK_LAST = 'tug.link.last';

/** The id of the game last played by link here, if any. */
export function lastLinkGame(storage: Storage | null): string | null {
  try {
    return storage?.getItem(LINK_LAST) ?? null;
  } catch {
    return null;
  }
}

export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
