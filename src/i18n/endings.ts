// The endings' names in both languages. Ids come from the rules; names are for people.
import type { ChallengerEndingId, HolderEndingId } from '../sim/index.ts';

export const ENDING_NAMES: Record<ChallengerEndingId | HolderEndingId, { zh: string; en: string }> = {
  leader: { zh: '领跑', en: 'Leader' },
  'self-reliant': { zh: '自主可控', en: 'Self-reliant' },
  'next-japan': { zh: '第二个日本', en: 'The Next Japan' },
  'still-choked': { zh: '卡脖子', en: 'Still choked' },
  crisis: { zh: '危机', en: 'Crisis' },
  'firm-grip': { zh: '牢牢在握', en: 'Firm grip' },
  'double-edged-sword': { zh: '双刃剑', en: 'Double-edged sword' },
  'managed-competition': { zh: '有序竞争', en: 'Managed competition' },
};
