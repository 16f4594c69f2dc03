// The AI's names: `ai:<level>[:<personality>]`. A personality belongs to one side; a name without one
// plays either side with that side's middle-of-the-road personality.
import type { Side } from '../../sim/index.ts';

export const AI_LEVELS = ['easy', 'normal', 'hard'] as const;
export type AiLevel = (typeof AI_LEVELS)[number];

export const HOLDER_PERSONALITIES = ['hawk', 'dove', 'pragmatist'] as const;
export type HolderPersonality = (typeof HOLDER_PERSONALITIES)[number];

export const CHALLENGER_PERSONALITIES = ['rd-first', 'market-first', 'balanced'] as const;
export type ChallengerPersonality = (typeof CHALLENGER_PERSONALITIES)[number];

export type Personality = HolderPersonality | ChallengerPersonality;

export const personalitiesOf = (side: Side): readonly Personality[] =>
  side === 'holder' ? HOLDER_PERSONALITIES : CHALLENGER_PERSONALITIES;

export const DEFAULT_PERSONALITY = { holder: 'pragmatist', challenger: 'balanced' } as const satisfies Record<
  Side,
  Personality
>;

export interface AiName {
  level: AiLevel;
  personality: Personality | null; // null: the side's default, so the name plays either side
  side: Side | null; // the only side this name can play, when a personality names one
}

export function personalitySide(p: Personality): Side {
  return (HOLDER_PERSONALITIES as readonly string[]).includes(p) ? 'holder' : 'challenger';
}

/** Every AI name the command line and the game accept. */
export function aiNames(): string[] {
  const out: string[] = [];
  for (const level of AI_LEVELS) {
    out.push(`ai:${level}`);
    for (const p of [...HOLDER_PERSONALITIES, ...CHALLENGER_PERSONALITIES]) out.push(`ai:${level}:${p}`);
  }
  return out;
}

/** Parses `ai:<level>[:<personality>]`; null for anything else. */
export function parseAiName(name: string): AiName | null {
  const parts = name.split(':');
  if (parts[0] !== 'ai' || parts.length < 2 || parts.length > 3) return null;
  const level = parts[1] as AiLevel;
  if (!(AI_LEVELS as readonly string[]).includes(level)) return null;
  if (parts.length === 2) return { level, personality: null, side: null };
  const personality = parts[2] as Personality;
  if (![...HOLDER_PERSONALITIES, ...CHALLENGER_PERSONALITIES].includes(personality as never)) return null;
  return { level, personality, side: personalitySide(personality) };
}
