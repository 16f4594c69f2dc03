// A forecast's rope figure says for whom it pulls: + is toward the challenger on every board, which a
// holder read as good news.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.ts';
import { ropeFor } from '../../src/ui/game/controls.ts';

describe('a forecast rope figure', () => {
  afterEach(() => setLang('en'));

  it('is signed toward the challenger and says whose way it goes', () => {
    expect(ropeFor(0.4, 'challenger')).toBe('+0.4 (your way)');
    expect(ropeFor(0.4, 'holder')).toBe('+0.4 (against you)');
    expect(ropeFor(-1.2, 'holder')).toBe('−1.2 (your way)');
    setLang('zh');
    expect(ropeFor(-1.2, 'challenger')).toBe('−1.2 (对你不利)');
  });
});
