// The studio's form fields: each bound to one path of the draft, labelled, with the format's own help
// (description, choices, bounds) from the JSON Schema. A field writes through `edit`; the screen
// re-renders the forms from the new draft, so a field never holds state of its own.

import schema from '../../../scenarios/scenario.schema.json';
import { getAt, parsePath } from '../../game/studio/paths.ts';
import { fieldHelp } from '../../game/studio/schemaHelp.ts';
import { fieldHelpZh } from '../../i18n/fieldHelpZh.ts';
import { lang } from '../../i18n/index.ts';
import { el } from '../dom.ts';

export type Edit = (path: string, value: unknown) => void;

/** The element id of the input for a path: problems point at it. */
export const fieldId = (path: string): string => `studio-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

let helps = 0;

/** One labelled input for the value at `path`: a number, a text, a choice, or true/false. */
export function field(
  draft: unknown,
  path: string,
  label: string,
  edit: Edit,
  kind?: 'text' | 'long',
): HTMLElement {
  const segments = parsePath(path);
  const help = fieldHelp(schema, segments);
  // The format describes itself in English; the studio speaks the player's language where it can.
  const description = (lang() === 'zh' ? fieldHelpZh(segments) : undefined) ?? help.description;
  const value = getAt(draft, path);
  const id = fieldId(path);
  const helpId = `studio-help-${++helps}`;
  let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (help.enum) {
    input = el(
      'select',
      { id },
      el('option', { value: '' }, '—'),
      ...help.enum.map((v) =>
        el('option', { value: String(v), selected: String(v) === String(value ?? '') }, String(v)),
      ),
    );
    input.addEventListener('change', () => {
      const raw = (input as HTMLSelectElement).value;
      edit(path, raw === '' ? undefined : typeof help.enum![0] === 'number' ? Number(raw) : raw);
    });
  } else if (typeof value === 'boolean' || (value === undefined && help.boolean)) {
    input = el('input', { id, type: 'checkbox', checked: value });
    input.addEventListener('change', () => edit(path, (input as HTMLInputElement).checked));
  } else if (kind === 'long') {
    input = el('textarea', { id, rows: 3 });
    input.value = typeof value === 'string' ? value : '';
    input.addEventListener('change', () => edit(path, input.value === '' ? undefined : input.value));
  } else if (
    kind === 'text' ||
    typeof value === 'string' ||
    (value === undefined && help.minimum === undefined)
  ) {
    input = el('input', { id, type: 'text' });
    input.value = typeof value === 'string' ? value : value === undefined ? '' : String(value);
    input.addEventListener('change', () => edit(path, input.value === '' ? undefined : input.value));
  } else {
    input = el('input', {
      id,
      type: 'number',
      step: help.integer ? 1 : 'any',
      min: help.minimum,
      max: help.maximum,
    });
    input.value = typeof value === 'number' ? String(value) : '';
    input.addEventListener('change', () => {
      const raw = input.value.trim();
      // A number the browser cannot read stays as typed, so the validator names what is wrong with it.
      edit(path, raw === '' ? undefined : Number.isFinite(Number(raw)) ? Number(raw) : raw);
    });
  }
  input.setAttribute('data-path', path);
  if (description) input.setAttribute('aria-describedby', helpId);
  return el(
    'div',
    { class: 'studio-field' },
    el('label', { for: id }, label),
    input,
    description ? el('small', { id: helpId, class: 'muted' }, description) : null,
  );
}

/** A text in both languages: two inputs, 中文 and English. */
export function textField(
  draft: unknown,
  path: string,
  label: string,
  edit: Edit,
  long = false,
): HTMLElement {
  return el(
    'fieldset',
    { class: 'studio-text' },
    el('legend', {}, label),
    field(draft, `${path}.zh`, '中文', edit, long ? 'long' : 'text'),
    field(draft, `${path}.en`, 'English', edit, long ? 'long' : 'text'),
  );
}
