// Where a thing comes from, as a player reads it: the source's title, never a file name, and a quote in
// the other language with its translation beside it.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.ts';
import { citeText } from '../../src/ui/citeText.ts';
import { shipped } from '../support/scenarios.ts';

const slowTug = shipped('slow-tug');
const event = slowTug.events.find((e) => e.cite?.quote && /[\u3400-\u9fff]/.test(e.cite.quote))!;

describe('a citation as the game shows it', () => {
  afterEach(() => setLang('en'));

  it('names the source by its title and puts an English translation beside a Chinese quote', () => {
    setLang('en');
    const text = citeText(slowTug, event.cite)!;
    expect(text).not.toMatch(/\.txt/);
    expect(text).toContain('China–Japan technology talks are a slow tug-of-war');
    expect(text).toContain(`“${event.cite!.quote}”`);
    expect(text).toContain(`(${event.cite!.translation!.en})`);
  });

  it('shows a Chinese player the quote alone, in its own language', () => {
    setLang('zh');
    const text = citeText(slowTug, event.cite)!;
    expect(text).toContain('中日技术谈判像一场慢速拔河');
    expect(text).not.toContain(event.cite!.translation!.en!);
  });

  it('says plainly when the author invented it', () => {
    setLang('en');
    expect(citeText(slowTug, undefined, { zh: '设想。', en: 'Imagined.' })).toBe(
      'The author’s invention: Imagined.',
    );
  });
});
