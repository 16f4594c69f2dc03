// The scenario validator, in two passes. The first checks the shape against the zod schema; the
// second, on a well-shaped scenario, checks what a schema cannot: references, cycles, thresholds that
// can never be reached, fields that do not exist, texts that miss a language. It collects every
// problem, each with a severity, a JSON path and a plain sentence, and never throws.
import type { z } from 'zod';
import { ACTION_TYPES } from '../sim/actions.ts';
import { resolveField } from '../sim/fields.ts';
import { CONTROL_LEVELS } from '../sim/vocabulary.ts';
import { parseJsonText } from './parse.ts';
import { hasErrors, jsonPath, type Problem } from './problems.ts';
import { type Condition, type Effect, type Scenario, ScenarioSchema, type Text } from './schema.ts';

export const KNOWN_ARTICLES = [
  '000_4ca6c69238728c1b.txt',
  '001_4592820d582c5a5e.txt',
  '002_aaf996dc31428b54.txt',
] as const;

/** How far above the holder's starting capability the challenger can ever climb. */
export const CAPABILITY_HEADROOM = 8;

export interface Validation {
  scenario: Scenario | null; // set when there are no errors
  problems: Problem[];
}

export function validateScenarioText(text: string): Validation {
  const parsed = parseJsonText(text, 'scenario file');
  if (!parsed.ok) return { scenario: null, problems: parsed.problems };
  return validateScenario(parsed.value);
}

export function validateScenario(raw: unknown): Validation {
  try {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      const kind = raw === null ? 'null' : Array.isArray(raw) ? 'a list' : `a ${typeof raw}`;
      return {
        scenario: null,
        problems: [
          { severity: 'error', path: '(root)', message: `A scenario is a JSON object, not ${kind}.` },
        ],
      };
    }
    const shape = ScenarioSchema.safeParse(raw);
    if (!shape.success) return { scenario: null, problems: shape.error.issues.map(describeIssue) };
    const problems = crossCheck(shape.data);
    if (!('$schema' in raw)) {
      problems.push({
        severity: 'warning',
        path: '$schema',
        message: 'Add "$schema": "./scenario.schema.json" so editors can complete and check this file.',
      });
    }
    return { scenario: hasErrors(problems) ? null : shape.data, problems };
  } catch (e) {
    // The validator must never throw on input; if it does, that is a bug, reported as a problem.
    return {
      scenario: null,
      problems: [
        {
          severity: 'error',
          path: '(root)',
          message: `The validator failed on this file: ${String(e).slice(0, 200)}`,
        },
      ],
    };
  }
}

function describeIssue(issue: z.core.$ZodIssue): Problem {
  const path = jsonPath(issue.path);
  const at = (m: string): Problem => ({ severity: 'error', path, message: m });
  switch (issue.code) {
    case 'invalid_type': {
      const got = (issue as { input?: unknown }).input;
      if (got === undefined) return at(`This field is required (${issue.expected}).`);
      return at(`Should be ${article(issue.expected)}, not ${describe(got)}.`);
    }
    case 'unrecognized_keys':
      return at(
        `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}: check the spelling against scenarios/README.md.`,
      );
    case 'too_small':
      return at(
        issue.origin === 'array'
          ? `Needs at least ${issue.minimum} item(s).`
          : issue.origin === 'string'
            ? 'Must not be empty.'
            : `Must be at least ${issue.minimum}.`,
      );
    case 'too_big':
      return at(
        issue.origin === 'array'
          ? `Has too many items: at most ${issue.maximum}.`
          : issue.origin === 'string'
            ? `Is too long: at most ${issue.maximum} characters.`
            : `Must be at most ${issue.maximum}.`,
      );
    case 'invalid_value':
      return at(`Must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`);
    case 'invalid_format':
      return at(issue.message);
    case 'invalid_union':
      return at('Must be a number, a short string or true/false.');
    default:
      return at(issue.message);
  }
}

const article = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number' && !Number.isFinite(v)) return 'a number out of range';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v)}`;
  return article(typeof v);
}

const CJK = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{3,}/;

function crossCheck(sc: Scenario): Problem[] {
  const problems: Problem[] = [];
  const error = (path: string, message: string) => problems.push({ severity: 'error', path, message });
  const warn = (path: string, message: string) => problems.push({ severity: 'warning', path, message });

  const unique = (items: readonly { id: string }[], where: string, what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        error(
          `${where}[${i}].id`,
          `The ${what} id "${item.id}" is used twice (first at ${where}[${first}]).`,
        );
      else seen.set(item.id, i);
    });
  };
  unique(sc.technologies, 'technologies', 'technology');
  unique(sc.industries, 'industries', 'industry');
  unique(sc.champions, 'champions', 'champion');
  unique(sc.events, 'events', 'event');

  const techIds = new Set(sc.technologies.map((t) => t.id));
  const industryIds = new Set(sc.industries.map((i) => i.id));

  sc.technologies.forEach((t, i) => {
    const p = `technologies[${i}]`;
    t.dependsOn.forEach((d, j) => {
      if (d === t.id) error(`${p}.dependsOn[${j}]`, `"${t.id}" cannot depend on itself.`);
      else if (!techIds.has(d))
        error(`${p}.dependsOn[${j}]`, `"${t.id}" depends on technology "${d}", which does not exist.`);
    });
    const home = t.holder.sell.domestic + t.challenger.sell.domestic + t.others.sell.domestic;
    if (home > 1.001)
      error(
        `${p}`,
        `Home-market shares of "${t.id}" add up to ${home.toFixed(3)}; they can be at most 1 (the rest is shortage).`,
      );
    const abroad = t.holder.sell.foreign + t.challenger.sell.foreign + t.others.sell.foreign;
    if (Math.abs(abroad - 1) > 0.02)
      error(
        `${p}`,
        `Foreign-market shares of "${t.id}" add up to ${abroad.toFixed(3)}; they must add up to 1.`,
      );
    const reach = t.holder.make.capability + CAPABILITY_HEADROOM;
    if (t.reliabilityThreshold > reach) {
      error(
        `${p}.reliabilityThreshold`,
        `The challenger can reach at most capability ${reach} on "${t.id}" (holder ${t.holder.make.capability} + ${CAPABILITY_HEADROOM}), so a threshold of ${t.reliabilityThreshold} can never be reached.`,
      );
    }
    if (t.downgradeCap > t.holder.make.capability) {
      warn(
        `${p}.downgradeCap`,
        `The special edition of "${t.id}" is capped at ${t.downgradeCap}, above the holder's own ${t.holder.make.capability}: the downgrade would change nothing.`,
      );
    }
    if (t.challenger.make.capability > t.holder.make.capability) {
      warn(
        `${p}.challenger.make.capability`,
        `The challenger starts ahead of the holder on "${t.id}"; is that intended?`,
      );
    }
    if (t.cite) checkCite(t.cite.article, `${p}.cite.article`);
  });
  for (const cycle of findCycles(sc))
    error('technologies', `Dependency cycle: ${cycle.join(' → ')}. Dependencies must form no loop.`);

  sc.industries.forEach((ind, i) => {
    const p = `industries[${i}]`;
    let weight = 0;
    const used = new Set<string>();
    ind.uses.forEach((u, j) => {
      weight += u.weight;
      if (!techIds.has(u.tech))
        error(
          `${p}.uses[${j}].tech`,
          `Industry "${ind.id}" uses technology "${u.tech}", which does not exist.`,
        );
      if (used.has(u.tech)) error(`${p}.uses[${j}].tech`, `Industry "${ind.id}" lists "${u.tech}" twice.`);
      used.add(u.tech);
    });
    if (weight > 1.0001)
      error(
        `${p}.uses`,
        `Industry "${ind.id}" depends on its inputs with weights adding up to ${weight.toFixed(2)}; at most 1.`,
      );
    if (ind.cite) checkCite(ind.cite.article, `${p}.cite.article`);
  });
  sc.technologies.forEach((t, i) => {
    if (!sc.industries.some((ind) => ind.uses.some((u) => u.tech === t.id))) {
      warn(`technologies[${i}]`, `No industry uses "${t.id}": a shortage of it would hurt no one.`);
    }
  });

  sc.champions.forEach((c, i) => {
    if (!industryIds.has(c.industry))
      error(
        `champions[${i}].industry`,
        `Champion "${c.id}" leads industry "${c.industry}", which does not exist.`,
      );
  });

  sc.events.forEach((e, i) => {
    const p = `events[${i}]`;
    checkCite(e.cite.article, `${p}.cite.article`);
    e.when.forEach((c, j) => {
      checkCondition(sc, c, `${p}.when[${j}]`, problems);
    });
    e.effects.forEach((f, j) => {
      checkEffect(sc, f, `${p}.effects[${j}]`, problems);
    });
    if (e.at !== undefined && e.at > sc.turns)
      warn(
        `${p}.at`,
        `Event "${e.id}" is set for turn ${e.at}, after the last turn (${sc.turns}); it will never fire.`,
      );
    if (e.weight === 0 && e.at === undefined)
      warn(`${p}.weight`, `Event "${e.id}" has weight 0 and no turn: it will never fire.`);
    if (e.choice) {
      unique(e.choice.options, `${p}.choice.options`, 'option');
      e.choice.options.forEach((o, k) => {
        o.effects.forEach((f, j) => {
          checkEffect(sc, f, `${p}.choice.options[${k}].effects[${j}]`, problems);
        });
        checkText(o.label, `${p}.choice.options[${k}].label`, problems);
      });
    }
    checkText(e.title, `${p}.title`, problems);
    checkText(e.text, `${p}.text`, problems);
  });

  const { leader, selfReliant, nextJapan } = sc.endings;
  const maxMake = Math.max(...sc.technologies.map((t) => t.holder.make.capability)) + CAPABILITY_HEADROOM;
  for (const [name, make] of [
    ['leader', leader.make],
    ['selfReliant', selfReliant.make],
    ['nextJapan', nextJapan.make],
  ] as const) {
    if (make > maxMake)
      error(
        `endings.${name}.make`,
        `"make" of ${make} can never be reached: no technology can climb above ${maxMake}.`,
      );
  }
  if (nextJapan.make > selfReliant.make)
    warn(
      'endings.nextJapan.make',
      'The Next Japan needs more "make" than Self-reliant; the ending order makes that odd.',
    );
  if (sc.negotiation.first > sc.turns)
    warn(
      'negotiation.first',
      `The first talks (turn ${sc.negotiation.first}) come after the last turn (${sc.turns}).`,
    );
  sc.endings.cites.forEach((c, i) => {
    checkCite(c.article, `endings.cites[${i}].article`);
  });
  checkCite(sc.source.article, 'source.article');

  if (sc.tutorial) {
    sc.tutorial.forEach((step, i) => {
      step.unlocks.forEach((u, j) => {
        if (!(ACTION_TYPES as readonly string[]).includes(u)) {
          error(
            `tutorial[${i}].unlocks[${j}]`,
            `"${u}" is not an action; actions are ${ACTION_TYPES.join(', ')}.`,
          );
        }
      });
      if (step.turn > sc.turns)
        warn(`tutorial[${i}].turn`, `Step on turn ${step.turn} comes after the last turn (${sc.turns}).`);
      checkText(step.text, `tutorial[${i}].text`, problems);
    });
  }

  checkText(sc.title, 'title', problems);
  checkText(sc.briefing, 'briefing', problems);
  checkText(sc.numbers.note, 'numbers.note', problems);
  sc.technologies.forEach((t, i) => {
    checkText(t.name, `technologies[${i}].name`, problems);
  });
  sc.industries.forEach((t, i) => {
    checkText(t.name, `industries[${i}].name`, problems);
  });
  sc.champions.forEach((t, i) => {
    checkText(t.name, `champions[${i}].name`, problems);
  });
  checkText(sc.holder.name, 'holder.name', problems);
  checkText(sc.challenger.name, 'challenger.name', problems);
  return problems;

  function checkCite(name: string, path: string) {
    if (!(KNOWN_ARTICLES as readonly string[]).includes(name)) {
      warn(path, `"${name}" is not one of the three source articles (${KNOWN_ARTICLES.join(', ')}).`);
    }
  }
}

/** A text exists in both languages: the Chinese has Chinese characters, the English has Latin words. */
function checkText(text: Text, path: string, problems: Problem[]) {
  if (!CJK.test(text.zh))
    problems.push({
      severity: 'warning',
      path: `${path}.zh`,
      message: `The 中文 text has no Chinese characters: "${text.zh.slice(0, 40)}". Is the translation missing?`,
    });
  if (!LATIN_WORD.test(text.en) && /\S/.test(text.en)) {
    problems.push({
      severity: 'warning',
      path: `${path}.en`,
      message: `The English text has no English words: "${text.en.slice(0, 40)}". Is the translation missing?`,
    });
  }
  if (text.zh === text.en && text.zh.length > 3)
    problems.push({
      severity: 'warning',
      path,
      message: 'The 中文 and English texts are identical: one translation is missing.',
    });
}

function checkCondition(sc: Scenario, c: Condition, path: string, problems: Problem[]) {
  const field = resolveField(sc, c.field);
  if (!field) {
    problems.push({
      severity: 'error',
      path: `${path}.field`,
      message: `There is no field "${c.field}". See the list of fields in scenarios/README.md.`,
    });
    return;
  }
  if (field.kind === 'number' && typeof c.value !== 'number') {
    problems.push({
      severity: 'error',
      path: `${path}.value`,
      message: `"${c.field}" is a number; compare it with a number.`,
    });
  } else if (field.kind === 'control' && !(CONTROL_LEVELS as readonly unknown[]).includes(c.value)) {
    problems.push({
      severity: 'error',
      path: `${path}.value`,
      message: `"${c.field}" is a control level: ${CONTROL_LEVELS.join(', ')}.`,
    });
  } else if (field.kind === 'boolean' && typeof c.value !== 'boolean') {
    problems.push({ severity: 'error', path: `${path}.value`, message: `"${c.field}" is true or false.` });
  }
  if (field.kind !== 'number' && !['==', '!='].includes(c.op)) {
    problems.push({
      severity: 'error',
      path: `${path}.op`,
      message: `"${c.field}" can only be compared with == or !=.`,
    });
  }
  if (field.kind === 'number' && typeof c.value === 'number') {
    const range = fieldRange(c.field);
    if (range && neverTrue(c.op, c.value, range)) {
      problems.push({
        severity: 'error',
        path: `${path}.value`,
        message: `"${c.field} ${c.op} ${c.value}" can never be true: the field stays between ${range[0]} and ${range[1]}.`,
      });
    }
  }
}

function checkEffect(sc: Scenario, f: Effect, path: string, problems: Problem[]) {
  const field = resolveField(sc, f.field);
  if (!field) {
    problems.push({
      severity: 'error',
      path: `${path}.field`,
      message: `There is no field "${f.field}". See the list of fields in scenarios/README.md.`,
    });
    return;
  }
  if (!field.set) {
    problems.push({
      severity: 'error',
      path: `${path}.field`,
      message: `"${f.field}" can be read but not changed by an event.`,
    });
    return;
  }
  if (f.op === 'add' && (field.kind !== 'number' || typeof f.value !== 'number')) {
    problems.push({
      severity: 'error',
      path,
      message: `"add" needs a number field and a number value; use "set" for "${f.field}".`,
    });
  } else if (f.op === 'set') {
    const okValue =
      (field.kind === 'number' && typeof f.value === 'number') ||
      (field.kind === 'boolean' && typeof f.value === 'boolean') ||
      (field.kind === 'control' && (CONTROL_LEVELS as readonly unknown[]).includes(f.value));
    if (!okValue)
      problems.push({
        severity: 'error',
        path: `${path}.value`,
        message: `"${f.value}" is not a value "${f.field}" can take.`,
      });
  }
}

/** The range a numeric field stays within, when it has a fixed one. */
function fieldRange(path: string): [number, number] | null {
  if (/\.(capability|chain)$/.test(path) || path === 'tension' || path === 'challenger.resolve')
    return [0, 100];
  if (/Share$|\.shortage$/.test(path)) return [0, 1];
  if (/\.rope$/.test(path)) return [-100, 100];
  if (/^(holder|challenger)\.(money|capital|economy|income)$|\.capacity$|\.stockpile$|\.demand\./.test(path))
    return [0, Number.POSITIVE_INFINITY];
  return null;
}

function neverTrue(op: string, v: number, [lo, hi]: [number, number]): boolean {
  switch (op) {
    case '>':
      return v >= hi;
    case '>=':
      return v > hi;
    case '<':
      return v <= lo;
    case '<=':
      return v < lo;
    case '==':
      return v < lo || v > hi;
    default:
      return false;
  }
}

function findCycles(sc: Scenario): string[][] {
  const deps = new Map(sc.technologies.map((t) => [t.id, t.dependsOn]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const visit = (id: string, trail: string[]) => {
    const st = state.get(id);
    if (st === 'done') return;
    if (st === 'visiting') {
      cycles.push([...trail.slice(trail.indexOf(id)), id]);
      return;
    }
    state.set(id, 'visiting');
    for (const d of deps.get(id) ?? []) if (deps.has(d)) visit(d, [...trail, id]);
    state.set(id, 'done');
  };
  for (const t of sc.technologies) visit(t.id, []);
  return cycles;
}
