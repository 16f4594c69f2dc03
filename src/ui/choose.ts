// Scenario choice: a card per scenario with its briefing and source, the side, the opponent and the seed.

import { LINK_OPPONENT } from '../game/opponent.ts';
import { Session } from '../game/session.ts';
import { t, tx } from '../i18n/index.ts';
import { DEFAULT_PERSONALITY, type Personality, personalitiesOf } from '../players/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ScreenArgs, ScreenView, Shell } from '../shell/shell.ts';
import { SIDES, type Side } from '../sim/index.ts';
import { quoteText, sourceText } from './citeText.ts';
import { el, fill } from './dom.ts';
import { startLinkPlay } from './linkPlay/linkEntry.ts';
import { DEFAULT_OPPONENT, opponentLabel, opponentOnSide, opponentPicker } from './opponents.ts';
import { rangePanel } from './range/rangePanel.ts';
import { type FileResult, problemList, readScenarioFile, refuseShippedId } from './scenarioFile.ts';
import { button, choiceRow, sideMark, sideName } from './widgets.ts';

export function randomSeed(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 7);
}

export const dateOf = (s: Scenario) => t('bar.date', { year: s.start.year, quarter: s.start.quarter });

interface Choice {
  scenario: string;
  side: Side;
  opponent: string;
  seed: string;
  style: Personality | null; // the player's style for "what usually happens"; null: the side's default
}

let remembered: Choice | null = null;

export function chooseScreen(app: Shell, options: ScreenArgs['choose']): ScreenView {
  const all = () => app.scenarios();
  const choice: Choice = remembered ?? {
    scenario: all()[0]?.id ?? '',
    side: 'challenger',
    opponent: opponentOnSide(DEFAULT_OPPONENT, 'challenger'),
    seed: randomSeed(),
    style: null,
  };
  const fileNotice = el('div', { 'aria-live': 'polite' });
  const cards = el('div', { class: 'cards', role: 'radiogroup', 'aria-label': t('choose.heading') });
  const setup = el('div', { class: 'setup' });
  const rangeHolder = el('div', { class: 'range-slot' });
  const renderRange = () => {
    const scenario = all().find((s) => s.id === choice.scenario);
    if (!scenario) return fill(rangeHolder);
    const style =
      choice.style && personalitiesOf(choice.side).includes(choice.style)
        ? choice.style
        : DEFAULT_PERSONALITY[choice.side];
    const focused = document.activeElement?.id;
    fill(
      rangeHolder,
      rangePanel({
        idPrefix: '',
        scenario,
        side: choice.side,
        opponent: choice.opponent,
        style,
        onStyle: (p) => {
          choice.style = p;
          renderRange();
        },
      }),
    );
    if (focused && rangeHolder.contains(document.getElementById(focused)))
      document.getElementById(focused)?.focus();
  };
  const input = el('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    id: 'scenario-file',
    tabindex: '-1',
  });

  const load = async (file: File) => {
    const result: FileResult = refuseShippedId(await readScenarioFile(file), app.shipped);
    fill(fileNotice, problemList(result));
    if (result.scenario) {
      const sc = result.scenario;
      const known = app.custom.findIndex((c) => c.id === sc.id);
      if (known >= 0) {
        app.custom.splice(known, 1, sc);
        fileNotice.append(el('p', { class: 'muted' }, t('choose.replacedCustom')));
      } else app.custom.push(sc);
      choice.scenario = sc.id;
      render();
    }
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void load(file);
    input.value = '';
  });

  // What Start will start, said beside it: the bar stays in view however long the page.
  const summary = el('span', { class: 'start-summary', 'aria-live': 'polite' });
  const render = () => {
    const list = all();
    const picked = list.find((s) => s.id === choice.scenario);
    summary.textContent = picked
      ? t('choose.summary', {
          scenario: tx(picked.title),
          side: sideName(choice.side),
          opponent: opponentLabel(choice.opponent),
        })
      : '';
    fill(
      cards,
      ...list.map((s) => {
        const selected = s.id === choice.scenario;
        const isCustom = app.custom.includes(s);
        return el(
          'div',
          { class: `card${selected ? ' selected' : ''}` },
          el(
            'button',
            {
              type: 'button',
              class: 'card-pick',
              role: 'radio',
              'aria-checked': String(selected),
              onclick: () => {
                choice.scenario = s.id;
                if (s.suggestedSide) choice.side = s.suggestedSide;
                render();
              },
            },
            el('h2', {}, tx(s.title)),
          ),
          isCustom ? el('p', { class: 'muted' }, t('choose.custom')) : null,
          el('p', {}, tx(s.briefing)),
          s.teaches ? el('p', { class: 'teaches' }, t('choose.teaches', { what: tx(s.teaches) })) : null,
          s.suggestedSide
            ? el('p', { class: 'muted' }, t('choose.suggested', { side: sideName(s.suggestedSide) }))
            : null,
          s.cite.quote || s.cite.says
            ? el(
                'blockquote',
                s.cite.quote ? { lang: /[\u3400-\u9fff]/.test(s.cite.quote) ? 'zh' : 'en' } : {},
                quoteText(s.cite) ?? '',
              )
            : null,
          el(
            'p',
            { class: 'muted' },
            t('choose.source', {
              source: sourceText(
                s.sources.find((x) => x.id === s.cite.source),
                s.cite.source,
              ),
            }),
          ),
          el(
            'p',
            { class: 'muted' },
            t('choose.turns', { turns: s.turns, date: dateOf(s) }),
            ' · ',
            tx(s.holder.name),
            ' / ',
            tx(s.challenger.name),
          ),
          el('p', { class: 'muted' }, t('choose.estimates')),
        );
      }),
    );
    const seedInput = el('input', {
      type: 'text',
      id: 'seed',
      value: choice.seed,
      maxlength: 60,
      'aria-describedby': 'seed-help',
      autocomplete: 'off',
    });
    seedInput.addEventListener('input', () => {
      choice.seed = seedInput.value;
    });
    choice.opponent = opponentOnSide(choice.opponent, choice.side);
    const opponent = opponentPicker({
      idPrefix: '',
      side: choice.side,
      value: choice.opponent,
      byLink: true,
      onChange: (name) => {
        choice.opponent = name;
        renderRange();
      },
    });
    fill(
      setup,
      el(
        'fieldset',
        {},
        el('legend', {}, t('choose.side')),
        choiceRow(
          t('choose.side'),
          SIDES.map((s) => ({ value: s, label: sideName(s) })),
          choice.side,
          (side) => {
            choice.side = side;
            render();
          },
        ),
        el(
          'p',
          { class: 'muted' },
          sideMark(choice.side),
          ' ',
          tx(all().find((s) => s.id === choice.scenario)?.[choice.side].name ?? { zh: '', en: '' }),
        ),
      ),
      opponent,
      el(
        'div',
        {},
        el('label', { class: 'field', for: 'seed' }, t('choose.seed')),
        el(
          'div',
          { class: 'row' },
          seedInput,
          button(t('choose.newSeed'), () => {
            choice.seed = randomSeed();
            render();
          }),
        ),
        el('p', { id: 'seed-help', class: 'muted' }, t('choose.seedHelp')),
      ),
      rangeHolder,
    );
    renderRange();
  };

  const start = () => {
    const scenario = all().find((s) => s.id === choice.scenario);
    if (!scenario) return;
    remembered = { ...choice };
    const seed = choice.seed.trim() || randomSeed();
    if (choice.opponent === LINK_OPPONENT) return startLinkPlay(app, scenario, seed, choice.side);
    app.session = new Session({
      scenario,
      seed,
      side: choice.side,
      opponent: choice.opponent,
      custom: app.custom.includes(scenario),
    });
    app.autosave();
    app.go('game');
  };

  render();
  const node = el(
    'main',
    { class: 'screen dropzone' },
    el('h1', {}, t('choose.heading')),
    cards,
    el(
      'div',
      { class: 'row' },
      el(
        'label',
        {
          for: 'scenario-file',
          class: 'btn',
          tabindex: '0',
          role: 'button',
          onkeydown: (e: Event) => {
            if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') {
              e.preventDefault();
              input.click();
            }
          },
        },
        t('choose.openFile'),
      ),
      el('span', { class: 'muted' }, t('choose.dropHint')),
      input,
    ),
    fileNotice,
    setup,
    el(
      'div',
      { class: 'row start-bar' },
      button(t('choose.start'), start, { class: 'btn primary big' }),
      button(t('choose.back'), () => app.go('title'), { class: 'btn big' }),
      summary,
    ),
  );
  const onDragOver = (e: DragEvent) => {
    e.preventDefault();
    node.classList.add('active');
  };
  const onDragLeave = () => node.classList.remove('active');
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    node.classList.remove('active');
    const file = e.dataTransfer?.files?.[0];
    if (file) void load(file);
  };
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('dragleave', onDragLeave);
  window.addEventListener('drop', onDrop);
  if (options.openPicker) queueMicrotask(() => input.click());
  return {
    node,
    dispose: () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    },
  };
}
