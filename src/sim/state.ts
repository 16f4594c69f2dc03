// The game state: plain JSON only (no classes, Map, Set or functions), so that a JSON round trip
// gives an equal state and save, undo and replay come for free. The scenario is not in here: it is
// passed beside the state and identified in replays by its content hash.
import type {
  Cause,
  ChallengerEnding,
  ControlLevel,
  HolderEnding,
  Side,
  Stream,
} from '../scenario/vocabulary.ts';

/** seedrandom's Alea state: four numbers that any engine advances identically. */
export interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export interface Shares {
  holder: number;
  challenger: number;
  others: number;
}

export interface Line {
  units: number;
  ready: number; // the turn it comes online
}

export interface ChallengerTech {
  capability: number;
  capacity: number;
  pipeline: Line[];
  cumulative: number;
  baseCumulative: number; // cumulative output when unitCost was baseCost: the learning curve's origin
  baseCost: number;
  unitCost: number;
  chain: number;
  qualifying: number; // turns of qualification toward the next design-in
  momentum: number; // consecutive funded turns: raises the odds of a breakthrough
  stockpile: number; // units held against a shortage
  outlook: number; // this game's luck: R&D here turns out this many times as easy as expected
  milestones: number; // 0 none yet, 1 a home customer qualified (usable), 2 a foreign one too (reliable)
}

export interface HolderTech {
  capability: number;
  chain: number;
  unitCost: number;
}

export interface TechState {
  id: string;
  demand: { domestic: number; foreign: number };
  holder: HolderTech;
  challenger: ChallengerTech;
  others: { capability: number; capacity: number; unitCost: number; chain: number };
  domestic: Shares; // who supplies the challenger's home market (the rest is shortage)
  foreign: Shares; // who supplies the rest of the world
  shortage: number; // fraction of home demand unmet last turn, after stockpiles
  fulfilment: number; // 1 − shortage; downstream technologies (resolved after it) are limited by it
  rope: number; // −100 (holder dominates) … +100 (challenger dominates)
  ropeTarget: number; // where the triads say the rope should be; the rope follows slowly
}

export interface IndustryState {
  id: string;
  base: number; // output at full supply, grown each turn
  output: number;
}

export interface ChallengerPolicy {
  research: Record<string, number>;
  procurement: Record<string, number>;
  exportDrive: Record<string, number>;
  ecosystem: Record<string, number>;
  marketAccess: number;
}

export interface HolderPolicy {
  control: Record<string, ControlLevel>;
  research: Record<string, number>;
  entityList: string[];
  allies: number;
  support: number;
  priceCut: Record<string, number>; // 0–3: its firms cut their price by 10% a level to win buyers back
  licensed: string[]; // technologies licensed to the challenger's firms: royalties, and know-how leaks
}

export interface SideState {
  money: number;
  capital: number;
  economy: number; // the rest of the economy, grown each turn
  income: number; // last turn's income
  funding: number; // share of last turn's upkeep that could be paid (1 = all)
}

export interface ChallengerState extends SideState {
  policy: ChallengerPolicy;
  resolve: number; // 0–100: national resolve, raised by each escalation; feeds the stimulus
  industryIndex: number; // industry output over its full-supply level
  crisisTurns: number; // consecutive turns below the crisis depth
}

export interface HolderState extends SideState {
  policy: HolderPolicy;
  revenue: number; // its firms' revenue last turn
  baseRevenue: number; // their revenue at the start: the yardstick of health
  health: number; // smoothed revenue index; below the scenario's line its chain decays
}

export type TalkItem =
  | { kind: 'loosen'; tech: string }
  | { kind: 'delist'; champion: string }
  | { kind: 'pause' }
  | { kind: 'purchase'; tech: string }
  | { kind: 'openMarket' };

/** What one side puts on the table at a round: what it gives, and what it asks of the other side. */
export interface Offer {
  gives: TalkItem[];
  asks: TalkItem[];
}

/**
 * A round's offers, on the table for a turn: a proposal that asks something binds only once the side it
 * is put to accepts it, with its orders of the next turn.
 */
export interface Table {
  turn: number; // the round
  tolerance: number; // the round's draw: how far from the fair rate an answer by the rules still accepts
  offers: { holder?: Offer; challenger?: Offer };
  // The answer each side put a proposal would give by the rules' fair rate at this draw, judged on the
  // figures the proposal was made on: what the verdict before sending said, and how computers answer.
  fair: { holder?: boolean; challenger?: boolean };
}

/** A proposal: who puts it, what it gives and what it asks of the other side. */
export interface Proposal {
  side: Side; // who proposes
  gives: TalkItem[];
  asks: TalkItem[];
}

export interface Deal {
  holderGives: TalkItem[];
  challengerGives: TalkItem[];
  from: number;
  until: number; // last turn it binds
}

export interface PendingChoice {
  event: string;
  side: Side;
  options: string[];
}

// The ending ids are vocabulary: one list, which scenario texts (scenario/endingTexts.ts) name too.
export type ChallengerEndingId = ChallengerEnding;
export type HolderEndingId = HolderEnding;

/** The figures that decided an ending, so it can explain itself. */
export interface EndingFigures {
  lanes: { leader: number; selfReliant: number; nextJapan: number }; // lanes meeting each ending's marks
  rope: number; // the mean rope
  make: number;
  home: number;
  abroad: number;
  chain: number;
  holderHealth: number;
  industryIndex: number;
  crisisTurns: number;
}

export interface Ending {
  challenger: ChallengerEndingId;
  holder: HolderEndingId;
  id: string; // "challenger/holder", the ending's one-word name
  turn: number;
  figures: EndingFigures;
  score: { holder: number; challenger: number };
}

export interface GameState {
  scenario: string;
  seed: string;
  turn: number; // the turn being decided, from 1
  rng: Record<Stream, AleaState>;
  techs: TechState[];
  industries: IndustryState[];
  holder: HolderState;
  challenger: ChallengerState;
  tension: number; // 0–100: how heated relations are; escalations raise it, deals calm it
  deals: Deal[];
  talks: { open: boolean; reason: string }; // whether offers may be made this turn
  table?: Table; // last turn's round of talks, awaiting its answers
  refused?: Proposal & { turn: number }; // the last proposal its receiver refused, to be countered
  pending: PendingChoice[];
  fired: string[]; // events that fired, for `once`
  ending: Ending | null;
}

/** One line of a rope's explanation. */
export interface Contribution {
  cause: Cause;
  amount: number;
}
