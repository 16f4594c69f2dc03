// The file name a replay is offered under: scenario, seed and turn, with nothing a file system dislikes.
import type { Session } from '../game/session.ts';
import type { Replay } from '../replay/index.ts';

const safe = (x: string) => x.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || 'seed';

export function replayFileName(session: Session): string {
  return `slow-tug-${safe(session.scenario.id)}-${safe(session.seed)}-turn${session.orders.length}.replay.json`;
}

/** The same name for a replay that is not a live game (one being watched, or played by link). */
export function replayFileNameOf(replay: Replay): string {
  return `slow-tug-${safe(replay.scenario.id)}-${safe(replay.seed)}-turn${replay.turns.length}.replay.json`;
}
