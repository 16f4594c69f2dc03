// Format version 2: sources and citations, separate home and foreign qualification, "when-met" events,
// the migration from version 1, and "did you mean" in the validator's messages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/scenario/didYouMean.ts';
import { migrate } from '../../src/scenario/migrate.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { hashState, newGame, resolveTurn } from '../../src/sim/index.ts';
import { minimalScenario } from '../support/minimal.ts';
import { shipped } from '../support/scenarios.ts';

const v1 = () => JSON.parse(readFileSync('tests/scenario/fixtures/slow-tug.v1.json', 'utf8'));
const errors = (raw: unknown) => validateScenario(raw).problems.filter((p) => p.severity === 'error');

describe('migration from version 1', () => {
  it('turns citations into named sources and one speed into two, saying so in notes', () => {
    const m = migrate(v1());
    expect(m.from).toBe(1);
    type Migrated = {
      formatVersion: number;
      source?: unknown;
      cite: unknown;
      sources: { id: string; date?: string }[];
      technologies: Record<string, unknown>[];
    };
    const value = m.value as Migrated;
    expect(value.formatVersion).toBe(2);
    expect(value.source).toBeUndefined();
    expect(value.cite).toEqual({ source: 'article-001', quote: expect.any(String) });
    expect(value.sources.map((s) => s.id).sort()).toEqual(['article-000', 'article-001']);
    expect(value.sources.find((s) => s.id === 'article-001')?.date).toBe('2025-10-01');
    for (const t of value.technologies) {
      expect(t.qualificationTurns).toBeUndefined();
      expect(t.homeQualificationTurns).toBe(t.foreignQualificationTurns);
    }
    expect(m.notes.map((n) => n.path)).toContain('technologies[0].qualificationTurns');
    expect(m.notes.map((n) => n.path)).toContain('formatVersion');
  });

  it('validates a version 1 file with notes, not errors, and it plays exactly as the shipped version 2', () => {
    const v = validateScenario(v1());
    expect(v.problems.filter((p) => p.severity !== 'note')).toEqual([]);
    expect(v.problems.length).toBeGreaterThan(3);
    expect(v.problems.every((p) => p.message.startsWith('Migrated from format version 1'))).toBe(true);
    const play = (sc: Scenario) => {
      let s = newGame(sc, 'migration');
      for (let i = 0; i < 12; i++) {
        const r = resolveTurn(sc, s, { holder: [], challenger: [] });
        if (!r.ok) throw new Error(r.error.message);
        s = r.value.state;
      }
      return hashState(s);
    };
    expect(play(v.scenario!)).toBe(play(shipped('slow-tug')));
  });

  it('leaves a current file alone', () => {
    const m = migrate(minimalScenario());
    expect(m.from).toBeNull();
    expect(m.notes).toEqual([]);
  });
});

describe('sources', () => {
  it('accepts an honest source that is not one of the articles', () => {
    const s = minimalScenario();
    s.sources!.push({
      id: 'meti-2019',
      title: { zh: '日本经济产业省公告', en: 'A METI announcement' },
      publisher: 'Ministry of Economy, Trade and Industry (Japan)',
      date: '2019-07-01',
    });
    s.cite = { source: 'meti-2019', says: { zh: '日本收紧了出口。', en: 'Japan tightened its exports.' } };
    const v = validateScenario(s);
    expect(v.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(v.scenario).not.toBeNull();
  });

  it('names a cite of a missing source, with the nearest id', () => {
    const s = minimalScenario();
    s.cite = { source: 'article-01', quote: '慢速拔河' };
    expect(errors(s)).toEqual([
      expect.objectContaining({
        path: 'cite.source',
        message: expect.stringContaining('did you mean "article-001"'),
      }),
    ]);
  });

  it('refuses a quote that is not in its article, when the article is at hand', () => {
    const s = minimalScenario();
    s.cite = { source: 'article-001', quote: '这句话不在文章里' };
    const articles = new Map([['001_4592820d582c5a5e.txt', '你拿一点,我拿一点,你不给,我就自己造']]);
    expect(validateScenario(s, { articles }).problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ path: 'cite.quote', message: expect.stringContaining('not in the article') }),
    ]);
    expect(errors(s)).toEqual([]); // without the article, nothing to check against
  });

  it('wants an event to cite a source or say it is invented', () => {
    const s = minimalScenario();
    s.events = [
      { id: 'x', title: { zh: '事件', en: 'An event' }, text: { zh: '发生了。', en: 'It happens.' } },
    ];
    expect(errors(s)).toEqual([expect.objectContaining({ path: 'events[0]' })]);
    s.events[0]!.invented = { zh: '作者设想的转折。', en: 'A turn the author imagined.' };
    expect(errors(s)).toEqual([]);
  });
});

describe('"when-met" events', () => {
  it('fire the first turn their conditions hold, once, with no dice', () => {
    const s = minimalScenario();
    s.eventChance = 0;
    s.events = [
      {
        id: 'at-last',
        title: { zh: '终于', en: 'At last' },
        text: { zh: '到了第三回合。', en: 'Turn 3 has come.' },
        invented: { zh: '测试。', en: 'A test.' },
        trigger: 'when-met',
        when: [{ field: 'turn', op: '>=', value: 3 }],
        effects: [{ op: 'add', field: 'challenger.money', value: 5 }],
      },
    ];
    const sc = validateScenario(s).scenario!;
    let state = newGame(sc, 'w');
    const fired: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = resolveTurn(sc, state, { holder: [], challenger: [] });
      if (!r.ok) throw new Error(r.error.message);
      if (r.value.report.events.some((e) => e.event === 'at-last')) fired.push(r.value.report.turn);
      state = r.value.state;
    }
    expect(fired).toEqual([3]);
  });

  it('need conditions', () => {
    const s = minimalScenario();
    s.events = [
      {
        id: 'never',
        title: { zh: '无', en: 'None' },
        text: { zh: '无。', en: 'None.' },
        invented: { zh: '测试。', en: 'A test.' },
        trigger: 'when-met',
      },
    ];
    expect(errors(s)).toEqual([expect.objectContaining({ path: 'events[0].trigger' })]);
  });
});

describe('did you mean', () => {
  it('suggests the nearest known field for a misspelt one', () => {
    const s = minimalScenario();
    const tech = s.technologies[0] as Record<string, unknown>;
    tech.homeQualificationTurn = 3;
    delete tech.homeQualificationTurns;
    const messages = errors(s).map((p) => p.message);
    expect(messages.join(' ')).toContain('did you mean "homeQualificationTurns"');
  });

  it('suggests nothing for a name far from every known one', () => {
    expect(closest('zzzzzzzz', ['technologies', 'industries'])).toBeNull();
  });

  it('names the list and what to do when a list is too short', () => {
    const s = minimalScenario();
    s.sources = [];
    expect(errors(s)[0]!.message).toMatch(/The list "sources" needs at least 1 item.*add one/);
  });
});
