// Settings: language, animation speed, colour palette, sound.

import { t } from '../i18n/index.ts';
import { SPEEDS } from '../shell/settings.ts';
import type { Shell } from '../shell/shell.ts';
import { el, fill } from './dom.ts';
import { choiceRow, dialog } from './widgets.ts';

export function openSettings(app: Shell, onclose: () => void = () => {}): void {
  const body = el('div', {});
  const render = () => {
    const heading = overlay?.querySelector('h2');
    if (heading) heading.textContent = t('title.settings');
    fill(
      body,
      el('h3', {}, t('settings.language')),
      choiceRow(
        t('settings.language'),
        [
          { value: 'zh', label: '中文' },
          { value: 'en', label: 'English' },
        ],
        app.settings.lang,
        (lang) => {
          app.update({ lang });
          render();
        },
      ),
      el('h3', {}, t('settings.speed')),
      choiceRow(
        t('settings.speed'),
        SPEEDS.map((s) => ({ value: s, label: t(`settings.speed.${s}`) })),
        app.settings.speed,
        (speed) => {
          app.update({ speed });
          render();
        },
      ),
      el('h3', {}, t('settings.palette')),
      choiceRow(
        t('settings.palette'),
        [
          { value: 'standard', label: t('settings.palette.standard') },
          { value: 'colourblind', label: t('settings.palette.colourblind') },
        ],
        app.settings.palette,
        (palette) => {
          app.update({ palette });
          render();
        },
      ),
      el('h3', {}, t('settings.sound')),
      choiceRow(
        t('settings.sound'),
        [
          { value: 'on', label: t('sound.unmute') },
          { value: 'off', label: t('sound.mute') },
        ],
        app.settings.muted ? 'off' : 'on',
        (v) => {
          app.update({ muted: v === 'off' });
          render();
        },
      ),
    );
  };
  let overlay: HTMLElement | undefined;
  render();
  const close = () => {
    overlay?.remove();
    onclose();
  };
  const shown = dialog(t('title.settings'), [body], close);
  overlay = shown;
  document.body.appendChild(shown);
}
