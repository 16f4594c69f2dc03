// A deal says until when it binds; one that outlasts the game binds to the game's last turn, not to a
// turn that never comes.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.ts';
import { dealText } from '../../src/ui/orderText.ts';
import { shipped } from '../support/scenarios.ts';

const tutorial = shipped('tutorial-holder'); // 8 turns
const deal = (until: number) => ({
  holderGives: [{ kind: 'pause' as const }],
  challengerGives: [{ kind: 'purchase' as const, tech: tutorial.technologies[0]!.id }],
  from: until - 4,
  until,
});

describe('a deal in words', () => {
  afterEach(() => setLang('en'));

  it('binds until a turn of the game, or to its last turn', () => {
    expect(dealText(tutorial, deal(6))).toMatch(/binds until turn 6\.$/);
    expect(dealText(tutorial, deal(12))).toMatch(/binds until the game’s last turn\.$/);
    setLang('zh');
    expect(dealText(tutorial, deal(12))).toMatch(/有效至游戏的最后一回合。$/);
  });
});
