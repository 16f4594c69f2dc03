// Forking: "play from turn N" is a new game with the same scenario and seed and the parent's first N
// turns, whose replay names its parent. The fork's first decision is turn N + 1.
import type { Scenario } from '../scenario/schema.ts';
import type { GameState } from '../sim/index.ts';
import type { Replay, ReplayMeta } from './format.ts';
import { type Outcome, refuse } from './problems.ts';
import { replayHash, startReplay } from './record.ts';
import { verifyReplay } from './verify.ts';

export interface Fork {
  replay: Replay; // record further turns with recordTurn
  state: GameState; // the state to play on from: turn N + 1 is being decided
}

/** Keeps turns 1–`turn` of `parent` (0 keeps none: the same seed, played afresh). */
export function forkReplay(
  scenario: Scenario,
  parent: Replay,
  turn: number,
  meta?: ReplayMeta,
): Outcome<Fork> {
  const held = parent.turns.length;
  if (!Number.isInteger(turn) || turn < 0 || turn > held) {
    return refuse(
      'ERR_TURN_NUMBER',
      `There is no turn ${turn} to play from: this replay holds turns 1–${held}.`,
      null,
    );
  }
  const shared = { ...parent, length: turn, turns: parent.turns.slice(0, turn) };
  const verified = verifyReplay(shared, scenario);
  if (!verified.ok) return verified;
  if (verified.value.state.ending) {
    return refuse(
      'ERR_TURN_NUMBER',
      `The game ended on turn ${verified.value.state.ending.turn}: there is nothing to play after it. Play from an earlier turn.`,
      turn,
      turn,
    );
  }
  const replay: Replay = {
    ...startReplay(scenario, parent.seed, {
      parent: { hash: replayHash(parent), turn },
      ...(meta ? { meta } : {}),
    }),
    length: turn,
    turns: structuredClone(shared.turns),
  };
  return { ok: true, value: { replay, state: verified.value.state } };
}
