// Hostile input: each gets a clear error (or a size-limit message) quickly, with no crash, no hang,
// no stack trace and no prototype pollution. The 1 s timeout on each test is the "within a second".
import { describe, expect, it } from 'vitest';
import { MAX_BYTES, MAX_DEPTH } from '../../src/scenario/parse.ts';
import type { Problem } from '../../src/scenario/problems.ts';
import { MAX_PROBLEMS, type Validation, validateScenarioText } from '../../src/scenario/validate.ts';
import { minimalScenario, minimalText } from '../support/minimal.ts';

const FAST = 1000;

/** Every problem is a plain, short, printable sentence with a path; no traces, no raw control characters. */
function expectReadable(problems: readonly Problem[]) {
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
  for (const p of problems) {
    expect(['error', 'warning']).toContain(p.severity);
    expect(typeof p.path).toBe('string');
    expect(p.path.length).toBeGreaterThan(0);
    expect(p.message.length).toBeLessThan(600);
    expect(p.message).not.toMatch(/\n\s+at |Error:|undefined/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is that there are none
    expect(p.message + p.path).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }
}

function rejected(text: string): Validation {
  const v = validateScenarioText(text);
  expect(v.scenario).toBeNull();
  expectReadable(v.problems);
  return v;
}

const withScenario = (change: (s: Record<string, unknown>) => void): string => {
  const s = minimalScenario() as unknown as Record<string, unknown>;
  change(s);
  return JSON.stringify(s);
};

const messages = (v: Validation) => v.problems.map((p) => `${p.path}: ${p.message}`).join('\n');

describe('text that is not a scenario', () => {
  it.each([
    ['not JSON', '{nope'],
    ['single quotes', "{'id': 'x'}"],
    ['a trailing comma', '{"id": "x",}'],
    ['JavaScript', 'module.exports = {}'],
    ['half a file', minimalText().slice(0, 500)],
  ])(
    '%s is "not valid JSON" with a line and column',
    (_, text) => {
      const v = rejected(text);
      expect(v.problems[0]!.message).toMatch(/not valid JSON/);
    },
    FAST,
  );

  it.each([
    ['empty', ''],
    ['only spaces', '  \n\t '],
  ])(
    '%s is "empty"',
    (_, text) => {
      expect(rejected(text).problems[0]!.message).toMatch(/empty/);
    },
    FAST,
  );

  it.each([
    ['a bare string', '"hello"', /not the text "hello"/],
    ['null', 'null', /not null/],
    ['an array', '[]', /not a list/],
    ['an array of scenarios', `[${minimalText()}]`, /not a list/],
    ['a number', '42', /not the number 42/],
    ['true', 'true', /not true/],
  ])(
    '%s is "not an object"',
    (_, text, why) => {
      const v = rejected(text);
      expect(v.problems).toHaveLength(1);
      expect(v.problems[0]!.message).toMatch(/A scenario is a JSON object/);
      expect(v.problems[0]!.message).toMatch(why);
    },
    FAST,
  );

  it(
    'accepts a byte-order mark at the start of a file',
    () => {
      expect(validateScenarioText(`\ufeff${minimalText()}`).scenario).not.toBeNull();
    },
    FAST,
  );
});

describe('size and depth', () => {
  it(
    'refuses 50 MB with a size-limit message, without parsing it',
    () => {
      const big = `{"id": "${'x'.repeat(50_000_000)}"}`;
      const v = rejected(big);
      expect(v.problems[0]!.message).toMatch(/50\.0 MB; the limit is 2 MB/);
    },
    FAST,
  );

  it(
    'refuses a file just over the limit',
    () => {
      const v = rejected(`{"pad": "${' '.repeat(MAX_BYTES)}"}`);
      expect(v.problems[0]!.message).toMatch(/the limit is 2 MB/);
    },
    FAST,
  );

  it.each([
    ['arrays', '['.repeat(200_000) + ']'.repeat(200_000)],
    ['objects', '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000)],
    ['unclosed arrays', '['.repeat(200_000)],
  ])(
    'refuses 200,000 levels of nested %s before parsing',
    (_, text) => {
      const v = rejected(text);
      expect(v.problems[0]!.message).toMatch(`more than ${MAX_DEPTH} levels deep`);
    },
    FAST,
  );

  it(
    'does not count brackets inside strings as nesting',
    () => {
      const s = minimalScenario();
      s.briefing.en = `Brackets [[[[ and {{{{ ${'['.repeat(100)} are only text.`;
      expect(validateScenarioText(JSON.stringify(s)).scenario).not.toBeNull();
    },
    FAST,
  );

  it(
    'names the length of a huge array instead of each of its items',
    () => {
      const v = rejected(withScenario((s) => (s.technologies = new Array(300_000).fill(1))));
      expect(messages(v)).toMatch(/technologies: Has too many items: at most 10, not 300000/);
      expect(v.problems).toHaveLength(1);
    },
    FAST,
  );

  it(
    'handles a huge array of objects deep inside',
    () => {
      const v = rejected(
        withScenario((s) => {
          const events = s.events as { when: unknown[] }[];
          events[0]!.when = new Array(50_000).fill({ field: 'turn', op: '>', value: 1 });
        }),
      );
      expect(messages(v)).toMatch(/events\[0\]\.when: Has too many items: at most 10/);
    },
    FAST,
  );

  it(
    'summarises tens of thousands of unknown fields',
    () => {
      const v = rejected(
        withScenario((s) => {
          for (let i = 0; i < 50_000; i++) s[`field${i}`] = i;
        }),
      );
      expect(v.problems[0]!.message).toMatch(
        /Unknown fields "field0" \(did you mean "field"\?\), .* and 49995 more/,
      );
    },
    FAST,
  );

  it(
    'lists at most MAX_PROBLEMS problems and counts the rest',
    () => {
      const v = rejected(
        withScenario((s) => {
          const events = s.events as Record<string, unknown>[];
          const event = events[0]!;
          s.events = Array.from({ length: 60 }, (_, i) => ({
            ...event,
            id: `e${i}`,
            effects: Array.from({ length: 12 }, () => ({ op: 'add', field: 'nowhere.x', value: 1 })),
          }));
        }),
      );
      expect(v.problems).toHaveLength(MAX_PROBLEMS + 1);
      expect(v.problems.at(-1)!.message).toMatch(/and 520 more problems/);
    },
    FAST,
  );
});

describe('prototype pollution', () => {
  const probe = () => ({}) as Record<string, unknown>;
  const before = Object.getOwnPropertyNames(Object.prototype).sort();

  it.each([
    [
      '__proto__ at the top',
      (s: Record<string, unknown>) => `{"__proto__": {"polluted": 1}, ${JSON.stringify(s).slice(1)}`,
    ],
    [
      'constructor.prototype at the top',
      (s: Record<string, unknown>) =>
        `{"constructor": {"prototype": {"polluted": 1}}, ${JSON.stringify(s).slice(1)}`,
    ],
    [
      '__proto__ inside a text',
      (s: Record<string, unknown>) =>
        JSON.stringify(s).replace('"title":{', '"title":{"__proto__":{"polluted":1},'),
    ],
    [
      '__proto__ inside a technology',
      (s: Record<string, unknown>) =>
        JSON.stringify(s).replace('"id":"bearings",', '"id":"bearings","__proto__":{"polluted":1},'),
    ],
    [
      '__proto__ as an id and a field',
      (s: Record<string, unknown>) =>
        JSON.stringify(s)
          .replace('"id":"rail-maker"', '"id":"__proto__"')
          .replace('tech.bearings.challenger.chain', 'tech.__proto__.polluted'),
    ],
  ])(
    '%s is refused and pollutes nothing',
    (_, make) => {
      const text = make(minimalScenario() as unknown as Record<string, unknown>);
      const v = rejected(text);
      expect(messages(v)).toMatch(/__proto__|constructor/);
      expect(probe().polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    },
    FAST,
  );
});

describe('strings', () => {
  it(
    'keeps HTML and script in texts as plain text, warning that it will show as typed',
    () => {
      const s = minimalScenario();
      s.title = { zh: '<script>alert("中")</script>', en: '<img src=x onerror="alert(1)"> Title' };
      const v = validateScenarioText(JSON.stringify(s));
      expect(v.scenario?.title).toEqual(s.title); // unchanged: escaping is the screen's job, as text
      expect(v.problems.filter((p) => /looks like HTML/.test(p.message)).map((p) => p.path)).toEqual([
        'title.zh',
        'title.en',
      ]);
      expectReadable(v.problems);
    },
    FAST,
  );

  it(
    'refuses control characters and bidirectional overrides in texts',
    () => {
      const s = minimalScenario();
      s.title = { zh: '标题\u001b[2J', en: 'Title \u202e' };
      const v = rejected(JSON.stringify(s));
      expect(v.problems.map((p) => p.path)).toEqual(['title.zh', 'title.en']);
      expect(v.problems[0]!.message).toMatch(/invisible control character/);
    },
    FAST,
  );

  it(
    'quotes hostile keys and values safely in messages',
    () => {
      const v = rejected(
        withScenario((s) => {
          s['\u001b[31mred\u202e'] = 1;
          (s.start as Record<string, unknown>).year = '\u0007bell';
        }),
      );
      expect(messages(v)).toMatch(/\\u001b\[31mred\\u202e/);
      expect(messages(v)).toMatch(/not the text "\\u0007bell"/);
    },
    FAST,
  );

  it(
    'refuses an overlong text with its limit',
    () => {
      const s = minimalScenario();
      s.briefing.en = 'x'.repeat(100_000);
      expect(messages(rejected(JSON.stringify(s)))).toMatch(
        /briefing\.en: Is too long: at most 2000 characters/,
      );
    },
    FAST,
  );
});

describe('numbers out of range', () => {
  it.each([
    ['1e400 (infinity)', '"turns": 12', '"turns": 1e400', /turns: This number is out of range/],
    ['-1e400', '"economy": 1000', '"economy": -1e400', /holder\.economy: This number is out of range/],
    ['1e308', '"money": 20', '"money": 1e308', /holder\.money: Must be at most 1000000000/],
    ['a negative price', '"price": 1,', '"price": -1,', /technologies\[0\]\.price: Must be more than 0/],
    [
      'a fraction of a turn',
      '"turns": 12',
      '"turns": 12.5',
      /turns: Should be a whole number, not the number 12.5/,
    ],
    ['a number as text', '"turns": 12', '"turns": "12"', /turns: Should be a number, not the text "12"/],
    [
      'a share above 1',
      '"domestic": 0.7',
      '"domestic": 7',
      /technologies\[0\]\.holder\.sell\.domestic: Must be at most 1/,
    ],
    ['capability 1e20', '"capability": 90', '"capability": 1e20', /capability: Must be at most 100/],
  ])(
    '%s',
    (_, from, to, why) => {
      const text = minimalText().replace(from, to);
      expect(text).not.toBe(minimalText());
      expect(messages(rejected(text))).toMatch(why);
    },
    FAST,
  );
});
