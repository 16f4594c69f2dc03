// A scenario's own words for an ending (endings.about), looked up by the ending ids the rules name.
import type { Cite, EndingKey, Scenario, Text } from './schema.ts';
import type { ChallengerEnding, HolderEnding } from './vocabulary.ts';

export const ENDING_KEY: Record<ChallengerEnding | HolderEnding, EndingKey> = {
  leader: 'leader',
  'self-reliant': 'selfReliant',
  'next-japan': 'nextJapan',
  'still-choked': 'stillChoked',
  crisis: 'crisis',
  'firm-grip': 'firmGrip',
  'double-edged-sword': 'doubleEdgedSword',
  'managed-competition': 'managedCompetition',
};

/** What this scenario says about an ending, with its source; null when it says nothing. */
export function endingText(
  scenario: Scenario,
  ending: ChallengerEnding | HolderEnding,
): { text: Text; cite?: Cite } | null {
  return scenario.endings.about?.[ENDING_KEY[ending]] ?? null;
}
