// The file name a replay is offered under: scenario, seed and turn, with nothing a file system dislikes.
import type { Session } from '../game/session.ts';

export function replayFileName(session: Session): string {
  const safe = (x: string) => x.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || 'seed';
  return `slow-tug-${safe(session.scenario.id)}-${safe(session.seed)}-turn${session.orders.length}.replay.json`;
}
