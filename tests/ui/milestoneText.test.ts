// A customer's first qualification in words: abroad it opens the market over the coming turns, not at
// once, and a share abroad that fell the same turn is explained by its causes instead of contradicting it.
import { afterEach, describe, expect, it } from 'vitest';
import type { GameView } from '../../src/game/view.ts';
import { setLang } from '../../src/i18n/index.ts';
import type { Note, TurnReport } from '../../src/sim/index.ts';
import { noteText } from '../../src/ui/orderText.ts';
import { shipped } from '../support/scenarios.ts';

const tutorial = shipped('tutorial'); // bearings: reliability line 60, usable from 50, 3 turns to qualify abroad
const view = { scenario: tutorial } as GameView;
const abroad: Note = { kind: 'milestone', side: 'challenger', tech: 'bearings', text: 'abroad', amount: 4 };
const home: Note = { kind: 'milestone', side: 'challenger', tech: 'bearings', text: 'home', amount: 0.08 };

/** A turn whose report moved the challenger's share abroad of bearings from `from` to `to`. */
const turn = (from: number, to: number, contributions: { cause: string; amount: number }[]) =>
  ({
    turn: 4,
    notes: [abroad],
    ropes: [{ tech: 'bearings', inputs: { abroadC: { from, to, contributions } } }],
  }) as unknown as TurnReport;

describe('a customer’s first qualification', () => {
  afterEach(() => setLang('en'));

  it('abroad: says the chain rose and the market opens over the coming turns, not at once', () => {
    const text = noteText(view, abroad);
    expect(text).toMatch(/^High-speed-rail bearings: past the reliability line \(capability 60\)/);
    expect(text).toMatch(/chain \+4\.0/);
    expect(text).toMatch(
      /over the coming turns, not at once: a foreign customer takes about 3 turns to qualify a supplier/,
    );
    expect(text).not.toMatch(/still fell/);
  });

  it('abroad, beside a share abroad that fell: names what made it fall', () => {
    const fell = turn(0.0077, 0.0072, [
      { cause: 'market', amount: 0.0004 },
      { cause: 'capacity', amount: -0.0009 },
    ]);
    const text = noteText(view, abroad, fell);
    expect(text).toMatch(
      /Its share abroad still fell this turn, 0\.77% → 0\.72%: capacity −0\.09 pts \(what the lines make is sold at home first, and less was left for abroad\), buyers’ choices \+0\.04 pts\.$/,
    );
    // A share that rose, or held, needs no explaining beside it.
    expect(noteText(view, abroad, turn(0, 0.0024, [{ cause: 'market', amount: 0.0024 }]))).not.toMatch(
      /still fell/,
    );
  });

  it('at home: says how much of the home market moved to it at once', () => {
    expect(noteText(view, home)).toBe(
      'High-speed-rail bearings: usable at last (capability 50 or more): a first home customer qualified it, and 8.0% of the home market moved to it at once',
    );
  });

  it('reads in Chinese, with no English left in it', () => {
    setLang('zh');
    const fell = turn(0.0077, 0.0072, [{ cause: 'capacity', amount: -0.0005 }]);
    const text = noteText(view, abroad, fell);
    expect(text).toMatch(/^高铁轴承:越过可靠性门槛\(能力 60\):第一家海外客户完成认证,链 \+4\.0。/);
    expect(text).toMatch(/本回合它的海外份额仍然下降了,0\.77% → 0\.72%:产能 −0\.05 个百分点/);
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
    expect(noteText(view, home)).not.toMatch(/home|[A-Za-z]{3,}/);
  });
});
