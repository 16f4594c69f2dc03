// The rules' public face: everything outside src/sim goes through here.

export * from '../scenario/vocabulary.ts';
export * from './actions.ts';
export { type ById, byId, own, setOwn } from './byId.ts';
export { cloneData } from './clone.ts';
export * as costs from './costs.ts';
export {
  challengerEnding,
  endingFigures,
  figureScores,
  holderEnding,
  provisionalScores,
  scores,
} from './ending.ts';
export { type FieldRef, fieldCatalogue, resolveField } from './fields.ts';
export { type Folded, type FoldedTurn, type FoldRefusal, foldOrders, type NextOrders } from './fold.ts';
export { canonicalJson, hashState, hashText } from './hash.ts';
export { exportBar } from './markets.ts';
export { newGame } from './newGame.ts';
export * from './objectives.ts';
export { activeDeals, checkOrders, type Plan, unlockedActions } from './orders.ts';
export { type Dice, dice, playerDice, seedStreams } from './random.ts';
export * from './report.ts';
export { HEADROOM as CAPABILITY_HEADROOM } from './research.ts';
export { type OrdersError, type Resolution, type ResolveOptions, resolveTurn } from './resolve.ts';
export * from './result.ts';
export { makeFactor, ropeInputs, ropeTarget, strengths } from './rope.ts';
export { indexScenario, type ScenarioIndex } from './scenarioIndex.ts';
export * from './state.ts';
export {
  fairAnswer,
  fairDistance,
  fairRatio,
  itemValue,
  judgeProposal,
  leverage,
  type ProposalVerdict,
  proposalTo,
  TOLERANCE,
} from './talks.ts';
export { RULES_VERSION } from './version.ts';
export { points, type Winner, winner } from './winner.ts';
