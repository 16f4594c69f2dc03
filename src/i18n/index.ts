// The interface language: 中文 or English, switchable at any time. Listeners redraw on a switch.
import type { Text } from '../scenario/schema.ts';
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
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
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

/** Whether a key built at run time (from a level, a code, a doctrine's name) names a message. */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/** The message a key built at run time names, checked rather than cast; the key itself where none does. */
export const tKey = (key: string, params: Record<string, string | number> = {}): string =>
  isMessageKey(key) ? t(key, params) : key;

/** A scenario's bilingual text in the current language. */
export const tx = (text: Text): string => text[current];

export const endingName = (id: keyof typeof ENDING_NAMES): string => ENDING_NAMES[id][current];

export const isLang = (x: unknown): x is Lang => x === 'zh' || x === 'en';
