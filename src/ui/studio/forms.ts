// The studio's forms, one section a part of the scenario. Labels are the format's own field names (the
// names scenarios/README.md explains), so what the author sees here is what the JSON says.
import { getAt } from '../../game/studio/paths.ts';
import { t } from '../../i18n/index.ts';
import { el } from '../dom.ts';
import { button } from '../widgets.ts';
import { dependencyGraph } from './depGraph.ts';
import { type Edit, field, textField } from './fields.ts';

type Json = Record<string, unknown>;
const list = (draft: unknown, path: string): Json[] => {
  const v = getAt(draft, path);
  return Array.isArray(v) ? (v as Json[]) : [];
};

const section = (title: string, open: boolean, ...children: (HTMLElement | null)[]) =>
  el('details', { class: 'studio-section', open }, el('summary', {}, title), ...children);

/** One item of a list, with a heading and a button that removes it. */
function item(title: string, path: string, edit: Edit, ...children: HTMLElement[]): HTMLElement {
  return el(
    'fieldset',
    { class: 'studio-item' },
    el('legend', {}, title),
    ...children,
    button(t('studio.remove'), () => edit(path, undefined), { class: 'btn small' }),
  );
}

/** Adds a copy of the list's last item (or `blank`) with a fresh id. */
function addButton(draft: unknown, path: string, blank: Json, edit: Edit): HTMLElement {
  return button(
    t('studio.add'),
    () => {
      const items = list(draft, path);
      const base = structuredClone(items[items.length - 1] ?? blank);
      const ids = new Set(items.map((x) => x.id));
      let n = items.length + 1;
      while (ids.has(`new-${n}`)) n++;
      if ('id' in base || 'id' in blank) base.id = `new-${n}`;
      edit(`${path}[${items.length}]`, base);
    },
    { class: 'btn small' },
  );
}

/** A section that edits a list: an item per entry with its fields, then a button that adds one. */
function listSection(
  draft: unknown,
  edit: Edit,
  part: { path: string; title: string; open?: boolean; blank: Json; before?: HTMLElement },
  fields: (p: string) => HTMLElement[],
  name: (x: Json, i: number) => string = (x, i) => String(x.id ?? i),
): HTMLElement {
  return section(
    part.title,
    part.open ?? false,
    part.before ?? null,
    ...list(draft, part.path).map((x, i) => {
      const p = `${part.path}[${i}]`;
      return item(name(x, i), p, edit, ...fields(p));
    }),
    addButton(draft, part.path, part.blank, edit),
  );
}

export function studioForms(draft: unknown, edit: Edit): HTMLElement[] {
  const f = (path: string, label = path.split('.').pop()!) => field(draft, path, label, edit);
  return [
    section(
      t('studio.part.scenario'),
      true,
      f('id'),
      textField(draft, 'title', 'title', edit),
      textField(draft, 'briefing', 'briefing', edit, true),
      f('turns'),
      f('start.year', 'start.year'),
      f('start.quarter', 'start.quarter'),
      f('suggestedSide'),
      f('eventChance'),
      f('ropeStep'),
    ),
    section(
      t('studio.part.sides'),
      false,
      ...(['holder', 'challenger'] as const).map((side) =>
        el(
          'fieldset',
          { class: 'studio-item' },
          el('legend', {}, side),
          textField(draft, `${side}.name`, 'name', edit),
          f(`${side}.economy`),
          f(`${side}.budgetShare`),
          f(`${side}.money`),
          f(`${side}.capital.start`, 'capital.start'),
          f(`${side}.capital.perTurn`, 'capital.perTurn'),
          f(`${side}.capital.max`, 'capital.max'),
        ),
      ),
    ),
    listSection(
      draft,
      edit,
      {
        path: 'technologies',
        title: t('studio.part.technologies'),
        open: true,
        blank: {},
        before: dependencyGraph(draft),
      },
      (p) => [
        f(`${p}.id`, 'id'),
        textField(draft, `${p}.name`, 'name', edit),
        f(`${p}.category`, 'category'),
        f(`${p}.control`, 'control'),
        f(`${p}.difficulty`, 'difficulty'),
        f(`${p}.homeQualificationTurns`, 'homeQualificationTurns'),
        f(`${p}.foreignQualificationTurns`, 'foreignQualificationTurns'),
        f(`${p}.reliabilityThreshold`, 'reliabilityThreshold'),
        f(`${p}.usableQuality`, 'usableQuality'),
        f(`${p}.price`, 'price'),
        f(`${p}.domesticDemand`, 'domesticDemand'),
        f(`${p}.foreignDemand`, 'foreignDemand'),
        f(`${p}.holder.make.capability`, 'holder.make.capability'),
        f(`${p}.challenger.make.capability`, 'challenger.make.capability'),
        dependsOnField(draft, p, edit),
      ],
    ),
    listSection(draft, edit, { path: 'industries', title: t('studio.part.industries'), blank: {} }, (p) => [
      f(`${p}.id`, 'id'),
      textField(draft, `${p}.name`, 'name', edit),
      f(`${p}.output`, 'output'),
      rows(draft, `${p}.uses`, ['tech', 'weight'], { tech: '', weight: 0.1 }, edit),
    ]),
    listSection(draft, edit, { path: 'events', title: t('studio.part.events'), blank: {} }, (p) => [
      f(`${p}.id`, 'id'),
      textField(draft, `${p}.title`, 'title', edit),
      textField(draft, `${p}.text`, 'text', edit, true),
      f(`${p}.trigger`, 'trigger'),
      f(`${p}.at`, 'at'),
      f(`${p}.weight`, 'weight'),
      f(`${p}.once`, 'once'),
      f(`${p}.opensTalks`, 'opensTalks'),
      rows(draft, `${p}.when`, ['field', 'op', 'value'], { field: 'turn', op: '>=', value: 1 }, edit),
      rows(draft, `${p}.effects`, ['op', 'field', 'value'], { op: 'add', field: 'tension', value: 5 }, edit),
      el('p', { class: 'muted' }, t('studio.eventJson')),
    ]),
    listSection(
      draft,
      edit,
      {
        path: 'sources',
        title: t('studio.part.sources'),
        blank: { id: 'new-1', title: { zh: '', en: '' }, publisher: '' },
      },
      (p) => [
        f(`${p}.id`, 'id'),
        textField(draft, `${p}.title`, 'title', edit),
        f(`${p}.author`, 'author'),
        f(`${p}.publisher`, 'publisher'),
        f(`${p}.date`, 'date'),
        f(`${p}.url`, 'url'),
        f(`${p}.article`, 'article'),
      ],
    ),
    section(
      t('studio.part.endings'),
      false,
      ...(['leader', 'selfReliant', 'nextJapan'] as const).map((k) =>
        el(
          'fieldset',
          { class: 'studio-item' },
          el('legend', {}, k),
          ...(['lanes', 'rope', 'make', 'sell', 'chain'] as const).map((m) => f(`endings.${k}.${m}`, m)),
        ),
      ),
      f('endings.crisis.depth', 'crisis.depth'),
      f('endings.crisis.turns', 'crisis.turns'),
      f('endings.holderHealthy', 'holderHealthy'),
      f('endings.holderHurt', 'holderHurt'),
    ),
    listSection(
      draft,
      edit,
      {
        path: 'tutorial',
        title: t('studio.part.tutorial'),
        blank: { turn: 1, unlocks: [], text: { zh: '', en: '' } },
      },
      (p) => [f(`${p}.turn`, 'turn'), textField(draft, `${p}.text`, 'text', edit, true)],
      (_, i) => `${i + 1}`,
    ),
  ];
}

/** The technologies a technology depends on, as checkboxes: the graph above redraws from them. */
function dependsOnField(draft: unknown, p: string, edit: Edit): HTMLElement {
  const own = String(getAt(draft, `${p}.id`) ?? '');
  const deps = (getAt(draft, `${p}.dependsOn`) as unknown[] | undefined) ?? [];
  const others = list(draft, 'technologies')
    .map((x) => String(x.id ?? ''))
    .filter((id) => id && id !== own);
  return el(
    'fieldset',
    { class: 'studio-deps' },
    el('legend', {}, 'dependsOn'),
    ...others.map((id) => {
      const box = el('input', {
        type: 'checkbox',
        checked: deps.includes(id),
        'data-path': `${p}.dependsOn`,
      });
      box.addEventListener('change', () =>
        edit(`${p}.dependsOn`, box.checked ? [...deps, id] : deps.filter((d) => d !== id)),
      );
      return el('label', { class: 'studio-check' }, box, ` ${id}`);
    }),
  );
}

/** A list of small objects as rows of fields (an industry's inputs, an event's conditions and effects). */
function rows(
  draft: unknown,
  path: string,
  keys: readonly string[],
  blank: Record<string, unknown>,
  edit: Edit,
): HTMLElement {
  const items = list(draft, path);
  return el(
    'fieldset',
    { class: 'studio-rows' },
    el('legend', {}, path.split('.').pop()!),
    ...items.map((_, j) =>
      el(
        'div',
        { class: 'studio-row' },
        ...keys.map((k) => field(draft, `${path}[${j}].${k}`, `${k} ${j + 1}`, edit)),
        button(t('studio.remove'), () => edit(`${path}[${j}]`, undefined), { class: 'btn small' }),
      ),
    ),
    button(t('studio.add'), () => edit(`${path}[${items.length}]`, { ...blank }), { class: 'btn small' }),
  );
}
