// An event's options say what they change, in the player's language, named as the board names things.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.ts';
import { effectsLine } from '../../src/ui/game/effectText.ts';
import { shipped } from '../support/scenarios.ts';

const chokehold = shipped('chokehold');
const option = (event: string, id: string) =>
  chokehold.events.find((e) => e.id === event)!.choice!.options.find((o) => o.id === id)!.effects;

describe("an event option's effects in words", () => {
  afterEach(() => setLang('en'));

  it('names raised controls, listings, capital and tension', () => {
    expect(effectsLine(option('rules-tighten', 'tighten'), chokehold)).toBe(
      'Chipmaking equipment and materials: at least Downgraded only; Chip fabrication process: at least Downgraded only',
    );
    expect(effectsLine(option('entity-list-widens', 'list'), chokehold)).toMatch(/on the entity list$/);
    expect(effectsLine(option('nvidia-revenue-hit', 'hold-firm'), chokehold)).toMatch(
      /^Holder capital [+−]\d/,
    );
    expect(effectsLine(option('nvidia-revenue-hit', 'relent'), chokehold)).toMatch(
      /at most .*; Tension [+−]\d/,
    );
  });

  it('is empty for an option that changes nothing, and reads in Chinese', () => {
    expect(effectsLine(option('rules-tighten', 'hold'), chokehold)).toBe('');
    setLang('zh');
    expect(effectsLine(option('rules-tighten', 'tighten'), chokehold)).toBe(
      '芯片制造设备与材料:至少仅限降级版;芯片制造工艺:至少仅限降级版',
    );
  });
});
