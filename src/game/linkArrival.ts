// A game link arriving in this browser, checked against the copy kept here (src/replay/linkPlay.ts does
// the checking). A browser new to the game plays the answerer: the sealer is the one who started it, and
// its browser always has the game. When the answer reaches the sealer, its kept secret reveals the turn
// at once. A link this browser has already moved past is old, not forged: the game stays as it is.
// Pure: no DOM, no storage; the screen stores and shows what this returns.
import {
  compactGame,
  encodeGameLink,
  type OpenGame,
  openLinkGame,
  type ReplayError,
  reveal,
  type ScenarioLookup,
} from '../replay/index.ts';
import { otherSide, type TurnReport } from '../sim/index.ts';
import type { LinkRecord } from './linkRecord.ts';

export type Arrival =
  | {
      kind: 'accepted';
      record: LinkRecord;
      open: OpenGame;
      /** Turns resolved in the copy this browser had before: the board animates what is new. */
      knownTurns: number;
      /** Set when this browser just revealed its sealed orders and the turn resolved. */
      report: TurnReport | null;
    }
  | { kind: 'older'; record: LinkRecord } // nothing new: the game stays as this browser has it
  | { kind: 'refused'; error: ReplayError; known: LinkRecord | null }
  | { kind: 'noSecret'; turn: number; known: LinkRecord };

/** `text` is the JSON a play link carried (decodeLink); `known` this browser's copy of that game. */
export function arrive(text: string, find: ScenarioLookup, known: LinkRecord | null, base: string): Arrival {
  const opened = openLinkGame(text, find, known?.game ?? null);
  if (!opened.ok) {
    if (known) {
      const alone = openLinkGame(text, find, null);
      if (alone.ok && alone.value.game.game === known.game.game) {
        // Does the copy here carry the incoming game on? Then the link is merely older.
        const ahead = openLinkGame(known.game, find, alone.value.game);
        if (ahead.ok) return { kind: 'older', record: known };
      }
    }
    return { kind: 'refused', error: opened.error, known };
  }
  let open = opened.value;
  const me = known?.me ?? otherSide(open.game.sealer);
  const knownTurns = known?.game.replay.turns.length ?? open.game.replay.turns.length;
  let secret = known?.secret ?? null;
  let report: TurnReport | null = null;
  // The link made here last is still the one to send only if the game has not moved since.
  let link = known && compactGame(known.game) === compactGame(open.game) ? known.link : null;
  if (open.phase.phase === 'reveal' && known && me === open.game.sealer) {
    if (!secret || secret.turn !== open.phase.turn) return { kind: 'noSecret', turn: open.phase.turn, known };
    const scenario = find(open.game.replay.scenario.id)!; // openLinkGame found it
    const revealed = reveal(scenario, open, secret);
    if (!revealed.ok) return { kind: 'refused', error: revealed.error, known };
    open = { game: revealed.value.game, state: revealed.value.state, phase: revealed.value.phase };
    report = revealed.value.report;
    secret = null;
    link = null;
    // The last turn's reveal is the one link left to send, so the answerer sees the end.
    if (open.phase.phase === 'over') {
      const last = encodeGameLink(open.game, base);
      link = last.ok ? last.value : null;
    }
  }
  return {
    kind: 'accepted',
    record: { game: open.game, me, secret, link },
    open,
    knownTurns,
    report,
  };
}
