// Words explained: every cause the debrief can name has a glossary entry in both languages, and counted
// messages take the plural form the language asks for.
import { describe, expect, it } from 'vitest';
import { CAUSE_GLOSSARY, TERM_GLOSSARY } from '../../src/i18n/glossary.ts';
import { tn } from '../../src/i18n/index.ts';
import { CAUSES } from '../../src/sim/index.ts';

describe('the glossary', () => {
  it.each(CAUSES)('explains the cause %s in both languages', (cause) => {
    const entry = CAUSE_GLOSSARY[cause];
    expect(entry.en.length).toBeGreaterThan(20);
    expect(entry.zh.length).toBeGreaterThan(8);
  });

  it('explains the board’s own words', () => {
    for (const entry of Object.values(TERM_GLOSSARY)) {
      expect(entry.term.en && entry.term.zh).toBeTruthy();
      expect(entry.en.length).toBeGreaterThan(20);
    }
  });
});

describe('counted messages', () => {
  it('say one and many in their own words', () => {
    expect(tn('crisis.turns', 1)).toBe('Industry in crisis: 1 turn in a row');
    expect(tn('crisis.turns', 3)).toBe('Industry in crisis: 3 turns in a row');
    expect(tn('decide.changes', 1)).toBe('1 change');
    expect(tn('decide.changes', 2)).toBe('2 changes');
  });
});
