// The game's words, as const tuples: the type of each word list is derived from the list itself. A leaf that
// imports nothing: the scenario format (schema.ts) and the rules (src/sim) both speak these words, and the
// rules read the format, so the words sit below both.

export const SIDES = ['holder', 'challenger'] as const;
export type Side = (typeof SIDES)[number];

export const otherSide = (side: Side): Side => (side === 'holder' ? 'challenger' : 'holder');

export const CATEGORIES = ['component', 'material', 'equipment', 'chip', 'software'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Export control levels, from open to banned. Index = severity (0–3). */
export const CONTROL_LEVELS = ['open', 'license', 'downgraded', 'ban'] as const;
export type ControlLevel = (typeof CONTROL_LEVELS)[number];
export const severity = (level: ControlLevel): number => CONTROL_LEVELS.indexOf(level);

/** Most settings are a 0–3 dial: none, modest, major, all-out. */
export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

/** Market access the challenger grants the holder's firms at home: 0 open, 1 restricted, 2 closed. */
export const MARKET_ACCESS = [0, 1, 2] as const;
export type MarketAccess = (typeof MARKET_ACCESS)[number];

/** The three suppliers in every market: the two sides and third countries. */
export const SUPPLIERS = ['holder', 'challenger', 'others'] as const;
export type Supplier = (typeof SUPPLIERS)[number];

export const CHALLENGER_ENDINGS = ['leader', 'self-reliant', 'next-japan', 'still-choked', 'crisis'] as const;
export type ChallengerEnding = (typeof CHALLENGER_ENDINGS)[number];

export const HOLDER_ENDINGS = ['firm-grip', 'double-edged-sword', 'managed-competition'] as const;
export type HolderEnding = (typeof HOLDER_ENDINGS)[number];

/**
 * Why a number moved. Every change to a rope's inputs is booked to one of these, so the debrief
 * can say "R&D +3.1, learning +0.8, ban −2.0" without re-deriving anything.
 */
export const CAUSES = [
  'research',
  'stimulus',
  'breakthrough',
  'setback',
  'milestone',
  'spillover',
  'learning',
  'holderResearch',
  'holderFirms',
  'capacity',
  'usableQuality',
  'upstream',
  'market',
  'procurement',
  'exportDrive',
  'ecosystem',
  'control',
  'entityList',
  'allies',
  'marketAccess',
  'support',
  'priceCut',
  'licensing',
  'negotiation',
  'dependence',
  'event',
  'decay',
  'momentum',
] as const;
export type Cause = (typeof CAUSES)[number];

/** Named random streams: one more draw in one system never shifts another. */
export const STREAMS = ['events', 'research', 'markets', 'talks'] as const;
export type Stream = (typeof STREAMS)[number];

/** Every kind of action a side may order; sim/actions.ts defines each one's shape. */
export const ACTION_TYPES = [
  'setResearch',
  'choose',
  'offer',
  'answer',
  'buildLine',
  'setProcurement',
  'setExportDrive',
  'setEcosystem',
  'stockpile',
  'setMarketAccess',
  'setControl',
  'setEntityList',
  'setAllies',
  'setSupport',
  'setPriceCut',
  'setLicense',
] as const;
