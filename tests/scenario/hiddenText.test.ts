// What JSON.parse lets through silently (issue 11, D11 and D7): invisible characters warn with their path,
// lone surrogates and keys written twice are refused with their path, and a file's bytes decode the same
// way in the browser and on the command line.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/scenario/decode.ts';
import { validateScenarioText } from '../../src/scenario/validate.ts';
import { minimalScenario, minimalText } from '../support/minimal.ts';

const withTitle = (en: string) => {
  const s = minimalScenario();
  s.title = { zh: '小拔河', en };
  return JSON.stringify(s);
};

describe('invisible characters', () => {
  const cases: [string, string][] = [
    ['zero-width space', 'A small\u200b tug'],
    ['zero-width joiner', 'A small\u200d tug'],
    ['left-to-right mark', 'A small\u200e tug'],
    ['right-to-left mark', 'A small\u200f tug'],
    ['Arabic letter mark', 'A small\u061c tug'],
    ['a tag character', 'A small\u{e0041} tug'],
    ['a byte-order mark mid-text', 'A small\ufeff tug'],
    ['a word joiner', 'A small\u2060 tug'],
  ];
  for (const [name, en] of cases) {
    it(`warn on ${name}, with the path`, () => {
      const { scenario, problems } = validateScenarioText(withTitle(en));
      expect(scenario).not.toBeNull();
      const p = problems.find((x) => x.path === 'title.en');
      expect(p?.severity).toBe('warning');
      expect(p?.message).toMatch(/invisible character \(U\+[0-9A-F]{4,5} at character 8\)/);
      expect(p?.message).not.toMatch(/[\u200b-\u200f\u202e\u061c\ufeff\u2060]|[\u{e0000}-\u{e0fff}]/u);
    });
  }

  it('refuse a right-to-left override (the schema already does), with the path', () => {
    const { scenario, problems } = validateScenarioText(withTitle('A small\u202e tug'));
    expect(scenario).toBeNull();
    expect(problems.some((p) => p.path === 'title.en')).toBe(true);
  });

  it('let line breaks and tabs in a text pass', () => {
    const { problems } = validateScenarioText(withTitle('A small\ttug\nin two lines'));
    expect(problems.filter((p) => p.path === 'title.en')).toEqual([]);
  });
});

describe('refused with the path', () => {
  it('a lone surrogate, escaped or raw', () => {
    for (const text of [
      minimalText().replace('"A small tug"', '"A small \\ud800 tug"'),
      minimalText().replace('"A small tug"', '"A small \ud800 tug"'),
      minimalText().replace('"A small tug"', '"A small \\udc00 tug"'),
    ]) {
      const { scenario, problems } = validateScenarioText(text);
      expect(scenario).toBeNull();
      expect(problems[0]).toMatchObject({ severity: 'error', path: 'title.en' });
      expect(problems[0]!.message).toMatch(/lone surrogate, U\+D[89A-F][0-9A-F]{2}/);
    }
  });

  it('a key written twice, at any depth', () => {
    const top = minimalText().replace('"turns": 12,', '"turns": 12, "turns": 40,');
    const deep = minimalText().replace('"economy": 1000,', '"economy": 1000, "economy": 9e9,');
    const escaped = minimalText().replace('"turns": 12,', '"turns": 12, "t\\u0075rns": 40,');
    const a = validateScenarioText(top);
    expect(a.scenario).toBeNull();
    expect(a.problems[0]).toMatchObject({ severity: 'error', path: 'turns' });
    expect(a.problems[0]!.message).toMatch(/written twice/);
    const b = validateScenarioText(deep);
    expect(b.scenario).toBeNull();
    expect(b.problems[0]).toMatchObject({ path: 'holder.economy' });
    expect(validateScenarioText(escaped).problems[0]).toMatchObject({ path: 'turns' });
  });

  it('not keys that repeat in different objects or strings that look like keys', () => {
    const s = minimalScenario();
    s.briefing = { zh: '一项技术,一个产业。', en: 'One "turns": 1, "turns": 2 technology.' };
    const { scenario } = validateScenarioText(JSON.stringify(s, null, 2));
    expect(scenario).not.toBeNull();
  });
});

describe('D7: one decoding for the browser and the command line', () => {
  const text = minimalText();
  const utf16 = (bom: number[], le: boolean) => {
    const out = new Uint8Array(bom.length + text.length * 2);
    out.set(bom);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[bom.length + 2 * i + (le ? 0 : 1)] = c & 0xff;
      out[bom.length + 2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return out;
  };
  it('reads UTF-8 with or without a BOM, and UTF-16 by its BOM', () => {
    const utf8 = new TextEncoder().encode(text);
    for (const bytes of [
      utf8,
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]),
      utf16([0xff, 0xfe], true),
      utf16([0xfe, 0xff], false),
    ]) {
      const d = decodeBytes(bytes);
      expect(d.ok && d.text).toBe(text);
      expect(validateScenarioText(d.ok ? d.text : '').scenario).not.toBeNull();
    }
  });
  it('refuses bytes that are not UTF-8, naming the byte', () => {
    const d = decodeBytes(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]));
    expect(d).toEqual({ ok: false, message: expect.stringMatching(/not UTF-8 text \(byte 3 /) });
  });
});
