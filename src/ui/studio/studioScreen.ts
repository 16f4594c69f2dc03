// The scenario studio: write a scenario in the browser. Forms for each part and the JSON beside them, kept
// in step both ways; every edit validated at once, each problem a button to its field; a live balance
// preview from AI games on the draft; and the draft played, saved as a file or shared by link. The draft
// is kept in this browser as it changes, so a reload loses nothing.

import readme from '../../../scenarios/README.md?raw';
import { Session } from '../../game/session.ts';
import { getAt, jsonWithLines, lineOf, setAt } from '../../game/studio/paths.ts';
import { t, tx } from '../../i18n/index.ts';
import { encodeLink } from '../../replay/index.ts';
import type { Problem } from '../../scenario/problems.ts';
import { validateScenarioText } from '../../scenario/validate.ts';
import type { ScreenArgs, ScreenView, Shell } from '../../shell/shell.ts';
import { el, fill } from '../dom.ts';
import { pageAddress } from '../replay/shareDialog.ts';
import { problemLine } from '../scenarioFile.ts';
import { button, download } from '../widgets.ts';
import { fieldId } from './fields.ts';
import { studioForms } from './forms.ts';
import { previewPanel } from './previewPanel.ts';

const DRAFT_KEY = 'tug.studio.draft';
const VALIDATE_AFTER_MS = 150;
const PREVIEW_AFTER_MS = 700;

/** The minimal example of scenarios/README.md (its first json block): a test keeps it valid. */
const minimalExample = (): string => /```json\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? '{}';

function keptDraft(): string | null {
  try {
    return localStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

export function studioScreen(app: Shell, args: ScreenArgs['studio']): ScreenView {
  let text = args.text ?? keptDraft() ?? minimalExample();
  let draft: unknown = parse(text);
  let lines = new Map<string, number>();
  let problems: Problem[] = [];
  let valid = false;
  let validateTimer = 0;
  let previewTimer = 0;

  const notice = el('div', { class: 'studio-notice', role: 'status' }, args.notice ?? '');
  const forms = el('div', { class: 'studio-forms' });
  const json = el('textarea', {
    id: 'studio-json',
    class: 'studio-json',
    spellcheck: 'false',
    'aria-label': t('studio.json'),
    rows: 30,
  });
  const problemCount = el('p', { 'aria-live': 'polite', class: 'studio-count' });
  const problemList = el('ul', { class: 'studio-problems' });
  const preview = previewPanel();
  const linkOut = el('div', { class: 'studio-link' });

  const keep = () => {
    try {
      localStorage.setItem(DRAFT_KEY, text);
    } catch {
      // Storage full or refused: the draft stays on the page; saving to a file still works.
    }
  };

  // Forms are redrawn after the event that changed the draft, never inside it: a field's 'change' comes
  // on blur, and replacing the fields while one of them loses focus throws (and fires it again).
  let redraw = false;
  const renderForms = () => {
    if (redraw) return;
    redraw = true;
    queueMicrotask(() => {
      redraw = false;
      drawForms();
    });
  };
  const drawForms = () => {
    const focused = document.activeElement?.id;
    const openParts = [...forms.querySelectorAll('details')].map((d) => d.open);
    fill(
      forms,
      ...(draft && typeof draft === 'object'
        ? studioForms(draft, edit)
        : [el('p', { class: 'muted' }, t('studio.fixJson'))]),
    );
    forms.querySelectorAll('details').forEach((d, i) => {
      if (openParts[i] !== undefined) d.open = openParts[i]!;
    });
    if (focused) document.getElementById(focused)?.focus();
  };

  const showAt = (path: string) => {
    const input = document.getElementById(fieldId(path));
    if (input) {
      input.closest('details')?.setAttribute('open', '');
      input.focus();
      input.scrollIntoView({ block: 'center' });
      return;
    }
    // No form field for it: select its line in the JSON.
    const line = lineOf(lines, path);
    const all = json.value.split('\n');
    const start = all.slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
    json.focus();
    json.setSelectionRange(start, start + (all[line - 1]?.length ?? 0));
    json.scrollTop = Math.max(0, (line - 5) * 18);
  };

  const validate = () => {
    const v = validateScenarioText(text);
    problems = v.problems;
    valid = v.scenario !== null;
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.filter((p) => p.severity === 'warning').length;
    problemCount.textContent = valid
      ? t('studio.valid', { warnings })
      : t('studio.invalid', { errors, warnings });
    problemCount.className = `studio-count ${valid ? 'ok' : 'bad'}`;
    fill(
      problemList,
      ...problems.map((p) =>
        el(
          'li',
          { class: p.severity },
          button(problemLine(p), () => showAt(p.path), {
            class: 'linkish',
          }),
        ),
      ),
    );
    window.clearTimeout(previewTimer);
    previewTimer = window.setTimeout(() => preview.refresh(v.scenario), PREVIEW_AFTER_MS);
    if (!v.scenario) preview.refresh(null);
  };

  const changed = () => {
    keep();
    window.clearTimeout(validateTimer);
    validateTimer = window.setTimeout(validate, VALIDATE_AFTER_MS);
  };

  /** A form's edit: a new draft, its JSON rewritten, the forms redrawn. */
  function edit(path: string, value: unknown) {
    draft = setAt(draft, path, value);
    const written = jsonWithLines(draft);
    text = written.text;
    lines = written.lines;
    json.value = text;
    renderForms();
    changed();
  }

  json.addEventListener('input', () => {
    text = json.value;
    const parsed = parse(text);
    if (parsed !== undefined) {
      draft = parsed;
      lines = jsonWithLines(draft).lines;
      renderForms();
    }
    changed();
  });

  const load = (next: string, message: string) => {
    text = next;
    draft = parse(text);
    if (draft !== undefined) {
      const written = jsonWithLines(draft);
      text = written.text;
      lines = written.lines;
    }
    json.value = text;
    notice.textContent = message;
    renderForms();
    changed();
  };

  const templates = el(
    'select',
    { id: 'studio-template' },
    el('option', { value: '' }, t('studio.templatePick')),
    el('option', { value: '#minimal' }, t('studio.minimal')),
    ...app.shipped.map((s) => el('option', { value: s.id }, tx(s.title))),
  );
  templates.addEventListener('change', () => {
    const id = templates.value;
    if (!id) return;
    const shipped = app.shipped.find((s) => s.id === id);
    const next =
      id === '#minimal' ? minimalExample() : JSON.stringify({ ...shipped, id: `${id}-draft` }, null, 2);
    load(next, t('studio.loaded', { what: id === '#minimal' ? t('studio.minimal') : tx(shipped!.title) }));
    templates.value = '';
  });

  const fileInput = el('input', {
    type: 'file',
    accept: '.json,application/json',
    id: 'studio-file',
    'aria-label': t('studio.openFile'),
    class: 'visually-hidden',
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    if (file.size > 2_000_000) {
      notice.textContent = t('studio.tooLarge');
      return;
    }
    load(await file.text(), t('studio.loaded', { what: file.name }));
  });

  const play = () => {
    const v = validateScenarioText(text);
    if (!v.scenario) {
      notice.textContent = t('studio.cannotPlay');
      return;
    }
    const scenario = v.scenario;
    if (app.shipped.some((s) => s.id === scenario.id)) {
      notice.textContent = t('studio.shippedId', { id: scenario.id });
      showAt('id');
      return;
    }
    const known = app.custom.findIndex((c) => c.id === scenario.id);
    if (known >= 0) app.custom.splice(known, 1, scenario);
    else app.custom.push(scenario);
    app.session = new Session({
      scenario,
      seed: `studio-${Date.now().toString(36)}`,
      side: scenario.suggestedSide ?? 'challenger',
      opponent: 'ai:normal',
      custom: true,
    });
    app.autosave();
    app.go('game');
  };

  const share = () => {
    if (draft === undefined) {
      notice.textContent = t('studio.fixJson');
      return;
    }
    const link = encodeLink('scenario', JSON.stringify(draft), pageAddress());
    if (!link.ok) {
      fill(linkOut, el('p', { class: 'error' }, link.error.message));
      return;
    }
    const out = el('input', {
      type: 'text',
      readonly: true,
      id: 'studio-link-out',
      'aria-label': t('studio.link'),
    });
    out.value = link.value;
    fill(linkOut, el('label', { for: 'studio-link-out' }, t('studio.link')), out);
    out.select();
    void navigator.clipboard?.writeText(link.value).then(
      () => (notice.textContent = t('studio.copied')),
      () => {},
    );
  };

  const idOf = () => String(getAt(draft, 'id') ?? 'scenario').replace(/[^a-z0-9-]/g, '') || 'scenario';

  const node = el(
    'main',
    { class: 'screen studio' },
    el('h1', {}, t('studio.heading')),
    el('p', { class: 'muted' }, t('studio.intro')),
    el(
      'div',
      { class: 'row studio-actions' },
      el('label', { for: 'studio-template', class: 'visually-hidden' }, t('studio.templatePick')),
      templates,
      button(t('studio.openFile'), () => fileInput.click()),
      fileInput,
      button(t('studio.play'), play, { class: 'btn primary' }),
      button(t('studio.save'), () => download(`${idOf()}.json`, text)),
      button(t('studio.share'), share),
      button(t('studio.back'), () => app.go('title')),
    ),
    notice,
    linkOut,
    el(
      'div',
      { class: 'studio-grid' },
      el('div', { class: 'studio-left' }, forms),
      el(
        'div',
        { class: 'studio-right' },
        el('label', { for: 'studio-json' }, t('studio.json')),
        json,
        el(
          'section',
          { 'aria-label': t('studio.problems') },
          el('h2', {}, t('studio.problems')),
          problemCount,
          problemList,
        ),
        preview.node,
      ),
    ),
  );
  load(text, args.notice ?? '');
  return { node, dispose: () => preview.dispose() };
}

/** The draft as JSON, or undefined while the text is not JSON (the validator then says where). */
function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
