// Player settings, kept in localStorage. A missing or damaged entry falls back to the defaults.
import type { PaletteName } from '../art/palette.ts';
import { isLang, type Lang } from '../i18n/index.ts';

export const SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type Speed = (typeof SPEEDS)[number];
/** Milliseconds a knot takes to slide, by speed. */
export const SPEED_MS: Record<Speed, number> = { slow: 1800, normal: 1000, fast: 450, instant: 0 };

export interface Settings {
  lang: Lang;
  speed: Speed;
  palette: PaletteName;
  muted: boolean;
}

const KEY = 'tug.settings';

export function defaultLang(): Lang {
  return typeof navigator !== 'undefined' && /^zh\b/i.test(navigator.language) ? 'zh' : 'en';
}

export function loadSettings(storage: Storage | null): Settings {
  const fallback: Settings = { lang: defaultLang(), speed: 'normal', palette: 'standard', muted: false };
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<Settings> | null;
    if (!raw || typeof raw !== 'object') return fallback;
    return {
      lang: isLang(raw.lang) ? raw.lang : fallback.lang,
      speed: SPEEDS.includes(raw.speed as Speed) ? (raw.speed as Speed) : fallback.speed,
      palette: raw.palette === 'colourblind' ? 'colourblind' : 'standard',
      muted: raw.muted === true,
    };
  } catch {
    return fallback;
  }
}

export function saveSettings(storage: Storage | null, settings: Settings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private browsing or a full store: settings then last for this visit only.
  }
}
