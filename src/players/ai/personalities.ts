// Personalities. Each has a signature stance (what the easy AI plays, and what stands in for the style in
// outcome ranges), a family of stances the searching AIs choose among (strongest first: normal tries
// only the first few), and a leaning in how it values a state. The family shapes how it plays (a hawk
// never opens its markets); the leaning tips close calls. Stances were found by searching the stance
// space in slow-tug against the fixed doctrines and each other (docs/balance.md says how).
import type { GameState, Side } from '../../sim/index.ts';
import { own, severity } from '../../sim/index.ts';
import type { ChallengerPersonality, HolderPersonality, Personality } from './aiName.ts';
import type { ChallengerStance } from './challengerDoctrine.ts';
import type { HolderStance } from './holderDoctrine.ts';
import type { Stance } from './stance.ts';
import type { Leaning } from './value.ts';

// --- The challenger ---

/** Research everything hard, prefer domestic goods, build as buyers come. */
const BUILDER: ChallengerStance = {
  research: 3,
  spread: 1,
  home: 0.9,
  eager: false,
  abroad: 0.08,
  procurement: 3,
  ecosystem: 2,
  exportDrive: 1,
  driveAt: 15,
  stockpile: true,
  retaliate: 1,
  squeeze: 0,
  spend: 0.9,
  talks: true,
};
/** Research first; markets later. */
const SCHOLAR: ChallengerStance = { ...BUILDER, spread: 0.75, home: 0.6, procurement: 1 };
/** Markets first: preference, lines, certification and export subsidies. */
const MERCHANT: ChallengerStance = {
  ...BUILDER,
  research: 2,
  spread: 0.5,
  home: 1,
  abroad: 0.3,
  ecosystem: 3,
  exportDrive: 2,
  driveAt: 10,
  retaliate: 2,
  squeeze: 0.3,
  spend: 0.85,
};
/** Focused research, export lines, and a squeeze on the holder's firms once home firms can serve. */
const CONTENDER: ChallengerStance = {
  ...BUILDER,
  spread: 0.5,
  abroad: 0.5,
  exportDrive: 1,
  driveAt: 20,
  retaliate: 2,
  squeeze: 0.3,
  talks: false,
};
/** Builds before it is asked: survives an early, total ban. */
const HEDGER: ChallengerStance = {
  ...BUILDER,
  research: 2,
  spread: 0.5,
  home: 0.5,
  eager: true,
  abroad: 0.5,
  procurement: 2,
  exportDrive: 2,
  driveAt: 0,
  retaliate: 0,
  squeeze: 0.3,
  talks: false,
};
/** Out into the world: certification, export subsidies and export lines. */
const EXPORTER: ChallengerStance = {
  ...BUILDER,
  research: 2,
  abroad: 0.5,
  procurement: 1,
  ecosystem: 3,
  exportDrive: 3,
  driveAt: 20,
};
const SUBSTITUTE: ChallengerStance = {
  ...BUILDER,
  research: 2,
  spread: 0.75,
  home: 0.7,
  abroad: 0.3,
  exportDrive: 0,
  driveAt: 10,
  retaliate: 0,
  squeeze: 0.4,
};

/**
 * The challenger stances the fixed doctrines of these names play every turn without looking ahead
 * (src/players/fixed.ts): plans a player could follow by hand, each on its own path to a win.
 */
export const DOCTRINE_STANCES = {
  // A home base first (focused research, domestic preference), then out into the world.
  exporter: { ...EXPORTER, research: 3, spread: 0.5, procurement: 3 },
  globalist: MERCHANT,
  bargainer: SUBSTITUTE,
} as const satisfies Record<string, ChallengerStance>;

const CHALLENGERS: Record<
  ChallengerPersonality,
  { signature: ChallengerStance; family: ChallengerStance[] }
> = {
  balanced: {
    signature: BUILDER,
    family: [
      CONTENDER,
      HEDGER,
      SUBSTITUTE,
      EXPORTER,
      BUILDER,
      { ...CONTENDER, eager: true },
      { ...SUBSTITUTE, retaliate: 2 },
      { ...BUILDER, eager: true, home: 0.7 },
      { ...BUILDER, spread: 0.75, home: 1, abroad: 0.1, ecosystem: 3, exportDrive: 0, driveAt: 20 },
      { ...HEDGER, research: 3, procurement: 3 },
      MERCHANT,
      SCHOLAR,
    ],
  },
  'rd-first': {
    signature: SCHOLAR,
    family: [
      { ...SCHOLAR, spread: 1, abroad: 0.5, procurement: 2 },
      { ...SCHOLAR, eager: true, home: 0.5, abroad: 0.5 },
      SCHOLAR,
      { ...SCHOLAR, spread: 1, ecosystem: 3, exportDrive: 2 },
      { ...SCHOLAR, spread: 0.5, spend: 0.95, squeeze: 0.3 },
      { ...SCHOLAR, procurement: 3, home: 0.8, spread: 1 },
      { ...SCHOLAR, spread: 1, abroad: 0.5, procurement: 1, ecosystem: 3, exportDrive: 3, driveAt: 20 },
    ],
  },
  'market-first': {
    signature: MERCHANT,
    family: [
      { ...MERCHANT, research: 3, abroad: 0.5, exportDrive: 1, driveAt: 20 },
      { ...MERCHANT, eager: true, home: 0.6, abroad: 0.5 },
      MERCHANT,
      { ...MERCHANT, exportDrive: 3, driveAt: 5 },
      { ...MERCHANT, research: 3, spread: 0.75, spend: 0.9 },
      { ...MERCHANT, squeeze: 0.4, retaliate: 1 },
      { ...MERCHANT, home: 0.9, abroad: 0.5, exportDrive: 3, driveAt: 20 },
    ],
  },
};

// --- The holder ---

/** License what the challenger is catching up on, with some help from allies; ease when firms bleed. */
const WATCHFUL: HolderStance = {
  control: 1,
  watch: 0.6,
  list: false,
  allies: 1,
  research: 1,
  support: 1,
  ease: 0.9,
  talks: true,
  priceCut: 1,
  license: 0,
};
/** Ban everything at once, list the champions, bring the allies in: a crisis or nothing. */
const IRON: HolderStance = {
  control: 3,
  watch: 0,
  list: true,
  allies: 2,
  research: 0,
  support: 0,
  ease: 0,
  talks: false,
  priceCut: 0,
  license: 0,
};
/** Keep markets open, so the challenger's buyers keep buying; out-research it, undercut it, license to it. */
const OPEN: HolderStance = {
  control: 0,
  watch: 1,
  list: false,
  allies: 0,
  research: 2,
  support: 1,
  ease: 0.95,
  talks: true,
  priceCut: 2,
  license: 0.75,
};

const HOLDERS: Record<HolderPersonality, { signature: HolderStance; family: HolderStance[] }> = {
  pragmatist: {
    signature: WATCHFUL,
    family: [
      { ...IRON, research: 2, ease: 0.95 },
      { ...OPEN, research: 3, support: 2 },
      { ...OPEN, watch: 0.6, list: true, allies: 2, research: 1, talks: false },
      WATCHFUL,
      { ...WATCHFUL, control: 3, watch: 0.7, list: true, allies: 2 },
      { ...WATCHFUL, control: 2, watch: 0.4, allies: 3, support: 2, ease: 0 },
      IRON,
      OPEN,
      { ...WATCHFUL, watch: 0, allies: 0, research: 2 },
      { ...IRON, allies: 3 },
    ],
  },
  hawk: {
    signature: IRON,
    family: [
      { ...IRON, research: 2, ease: 0.95 },
      IRON,
      { ...IRON, allies: 3 },
      { ...IRON, watch: 0.5, research: 1 },
      { ...IRON, control: 2, allies: 1 },
      { ...IRON, allies: 1, research: 1 },
    ],
  },
  dove: {
    signature: OPEN,
    family: [
      OPEN,
      { ...OPEN, research: 3 },
      { ...OPEN, support: 2 },
      { ...WATCHFUL, allies: 0, ease: 0.95 },
      { ...OPEN, research: 1, support: 0 },
    ],
  },
};

export const LEANINGS: Record<Personality, Leaning> = {
  hawk: { make: 1, markets: 0, health: 0 },
  dove: { make: 0, markets: 0, health: 1 },
  pragmatist: { make: 0, markets: 0, health: 0 },
  'rd-first': { make: 1, markets: 0, health: 0 },
  'market-first': { make: 0, markets: 1, health: 0 },
  balanced: { make: 0, markets: 0, health: 0 },
};

const isHolder = (p: Personality): p is HolderPersonality => p in HOLDERS;

export function signature(p: Personality): Stance {
  return isHolder(p) ? HOLDERS[p].signature : CHALLENGERS[p].signature;
}

export function family(p: Personality): Stance[] {
  return isHolder(p) ? HOLDERS[p].family : CHALLENGERS[p].family;
}

/**
 * The worst an opponent can do, as the searching AIs hedge against it: for a challenger, a holder that
 * bans everything at once; for a holder, a challenger that researches, prefers and builds all-out.
 */
export const threat = (opponent: Side): Stance => (opponent === 'holder' ? IRON : BUILDER);

const maxOf = (r: Record<string, number>) => Object.values(r).reduce((m, x) => Math.max(m, x), 0);

/** The challenger's stance as it reads from its settings in force: a model of the opponent. */
export function readChallengerStance(s: GameState): ChallengerStance {
  const p = s.challenger.policy;
  const research = maxOf(p.research);
  // A challenger that has not moved yet is taken at its most likely word: the balanced signature.
  if (research === 0 && maxOf(p.procurement) === 0 && s.turn <= 2) return BUILDER;
  const ids = s.techs.map((t) => t.id);
  const focused = ids.filter((id) => research > 0 && (own(p.research, id) ?? 0) >= research).length;
  let home = 0.4;
  for (const t of s.techs) {
    const planned = t.challenger.capacity + t.challenger.pipeline.reduce((sum, l) => sum + l.units, 0);
    home = Math.max(home, Math.min(1, planned / Math.max(t.demand.domestic, 1e-6)));
  }
  return {
    research,
    spread: ids.length > 0 ? Math.max(0.25, focused / ids.length) : 1,
    home,
    eager: false,
    abroad: 0.2,
    procurement: maxOf(p.procurement),
    ecosystem: maxOf(p.ecosystem),
    exportDrive: maxOf(p.exportDrive),
    driveAt: 15,
    stockpile: s.techs.some((t) => t.challenger.stockpile > 0),
    retaliate: p.marketAccess,
    squeeze: 0,
    spend: 0.85,
    talks: true,
  };
}

/** The holder's stance as it reads from its settings in force. */
export function readHolderStance(s: GameState): HolderStance {
  const p = s.holder.policy;
  const levels = Object.values(p.control).map(severity);
  const control = levels.reduce((m, x) => Math.max(m, x), 0);
  return {
    control,
    watch: levels.every((l) => l === control) ? 0 : 0.6,
    list: p.entityList.length > 0,
    allies: p.allies,
    research: maxOf(p.research),
    support: p.support,
    ease: control > 0 && p.entityList.length === 0 ? 0.9 : 0,
    talks: true,
    priceCut: maxOf(p.priceCut),
    license: p.licensed.length > 0 ? 0.75 : 0,
  };
}

export const readStance = (side: Side, s: GameState): Stance =>
  side === 'holder' ? readHolderStance(s) : readChallengerStance(s);
