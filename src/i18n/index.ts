// The interface language: 中文 or English, switchable at any time. Listeners redraw on a switch.
import type { LaneTest, Text } from '../scenario/schema.ts';
import { en, type MessageKey } from './en.ts';
import { ENDING_NAMES } from './endings.ts';
import { zh } from './zh.ts';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export type { MessageKey };

let current: Lang = 'en';
const listeners = new Set<(lang: Lang) => void>();

export const lang = (): Lang => current;

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  // The page says its language; in Node (the command line, tests) there is no page.
  if (typeof document !== 'undefined') document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  for (const l of listeners) l(next);
}

export function onLang(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Interface text by key, with {name} placeholders filled from params. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  // Keys and names can be built from a file's text (an error code, an ending id): only own keys count.
  const table = current === 'zh' ? zh : en;
  const template = (Object.hasOwn(table, key) ? table[key] : undefined) ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`,
  );
}

/** Keys with plural forms: `<base>.one`, `<base>.other` (and any other form a language needs). */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}.other` ? B : never }[MessageKey];

const pluralRules = { en: new Intl.PluralRules('en'), zh: new Intl.PluralRules('zh') };

/** Interface text for a count, in the plural form the language asks for ("1 turn", "2 turns"). */
export function tn(key: PluralKey, count: number, params: Record<string, string | number> = {}): string {
  const form = `${key}.${pluralRules[current].select(count)}`;
  return tKey(isMessageKey(form) ? form : `${key}.other`, { count, ...params });
}

/** Whether a key built at run time (from a level, a code, a doctrine's name) names a message. */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/** The message a key built at run time names, checked rather than cast; the key itself where none does. */
export const tKey = (key: string, params: Record<string, string | number> = {}): string =>
  isMessageKey(key) ? t(key, params) : key;

/** A scenario's bilingual text in the current language. */
export const tx = (text: Text): string => text[current];

/** Items of a list in a sentence: "a, b, c" in English, "a、b、c" in Chinese. */
export const listText = (items: readonly string[]): string => items.join(current === 'zh' ? '、' : ', ');

export const endingName = (id: keyof typeof ENDING_NAMES): string => ENDING_NAMES[id][current];

/** A rope's position or a mark, whole and signed as the board writes it: +15, −10, 0. */
export const signedWhole = (x: number): string => {
  const n = Math.round(x);
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
};

/** An ending's condition in words, as the board shows it: "at least 3 technologies with the rope at +25 or past and chain ≥ 40". */
export function laneTestText(test: LaneTest): string {
  const marks = [
    test.rope !== undefined ? t('goal.mark.rope', { at: signedWhole(test.rope) }) : null,
    test.make !== undefined ? t('goal.mark.make', { at: test.make }) : null,
    test.sell !== undefined ? t('goal.mark.sell', { at: test.sell }) : null,
    test.chain !== undefined ? t('goal.mark.chain', { at: test.chain }) : null,
  ].filter((x): x is string => x !== null);
  return tn('goal.lanes', test.lanes, { marks: marks.join(t('goal.and')) });
}

export const isLang = (x: unknown): x is Lang => x === 'zh' || x === 'en';
