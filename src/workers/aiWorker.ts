// The AI thinks here, off the page's thread, so the page never freezes while it decides.
import { parsePlayer } from '../players/index.ts';
import type { DecideReply, DecideRequest, WorkerScope } from './protocol.ts';

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event: MessageEvent<DecideRequest>) => {
  const { id, scenario, state, side, player } = event.data;
  let reply: DecideReply;
  try {
    const p = typeof player === 'string' ? parsePlayer(player) : null;
    if (!p)
      reply = { id, ok: false, error: `There is no player ${JSON.stringify(String(player)).slice(0, 40)}.` };
    else if (p.side && p.side !== side)
      reply = { id, ok: false, error: `${player} plays the ${p.side}, not the ${side}.` };
    else reply = { id, ok: true, orders: p.decide({ scenario, state, side }) };
  } catch (e) {
    reply = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(reply);
};
