// What a resolved turn says about itself, so that screens show cause and effect without re-deriving it.

import type { Side } from '../scenario/vocabulary.ts';
import type { Contribution, Deal, Ending, TalkItem } from './state.ts';

/** The rope's inputs for one technology, as the rope formula sees them. */
export interface RopeInputs {
  capC: number; // challenger capability
  capH: number; // holder capability
  capacityC: number; // challenger's effective capacity over home demand, capped at 1
  homeC: number; // challenger's share of its home market
  homeH: number; // holder's share of the challenger's home market
  abroadC: number;
  abroadH: number;
  chainC: number;
  chainH: number;
}
export type RopeInput = keyof RopeInputs;

export interface RopeReport {
  tech: string;
  from: number;
  to: number;
  target: number;
  contributions: Contribution[]; // sums to to − from
  inputs: Record<RopeInput, { from: number; to: number; contributions: Contribution[] }>;
}

export interface TechReport {
  tech: string;
  breakthrough: number; // capability gained from a breakthrough this turn (0 if none)
  researchGain: number;
  shortage: number;
  stockpileUsed: number;
  linesOnline: number;
  designIn: number; // chain gained from a completed qualification this turn
  production: number;
  unitCost: number;
  revenue: { holder: number; challenger: number };
}

export interface IndustryReport {
  industry: string;
  output: number;
  index: number; // output over full-supply output
  losses: { tech: string; shortage: number; quality: number }[]; // fractions of output lost
}

export interface BudgetReport {
  income: number;
  spent: Record<string, number>; // money by purpose
  capitalSpent: number;
  funding: number; // share of upkeep that could be paid
}

export interface FiredEvent {
  event: string;
  choice: { side: Side; options: string[] } | null;
}

export interface ChoiceMade {
  event: string;
  side: Side;
  option: string;
  chosen: boolean; // false when the default applied because no choice was made
}

export interface Leverage {
  holder: number;
  challenger: number;
  balance: number; // challenger's share of the total leverage, 0–1
  parts: {
    selfReliance: number;
    dependence: number;
    resolve: number;
    chokepoints: number;
    holderChain: number;
    allies: number;
  };
}

/** A round of talks, settled the turn after it opened (when the answers came). */
export interface TalksReport {
  round: number; // the turn the offers were made
  leverage: Leverage;
  offers: { holder: TalkItem[]; challenger: TalkItem[] }; // what each side gave
  asks: { holder: TalkItem[]; challenger: TalkItem[] }; // what each side asked of the other
  values: { holder: number; challenger: number };
  fairRatio: number; // what the challenger should give per unit the holder gives, at this leverage
  tolerance: number;
  outcome: 'deal' | 'no-offers' | 'holder-rejected' | 'challenger-rejected';
  proposer: 'holder' | 'challenger' | 'both' | null; // whose proposal became the deal (both: matched offers)
  deal: Deal | null; // in full: who gives what, from which turn until which
}

export interface Note {
  kind:
    | 'line-online'
    | 'breakthrough'
    | 'setback'
    | 'market-collapse'
    | 'allies-impatient'
    | 'milestone'
    | 'rd-outlook'
    | 'design-in'
    | 'audit-failed'
    | 'underfunded'
    | 'allies-lapsed'
    | 'deal-expired'
    | 'stockpile-used'
    | 'crisis-turn'
    | 'chain-decay'
    | 'control-changed'
    | 'entity-listed'
    | 'entity-delisted';
  side: Side;
  tech?: string;
  amount?: number;
  text?: string;
}

/** How an event's effect moved tension: by setting it, or by the escalation of a tightening or a listing. */
export type EffectVia =
  | { kind: 'tension' }
  | { kind: 'control'; tech: string; steps: number }
  | { kind: 'listing'; champion: string };

/** What moved tension: an order, an event's effect or a chosen option's, a deal, or the turn's cooling. */
export type TensionCause =
  | { cause: 'control'; tech: string; steps: number }
  | { cause: 'listing'; champion: string }
  | { cause: 'marketAccess'; steps: number }
  | { cause: 'choice'; event: string; option: string; via: EffectVia }
  | { cause: 'deal' }
  | { cause: 'event'; event: string; via: EffectVia }
  | { cause: 'cooling' };

/** One move of tension: what it moved (within 0–100) and what it would have moved without the bounds. */
export type TensionStep = TensionCause & { amount: number; nominal: number };

export interface TurnReport {
  turn: number; // the turn that resolved
  ropes: RopeReport[];
  techs: TechReport[];
  industries: IndustryReport[];
  budget: { holder: BudgetReport; challenger: BudgetReport };
  events: FiredEvent[];
  choices: ChoiceMade[];
  talks: TalksReport | null;
  notes: Note[];
  tension: TensionStep[]; // every move of tension, in the rules' order; they add up to the turn's change
  ending: Ending | null;
}
