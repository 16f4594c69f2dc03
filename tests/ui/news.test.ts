// The news says how an event's question was settled: who chose what (or that the first option stood),
// and what that option changes.
import { afterEach, describe, expect, it } from 'vitest';
import type { GameView } from '../../src/game/view.ts';
import { setLang } from '../../src/i18n/index.ts';
import type { TurnReport } from '../../src/sim/index.ts';
import { newsEntries } from '../../src/ui/game/news.ts';
import { shipped } from '../support/scenarios.ts';

const chokehold = shipped('chokehold');
const view = { scenario: chokehold } as GameView;
const report = (chosen: boolean, option: string) =>
  ({
    turn: 6,
    events: [],
    notes: [],
    talks: null,
    choices: [{ event: 'rules-tighten', side: 'holder', option, chosen }],
  }) as unknown as TurnReport;

describe('a settled decision in the news', () => {
  afterEach(() => setLang('en'));

  it('says who chose which option, and what it changes', () => {
    const [entry] = newsEntries(view, report(true, 'tighten'));
    expect(entry!.title).toMatch(/^Decided: /);
    expect(entry!.text).toMatch(/^The Holder chose “.+”: Chipmaking equipment and materials: at least/);
  });

  it('says when no choice was made and the first option stood, in both languages', () => {
    const first = chokehold.events.find((e) => e.id === 'rules-tighten')!.choice!.options[0]!.id;
    const [entry] = newsEntries(view, report(false, first));
    expect(entry!.text).toMatch(/^The Holder did not choose, so the first option stood, “.+”: \S/);
    setLang('zh');
    expect(newsEntries(view, report(false, first))[0]!.text).toMatch(/^持有方没有选择/);
  });
});
