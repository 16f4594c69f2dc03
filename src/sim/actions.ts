// What a side can do in a turn: a discriminated union on `type`, validated at every edge.

import { ACTION_TYPES, type ControlLevel, type Side } from '../scenario/vocabulary.ts';
import type { TalkItem } from './state.ts';

export type Action =
  // both sides
  | { type: 'setResearch'; tech: string; level: number }
  | { type: 'choose'; event: string; option: string }
  // a proposal: what this side gives, and (optionally) what it asks of the other side in return
  | { type: 'offer'; gives: TalkItem[]; asks?: TalkItem[] }
  // the answer to the other side's proposal from last turn's round: nothing is agreed without it
  | { type: 'answer'; accept: boolean }
  // challenger
  | { type: 'buildLine'; tech: string; lines: number }
  | { type: 'setProcurement'; tech: string; level: number }
  | { type: 'setExportDrive'; tech: string; level: number }
  | { type: 'setEcosystem'; tech: string; level: number }
  | { type: 'stockpile'; tech: string; quarters: number }
  | { type: 'setMarketAccess'; level: number }
  // holder
  | { type: 'setControl'; tech: string; level: ControlLevel }
  | { type: 'setEntityList'; champion: string; listed: boolean }
  | { type: 'setAllies'; level: number }
  | { type: 'setSupport'; level: number }
  | { type: 'setPriceCut'; tech: string; level: number }
  | { type: 'setLicense'; tech: string; licensed: boolean };

export type ActionType = Action['type'];

// The list itself is vocabulary (the scenario format names actions in a tutorial's unlocks); here the
// compiler holds it to the actions the rules define.
ACTION_TYPES satisfies readonly ActionType[];

export { ACTION_TYPES };

/** Who may take each action. */
export const ACTION_SIDES: Record<ActionType, readonly Side[]> = {
  setResearch: ['holder', 'challenger'],
  choose: ['holder', 'challenger'],
  offer: ['holder', 'challenger'],
  answer: ['holder', 'challenger'],
  buildLine: ['challenger'],
  setProcurement: ['challenger'],
  setExportDrive: ['challenger'],
  setEcosystem: ['challenger'],
  stockpile: ['challenger'],
  setMarketAccess: ['challenger'],
  setControl: ['holder'],
  setEntityList: ['holder'],
  setAllies: ['holder'],
  setSupport: ['holder'],
  setPriceCut: ['holder'],
  setLicense: ['holder'],
};

/** Both sides' orders for one turn. They decide at the same time; the turn resolves both. */
export interface Orders {
  holder: Action[];
  challenger: Action[];
}

export const NO_ORDERS: Orders = { holder: [], challenger: [] };

export const TALK_KINDS = ['loosen', 'delist', 'pause', 'purchase', 'openMarket'] as const;
export const TALK_SIDES: Record<TalkItem['kind'], Side> = {
  loosen: 'holder',
  delist: 'holder',
  pause: 'holder',
  purchase: 'challenger',
  openMarket: 'challenger',
};

export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
