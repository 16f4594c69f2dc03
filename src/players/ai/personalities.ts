// Personalities: each is a family of stances the AI chooses among, and a leaning in how it values a
// state. The family shapes how it plays (a hawk never plays open markets); the leaning tips close calls.
import type { GameState, Side } from '../../sim/index.ts';
import { severity } from '../../sim/index.ts';
import type { Personality } from './aiName.ts';
import type { ChallengerStance } from './challengerDoctrine.ts';
import type { HolderStance } from './holderDoctrine.ts';
import type { Leaning } from './value.ts';

const BUILDER: ChallengerStance = {
  research: 3,
  spread: 1,
  home: 0.9,
  abroad: 0.08,
  procurement: 3,
  ecosystem: 2,
  exportDrive: 1,
  driveAt: 15,
  stockpile: true,
  retaliate: 1,
  spend: 0.9,
  talks: true,
};
const SCHOLAR: ChallengerStance = { ...BUILDER, research: 3, spread: 0.75, home: 0.6, procurement: 1 };
const MERCHANT: ChallengerStance = {
  ...BUILDER,
  research: 2,
  spread: 0.5,
  home: 1,
  abroad: 0.12,
  ecosystem: 3,
  exportDrive: 2,
  driveAt: 10,
  retaliate: 2,
  spend: 0.85,
};

const CHALLENGER_FAMILIES: Record<'rd-first' | 'market-first' | 'balanced', ChallengerStance[]> = {
  balanced: [
    BUILDER,
    { ...BUILDER, research: 2, spend: 0.8 },
    { ...BUILDER, procurement: 2, home: 0.7 },
    { ...BUILDER, ecosystem: 3, exportDrive: 2, driveAt: 10 },
    { ...BUILDER, retaliate: 2 },
    { ...BUILDER, home: 1, abroad: 0.15, ecosystem: 3 },
    { ...BUILDER, spread: 0.5 },
    MERCHANT,
    SCHOLAR,
  ],
  'rd-first': [
    SCHOLAR,
    { ...SCHOLAR, spread: 1 },
    { ...SCHOLAR, procurement: 2, home: 0.7 },
    { ...SCHOLAR, ecosystem: 3, exportDrive: 2 },
    { ...SCHOLAR, spread: 0.5, spend: 0.95 },
    { ...SCHOLAR, procurement: 3, home: 0.8, spread: 1 },
  ],
  'market-first': [
    MERCHANT,
    { ...MERCHANT, research: 3, spread: 1 },
    { ...MERCHANT, exportDrive: 3, driveAt: 5 },
    { ...MERCHANT, retaliate: 1 },
    { ...MERCHANT, home: 0.9, abroad: 0.2 },
    { ...MERCHANT, research: 3, spread: 0.75, spend: 0.9 },
  ],
};

const WATCHFUL: HolderStance = {
  control: 1,
  watch: 0.6,
  list: false,
  allies: 1,
  research: 1,
  support: 1,
  ease: 0.9,
  talks: true,
};
const IRON: HolderStance = {
  control: 3,
  watch: 0,
  list: true,
  allies: 2,
  research: 0,
  support: 0,
  ease: 0,
  talks: false,
};
const OPEN: HolderStance = {
  control: 0,
  watch: 1,
  list: false,
  allies: 0,
  research: 2,
  support: 1,
  ease: 0.95,
  talks: true,
};

const HOLDER_FAMILIES: Record<'hawk' | 'dove' | 'pragmatist', HolderStance[]> = {
  pragmatist: [
    WATCHFUL,
    IRON,
    { ...IRON, watch: 0.6, research: 1 },
    { ...WATCHFUL, control: 2, watch: 0.5 },
    { ...WATCHFUL, control: 1, watch: 0, allies: 0, research: 2 },
    OPEN,
    { ...IRON, allies: 3 },
    { ...WATCHFUL, control: 3, watch: 0.7, list: true, allies: 2 },
  ],
  hawk: [
    IRON,
    { ...IRON, allies: 3 },
    { ...IRON, watch: 0.5, research: 1 },
    { ...IRON, control: 2, allies: 1 },
    { ...IRON, allies: 1, research: 1 },
  ],
  dove: [
    OPEN,
    { ...OPEN, research: 3 },
    { ...OPEN, support: 2 },
    { ...WATCHFUL, allies: 0, ease: 0.95 },
    { ...OPEN, research: 1, support: 0 },
  ],
};

export const LEANINGS: Record<Personality, Leaning> = {
  hawk: { make: 1, markets: 0, health: 0 },
  dove: { make: 0, markets: 0, health: 1 },
  pragmatist: { make: 0, markets: 0, health: 0 },
  'rd-first': { make: 1, markets: 0, health: 0 },
  'market-first': { make: 0, markets: 1, health: 0 },
  balanced: { make: 0, markets: 0, health: 0 },
};

export function challengerFamily(p: Personality): ChallengerStance[] {
  return CHALLENGER_FAMILIES[p as keyof typeof CHALLENGER_FAMILIES] ?? CHALLENGER_FAMILIES.balanced;
}

export function holderFamily(p: Personality): HolderStance[] {
  return HOLDER_FAMILIES[p as keyof typeof HOLDER_FAMILIES] ?? HOLDER_FAMILIES.pragmatist;
}

const maxOf = (r: Record<string, number>) => Object.values(r).reduce((m, x) => Math.max(m, x), 0);

/** The challenger's stance as it reads from its settings in force: a model of the opponent. */
export function readChallengerStance(s: GameState): ChallengerStance {
  const p = s.challenger.policy;
  const research = maxOf(p.research);
  const ids = s.techs.map((t) => t.id);
  const focused = ids.filter((id) => research > 0 && (p.research[id] ?? 0) >= research).length;
  let home = 0.4;
  for (const t of s.techs) {
    const planned = t.challenger.capacity + t.challenger.pipeline.reduce((sum, l) => sum + l.units, 0);
    home = Math.max(home, Math.min(1, planned / Math.max(t.demand.domestic, 1e-6)));
  }
  return {
    research,
    spread: ids.length > 0 ? Math.max(0.25, focused / ids.length) : 1,
    home,
    abroad: 0.05,
    procurement: maxOf(p.procurement),
    ecosystem: maxOf(p.ecosystem),
    exportDrive: maxOf(p.exportDrive),
    driveAt: 15,
    stockpile: s.techs.some((t) => t.challenger.stockpile > 0),
    retaliate: p.marketAccess,
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
  };
}

export const readStance = (side: Side, s: GameState) =>
  side === 'holder' ? readHolderStance(s) : readChallengerStance(s);
