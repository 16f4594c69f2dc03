// Every opponent the game offers has a name in both languages, and an opponent carried over to another
// side (the player switched sides) becomes one that can play there.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';
import { PLAYER_NAMES, parsePlayer } from '../../src/players/index.ts';
import { opponentOnSide } from '../../src/ui/opponents.ts';

describe('opponents', () => {
  it('names every fixed doctrine, level and personality in 中文 and English', () => {
    const keys = [
      ...PLAYER_NAMES.filter((n) => n.startsWith('fixed:')).map((n) => `fixed.${n}`),
      ...['easy', 'normal', 'hard'].flatMap((l) => [`level.${l}`, `level.${l}.about`]),
      ...['hawk', 'dove', 'pragmatist', 'rd-first', 'market-first', 'balanced'].flatMap((p) => [
        `personality.${p}`,
        `personality.${p}.about`,
      ]),
    ];
    for (const key of keys) {
      expect((en as Record<string, string>)[key], key).toBeTruthy();
      expect((zh as Record<string, string>)[key], key).toBeTruthy();
    }
  });

  it('keeps an opponent that can play the other side, and replaces one that cannot', () => {
    expect(opponentOnSide('ai:hard', 'challenger')).toBe('ai:hard:pragmatist');
    expect(opponentOnSide('ai:hard:hawk', 'challenger')).toBe('ai:hard:hawk');
    expect(opponentOnSide('ai:hard:hawk', 'holder')).toBe('ai:hard:balanced');
    expect(opponentOnSide('fixed:hawk', 'holder')).toBe('ai:normal');
    expect(opponentOnSide('fixed:hawk', 'challenger')).toBe('fixed:hawk');
    for (const name of ['random', 'idle', 'hotseat', 'link'])
      expect(opponentOnSide(name, 'holder')).toBe(name);
    expect(opponentOnSide('nobody', 'holder')).toBe('ai:normal');
    for (const side of ['holder', 'challenger'] as const) {
      const player = parsePlayer(opponentOnSide('ai:easy:rd-first', side));
      expect(player?.side).not.toBe(side);
    }
  });
});
