// Answering the other side's proposal from last turn's round. Nothing binds a side without its answer;
// the computer players answer as the rules' fair rate does at the round's draw, so that the verdict a
// player is shown before sending a proposal is the answer it will get.
import { type Action, fairAnswer, type GameState, type Side } from '../sim/index.ts';

export function answerOrders(state: GameState, side: Side): Action[] {
  const accept = fairAnswer(state, side);
  return accept === null ? [] : [{ type: 'answer', accept }];
}
