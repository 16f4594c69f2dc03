// Replay files offered for download: a name with scenario, seed and turn and nothing a file system
// dislikes, and the live game so far saved as one, dated now (the date is a note for people; no hash
// or check reads it).
import type { Session } from '../game/session.ts';
import { type Replay, serializeReplay } from '../replay/index.ts';
import { download } from './widgets.ts';

const safe = (x: string) => x.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || 'seed';
const fileName = (scenario: string, seed: string, turns: number) =>
  `slow-tug-${safe(scenario)}-${safe(seed)}-turn${turns}.replay.json`;

export const replayFileName = (session: Session): string =>
  fileName(session.scenario.id, session.seed, session.orders.length);

/** The same name for a replay that is not a live game (one being watched, or played by link). */
export const replayFileNameOf = (replay: Replay): string =>
  fileName(replay.scenario.id, replay.seed, replay.turns.length);

/** Downloads the live game so far as a replay file. */
export function downloadSession(session: Session): void {
  download(replayFileName(session), serializeReplay(session.toReplay(new Date().toISOString())));
}
