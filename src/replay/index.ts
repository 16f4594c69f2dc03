// Replays: record every game, verify it, share it as a file or a link, fork it, compare timelines, and
// play by link. Pure: no Node, no DOM, no clock; it runs the same in Node and in the browser.

export { type Fork, forkReplay } from './fork.ts';
export {
  MAX_TURNS,
  REPLAY_FORMAT,
  REPLAY_VERSION,
  type Replay,
  type ReplayMeta,
  type ReplayParent,
  ReplaySchema,
  type ReplayTurn,
} from './format.ts';
export {
  decodeLink,
  encodeLink,
  encodeReplayLink,
  LINK_LIMIT,
  LINK_VERSION,
  type LinkKind,
  readReplayLink,
} from './link.ts';
export {
  answer,
  compactGame,
  encodeGameLink,
  hexOf,
  type LinkGame,
  LinkGameSchema,
  type OpenGame,
  openLinkGame,
  type Phase,
  PLAY_FORMAT,
  PLAY_VERSION,
  replayOfGame,
  reveal,
  type SealSecret,
  seal,
  sealOf,
  startLinkGame,
} from './linkPlay.ts';
export { type OpenedLink, openLink } from './openLink.ts';
export { ActionSchema, OrdersSchema, TalkItemSchema } from './ordersSchema.ts';
export { type Outcome, REPLAY_ERROR_CODES, type ReplayError, type ReplayErrorCode } from './problems.ts';
export { type ReadReplay, readReplay } from './read.ts';
export { recordTurn, replayFromMatch, replayHash, scenarioHash, startReplay } from './record.ts';
export { compactReplay, serializeReplay } from './serialize.ts';
export {
  type Comparison,
  compareTimelines,
  pointOf,
  replayTimeline,
  type Timeline,
  type TimelinePoint,
  type TimelineRow,
} from './timeline.ts';
export { type ScenarioLookup, type Verified, verifyRead, verifyReplay, verifyReplayText } from './verify.ts';
