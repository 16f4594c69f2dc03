// The shipped scenarios as documents: clean under the validator, every borrowed thing cited, every
// quote really in its article, and the dates and lengths DESIGN.md §3 asks for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTexts } from '../../src/cli/articles.ts';
import { SCENARIO_DIR } from '../../src/cli/scenarioFiles.ts';
import { endingText } from '../../src/scenario/endingTexts.ts';
import type { Cite } from '../../src/scenario/schema.ts';
import { ENDING_KEYS } from '../../src/scenario/schema.ts';
import { validateScenarioText } from '../../src/scenario/validate.ts';
import { CHALLENGER_ENDINGS, HOLDER_ENDINGS } from '../../src/sim/index.ts';
import { SHIPPED_IDS, shipped } from '../support/scenarios.ts';

/** The articles live beside the repository (../shared/seeds from the main checkout), not in it. */
const ARTICLES = articleTexts();

function cites(id: string): [string, Cite][] {
  const s = shipped(id);
  const out: [string, Cite][] = [['cite', s.cite]];
  const add = (where: string, c: Cite | undefined) => {
    if (c) out.push([where, c]);
  };
  for (const t of s.technologies) add(`technology ${t.id}`, t.cite);
  for (const t of s.industries) add(`industry ${t.id}`, t.cite);
  for (const t of s.champions) add(`champion ${t.id}`, t.cite);
  for (const t of s.events) add(`event ${t.id}`, t.cite);
  for (const [i, c] of s.endings.cites.entries()) add(`endings.cites[${i}]`, c);
  for (const k of ENDING_KEYS) add(`ending ${k}`, s.endings.about?.[k]?.cite);
  return out;
}

describe.each(SHIPPED_IDS)('%s', (id) => {
  const scenario = shipped(id);

  it('validates with no problem at all, not even a warning', () => {
    const text = readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8');
    expect(validateScenarioText(text).problems).toEqual([]);
  });

  it('says what quality each technology must reach to be usable at home, below the foreign bar', () => {
    for (const t of scenario.technologies) {
      expect(t.usableQuality, t.id).toBeGreaterThan(15);
      expect(t.usableQuality!, t.id).toBeLessThanOrEqual(t.reliabilityThreshold);
    }
  });

  it('escalates only by "atLeast": no event or default choice loosens a control or a listing by "set"', () => {
    for (const e of scenario.events)
      for (const f of [...e.effects, ...(e.choice?.options.flatMap((o) => o.effects) ?? [])])
        if (/\.control$|\.listed$/.test(f.field)) expect(f.op, `${e.id} ${f.field}`).not.toBe('set');
  });

  it('cites an article for every technology, industry and champion, and says what each ending means', () => {
    for (const x of [...scenario.technologies, ...scenario.industries, ...scenario.champions])
      expect(x.cite, x.id).toBeDefined();
    for (const k of ENDING_KEYS) expect(scenario.endings.about?.[k]?.text, k).toBeDefined();
  });

  it('draws its technologies, industries, firms and events from its own article, if it comes from one', () => {
    // Endings may name the article an ending comes from: The Next Japan is article 000's idea. A scenario
    // on another story (three-materials) cites its own sources, several of them.
    const story = scenario.sources.find((x) => x.id === scenario.cite.source);
    if (!story?.article) return;
    for (const [where, c] of cites(id))
      if (!where.startsWith('ending ')) expect(c.source, where).toBe(scenario.cite.source);
  });

  it('says for every event where it comes from: a source, or the author', () => {
    for (const e of scenario.events) expect(e.cite ?? e.invented, e.id).toBeDefined();
  });

  it('translates every quote into the other language, so no player reads a quote they cannot', () => {
    for (const [where, c] of cites(id)) {
      if (c.quote === undefined) continue;
      const other = /[\u3400-\u9fff]/.test(c.quote) ? 'en' : 'zh';
      expect(c.translation?.[other], `${where}: ${c.quote}`).toBeTruthy();
    }
  });

  it.skipIf(!ARTICLES)('quotes its articles word for word', () => {
    for (const [where, c] of cites(id)) {
      const source = scenario.sources.find((x) => x.id === c.source);
      if (!source?.article || c.quote === undefined) continue;
      const article = ARTICLES!.get(source.article) ?? '';
      expect(article.includes(c.quote), `${where}: ${c.quote}`).toBe(true);
    }
  });
});

describe('the scenarios DESIGN.md §3 asks for', () => {
  it.each([
    ['slow-tug', '001_4592820d582c5a5e.txt', 2025, 4, 40],
    ['chokehold', '002_aaf996dc31428b54.txt', 2023, 1, 40],
    ['next-japan', '000_4ca6c69238728c1b.txt', 2025, 1, 40],
    ['tutorial', '001_4592820d582c5a5e.txt', 2025, 4, 8],
    ['tutorial-holder', '001_4592820d582c5a5e.txt', 2025, 4, 8],
  ] as const)('%s: from %s, starting %i Q%i, %i turns', (id, article, year, quarter, turns) => {
    const s = shipped(id);
    const story = s.sources.find((x) => x.id === s.cite.source);
    expect([story?.article, s.start.year, s.start.quarter, s.turns]).toEqual([article, year, quarter, turns]);
    expect(s.technologies.length).toBeGreaterThanOrEqual(id.startsWith('tutorial') ? 2 : 4);
    expect(s.numbers.kind).toBe('design-estimate');
  });

  it('chokehold sells an export special edition of its AI accelerators', () => {
    const ai = shipped('chokehold').technologies.find((t) => t.id === 'ai-accelerators')!;
    expect(ai.control).toBe('downgraded');
    expect(ai.downgradeCap).toBeLessThan(ai.holder.make.capability);
  });
});

describe('endingText', () => {
  it('finds each scenario’s words for every ending the rules can name', () => {
    for (const id of SHIPPED_IDS) {
      const s = shipped(id);
      for (const ending of [...CHALLENGER_ENDINGS, ...HOLDER_ENDINGS])
        expect(endingText(s, ending)?.text.en, `${id} ${ending}`).toMatch(/\w/);
    }
    expect(endingText(shipped('next-japan'), 'next-japan')?.cite?.quote).toMatch(
      /just to serve the domestic market/,
    );
  });
});
