// Small shared pieces of interface: buttons, side marks, radio groups, dialogs.
import { t } from '../i18n/index.ts';
import type { Side } from '../sim/index.ts';
import { type Child, el } from './dom.ts';

export const button = (
  label: string,
  onclick: () => void,
  props: Record<string, string | boolean | undefined> = {},
  ...extra: Child[]
) => el('button', { type: 'button', class: 'btn', onclick, ...props }, label, ...extra);

/** A side's swatch: its colour with its pattern and shape, plus its name for screen readers. */
export const sideMark = (side: Side): HTMLElement =>
  el('span', { class: `mark ${side}`, 'aria-hidden': 'true' });

export const sideName = (side: Side): string => t(side === 'holder' ? 'side.holder' : 'side.challenger');

/** A row of toggle buttons for a small set of values (accessible as a group of pressed/unpressed buttons). */
export function choiceRow<V extends string | number>(
  label: string,
  options: readonly { value: V; label: string }[],
  selected: V,
  onpick: (v: V) => void,
): HTMLElement {
  return el(
    'div',
    { role: 'group', 'aria-label': label, class: 'row' },
    ...options.map((o) =>
      el(
        'button',
        {
          type: 'button',
          class: 'btn',
          'aria-pressed': String(o.value === selected),
          onclick: () => onpick(o.value),
        },
        o.label,
      ),
    ),
  );
}

/** A select with its label above it: `field` goes in the page, `select` is the control. */
export function labelledSelect(
  id: string,
  label: string,
  options: readonly { value: string; label: string }[],
  current: string,
): { select: HTMLSelectElement; field: HTMLElement } {
  const select = el(
    'select',
    { id },
    ...options.map((o) => el('option', { value: o.value, selected: o.value === current }, o.label)),
  );
  return { select, field: el('div', {}, el('label', { class: 'field', for: id }, label), select) };
}

/**
 * A modal dialog: a <dialog> shown with showModal() once the caller has put it in the page, so the browser
 * keeps focus inside it and the page behind inert. Escape or the close button dismisses it (`onclose`
 * takes it out of the page).
 */
export function dialog(
  title: string,
  body: Child[],
  onclose: () => void,
  closeLabel = t('settings.close'),
): HTMLElement {
  const heading = el('h2', { id: 'dialog-title', tabindex: '-1' }, title);
  const box = el(
    'dialog',
    { class: 'dialog', 'aria-labelledby': 'dialog-title' },
    heading,
    ...body,
    el('div', { class: 'row' }, button(closeLabel, onclose)),
  );
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onclose();
    }
  });
  // Any other request to close (the browser's own) goes the same way.
  box.addEventListener('cancel', (e) => {
    e.preventDefault();
    onclose();
  });
  queueMicrotask(() => {
    if (box.isConnected && !box.open) box.showModal();
    heading.focus();
  });
  return box;
}

/** Offers a text as a file download. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A number as the board writes it: a true minus sign, and no "−0.0" for what rounds to nothing. */
export const fmt = (x: number, digits = 1): string => {
  if (!Number.isFinite(x)) return '—';
  const text = Math.abs(x).toFixed(digits);
  return x < 0 && Number(text) !== 0 ? `−${text}` : text;
};
export const pct = (x: number, digits = 0): string => `${(x * 100).toFixed(digits)}%`;
/** A term with its explanation, shown on hover, on focus and on tap (which focuses it). */
export const term = (label: string, explanation: string): HTMLElement =>
  el('dfn', { class: 'term', tabindex: '0', title: explanation, 'data-tip': explanation }, label);

export const signed = (x: number, digits = 1): string =>
  `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;
