// The scenario validator, in two passes. The first checks the shape against the zod schema; the
// second, on a well-shaped scenario, checks what a schema cannot: references, cycles, thresholds that
// can never be reached, fields that do not exist, texts that miss a language. It collects every
// problem, each with a severity, a JSON path and a plain sentence, and never throws. It imports
// nothing from Node, so the browser runs the very same code.
import type { z } from 'zod';
import {
  ACTION_SIDES,
  CAPABILITY_HEADROOM,
  CONTROL_LEVELS,
  type FieldRef,
  resolveField,
} from '../sim/index.ts';
import { KNOWN_ARTICLES } from './articles.ts';
import { closest, didYouMean } from './didYouMean.ts';
import { duplicateKeyProblems, hiddenTextProblems } from './hiddenText.ts';
import { migrate } from './migrate.ts';
import { parseJsonText } from './parse.ts';
import { hasErrors, jsonPath, type Problem, quote } from './problems.ts';
import {
  type Cite,
  type Condition,
  type Effect,
  ENDING_KEYS,
  type Scenario,
  ScenarioSchema,
  type Text,
} from './schema.ts';


/** Past this many, problems are summarised: a hostile file must not flood the screen. */
export const MAX_PROBLEMS = 200;

export interface Validation {
  scenario: Scenario | null; // set when there are no errors
  problems: Problem[]; // errors first, then warnings, then notes (what was migrated), each in file order
}

/** What the validator may be given beside the file: the source articles' texts, to check quotes against. */
export interface ValidateOptions {
  articles?: ReadonlyMap<string, string>; // file name → text
}

/** Validates the text of a scenario file: size and nesting limits, JSON, shape, then cross-references. */
export function validateScenarioText(text: string, options: ValidateOptions = {}): Validation {
  const parsed = parseJsonText(text, 'scenario file');
  if (!parsed.ok) return { scenario: null, problems: parsed.error };
  return withProblems(validateScenario(parsed.value, options), duplicateKeyProblems(text));
}

/** Validates an already-parsed value: its shape and references, and the characters in its strings. */
export function validateScenario(raw: unknown, options: ValidateOptions = {}): Validation {
  return withProblems(validateValue(raw, options), hiddenTextProblems(raw));
}

/** A validation with more problems found beside it: any error among them refuses the scenario. */
function withProblems(v: Validation, more: Problem[]): Validation {
  if (more.length === 0) return v;
  const problems = finish([...more, ...v.problems]);
  return { scenario: hasErrors(problems) ? null : v.scenario, problems };
}

function validateValue(raw: unknown, options: ValidateOptions): Validation {
  try {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      return {
        scenario: null,
        problems: [
          {
            severity: 'error',
            path: '(root)',
            message: `A scenario is a JSON object ({ … }), not ${describe(raw)}.`,
          },
        ],
      };
    }
    if (isJsonSchema(raw)) {
      return {
        scenario: null,
        problems: [
          {
            severity: 'error',
            path: '$schema',
            message: 'This is a JSON Schema (the description of the scenario format), not a scenario.',
          },
        ],
      };
    }
    // An older file is migrated first; what the migration changed is reported as notes.
    const migration = migrate(raw);
    const migrated: Problem[] = migration.notes.map((n) => ({
      severity: 'note',
      path: n.path,
      message: `Migrated from format version ${migration.from}: ${n.message}`,
    }));
    const shape = ScenarioSchema.safeParse(migration.value, { reportInput: true });
    if (!shape.success)
      return { scenario: null, problems: finish([...shape.error.issues.map(describeIssue), ...migrated]) };
    const problems = [...crossCheck(shape.data, options), ...migrated];
    if (!Object.hasOwn(raw, '$schema')) {
      problems.push({
        severity: 'warning',
        path: '$schema',
        message: 'Add "$schema": "./scenario.schema.json" so that editors complete and check this file.',
      });
    }
    return { scenario: hasErrors(problems) ? null : shape.data, problems: finish(problems) };
  } catch (e) {
    // The validator must never throw on input; if it does, that is a bug, reported as a problem.
    return {
      scenario: null,
      problems: [
        {
          severity: 'error',
          path: '(root)',
          message: `The validator failed on this file (a bug; please report it): ${quote(String(e), 120)}`,
        },
      ],
    };
  }
}

/** A JSON Schema document, such as scenarios/scenario.schema.json, names a json-schema.org draft. */
export function isJsonSchema(raw: object): boolean {
  const id = (raw as { $schema?: unknown }).$schema;
  return typeof id === 'string' && /^https?:\/\/json-schema\.org\//.test(id);
}

/** Errors first, then warnings, then notes; past MAX_PROBLEMS the rest are counted, not listed. */
function finish(problems: Problem[]): Problem[] {
  const sorted = [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity === 'warning'),
    ...problems.filter((p) => p.severity === 'note'),
  ];
  if (sorted.length <= MAX_PROBLEMS) return sorted;
  const shown = sorted.slice(0, MAX_PROBLEMS);
  const hidden = sorted.slice(MAX_PROBLEMS);
  shown.push({
    severity: hasErrors(hidden) ? 'error' : 'warning',
    path: '(root)',
    message: `…and ${hidden.length} more problems not listed. Fix the ones above and validate again.`,
  });
  return shown;
}

const MAX_KEYS_NAMED = 5;

function describeIssue(issue: z.core.$ZodIssue): Problem {
  const path = jsonPath(issue.path);
  const at = (m: string): Problem => ({ severity: 'error', path, message: m });
  switch (issue.code) {
    case 'invalid_type': {
      if (!('input' in issue) || issue.input === undefined)
        return at(`This field is required (${expected(issue.expected)}).`);
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input))
        return at('This number is out of range: it overflows to infinity. Numbers must be finite.');
      return at(`Should be ${expected(issue.expected)}, not ${describe(issue.input)}.`);
    }
    case 'unrecognized_keys': {
      const named = issue.keys.slice(0, MAX_KEYS_NAMED).map((k) => {
        const near = closest(k, FIELD_NAMES);
        return near ? `${quote(k, 40)} (did you mean "${near}"?)` : quote(k, 40);
      });
      const more = issue.keys.length - named.length;
      const list = more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
      return at(
        `Unknown field${issue.keys.length > 1 ? 's' : ''} ${list} in ${where(path)}: check the spelling against scenarios/README.md.`,
      );
    }
    case 'too_small':
      if (issue.origin === 'array')
        return at(
          `The list ${where(path)} needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'item' : 'items'}${countOf(issue)}: add ${Number(issue.minimum) === 1 ? 'one' : 'more'}.`,
        );
      if (issue.origin === 'string')
        return at(
          Number(issue.minimum) <= 1 ? 'Must not be empty.' : `Must be at least ${issue.minimum} characters.`,
        );
      return at(
        issue.inclusive === false
          ? `Must be more than ${issue.minimum}.`
          : `Must be at least ${issue.minimum}.`,
      );
    case 'too_big':
      if (issue.origin === 'array')
        return at(`Has too many items: at most ${issue.maximum}${countOf(issue)}.`);
      if (issue.origin === 'string') return at(`Is too long: at most ${issue.maximum} characters.`);
      return at(`Must be at most ${issue.maximum}.`);
    case 'invalid_value':
      if ('input' in issue && issue.input === undefined)
        return at(`This field is required: ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}.`);
      return at(
        issue.values.length === 1
          ? `Must be ${JSON.stringify(issue.values[0])}.`
          : `Must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
      );
    case 'invalid_format': {
      const input = (issue as { input?: unknown }).input;
      // The hidden-character rule must not echo what it refuses.
      if (typeof input !== 'string' || /invisible/.test(issue.message)) return at(issue.message);
      return at(`${issue.message.replace(/\.$/, '')}; this is ${describe(input)}.`);
    }
    case 'invalid_union':
      return at(
        `Must be a number, a short text or true/false, not ${describe((issue as { input?: unknown }).input)}.`,
      );
    default:
      return at(issue.message);
  }
}

/** Every field name the format knows, for "did you mean". */
const FIELD_NAMES: readonly string[] = fieldNames(ScenarioSchema);

function fieldNames(schema: z.ZodType): string[] {
  const names = new Set<string>();
  const walk = (node: unknown, depth: number): void => {
    if (depth > 12 || node === null || typeof node !== 'object') return;
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    const shape = def.shape as Record<string, unknown> | undefined;
    if (shape)
      for (const [k, v] of Object.entries(shape)) {
        names.add(k);
        walk(v, depth + 1);
      }
    for (const key of ['innerType', 'element', 'in', 'out'] as const) walk(def[key], depth + 1);
    if (Array.isArray(def.options)) for (const o of def.options) walk(o, depth + 1);
  };
  walk(schema, 0);
  return [...names];
}

/** A JSON path in words: "technologies[2].cite" → "in technologies[2].cite" (the file's top level for none). */
function where(path: string): string {
  return path === '' || path === '(root)' ? 'at the top level of the file' : `"${path}"`;
}

function countOf(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  return Array.isArray(input) ? `, not ${input.length}` : '';
}

function expected(t: string): string {
  switch (t) {
    case 'int':
      return 'a whole number';
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'a text';
    default:
      return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number') return Number.isFinite(v) ? `the number ${v}` : 'a number out of range';
  if (typeof v === 'string') return `the text ${quote(v, 30)}`;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

const CJK = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{3,}/;
const MARKUP = /<\s*\/?\s*[A-Za-z!][^>]*>|&[A-Za-z]+;|&#\d+;/;

/** What every check of the second pass reads and where it reports. */
interface Check {
  sc: Scenario;
  problems: Problem[];
  error(path: string, message: string): void;
  warn(path: string, message: string): void;
  /** A text in both languages, free of markup. */
  text(t: Text | undefined, path: string): void;
  /** A citation of one of the source articles. */
  cite(c: Cite | undefined, path: string): void;
  /** Ids in a list used once each. */
  unique(items: readonly { id: string }[], where: string, what: string): void;
  techIds: ReadonlySet<string>;
  industryIds: ReadonlySet<string>;
}

/** The second pass, on a well-shaped scenario: one check per kind of object, every problem collected. */
function crossCheck(sc: Scenario, options: ValidateOptions): Problem[] {
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
  const techIds = new Set(sc.technologies.map((t) => t.id));
  const industryIds = new Set(sc.industries.map((i) => i.id));
  const sourceIds = sc.sources.map((x) => x.id);
  const cite = (c: Cite | undefined, path: string) => {
    if (!c) return;
    const source = sc.sources.find((x) => x.id === c.source);
    if (!source)
      error(
        `${path}.source`,
        `Cites the source "${c.source}", which is not in "sources"${didYouMean(c.source, sourceIds)}: add it there, or name one of ${sourceIds.map((x) => `"${x}"`).join(', ')}.`,
      );
    if (c.quote === undefined && c.says === undefined)
      error(path, 'A citation needs a "quote" from the source, or "says": what it says, in your words.');
    if (c.quote !== undefined) markup(c.quote, `${path}.quote`, warn);
    if (c.says) checkText(c.says, `${path}.says`, warn);
    if (c.translation && c.quote === undefined)
      warn(`${path}.translation`, 'A translation belongs to a quote: this citation has none.');
    // A quote from one of the game's articles must be in it, word for word, where the article is at hand.
    const text = source?.article ? options.articles?.get(source.article) : undefined;
    if (text !== undefined && c.quote !== undefined && !text.includes(c.quote))
      error(
        `${path}.quote`,
        `This quote is not in the article ${source!.article}, word for word: copy it from the article (same characters and punctuation), or use "says" to put it in your words.`,
      );
  };
  const text = (t: Text | undefined, path: string) => {
    if (t) checkText(t, path, warn);
  };

  const check: Check = { sc, problems, error, warn, text, cite, unique, techIds, industryIds };
  for (const run of [
    checkIds,
    checkSources,
    checkScenario,
    checkTechnologies,
    checkIndustries,
    checkChampions,
    checkEvents,
    checkEndings,
    checkTalks,
    checkTutorial,
  ])
    run(check);
  return problems;
}

/** Every id is used once in its list. */
function checkIds({ sc, unique }: Check): void {
  unique(sc.technologies, 'technologies', 'technology');
  unique(sc.industries, 'industries', 'industry');
  unique(sc.champions, 'champions', 'champion');
  unique(sc.events, 'events', 'event');
}

/** Sources: ids used once, the game's articles named rightly, any other source with an author or publisher. */
function checkSources({ sc, warn, text, unique }: Check): void {
  unique(sc.sources, 'sources', 'source');
  sc.sources.forEach((x, i) => {
    const p = `sources[${i}]`;
    text(x.title, `${p}.title`);
    if (x.article !== undefined && !KNOWN_ARTICLES.includes(x.article))
      warn(
        `${p}.article`,
        `"${x.article}" is not one of the game's three articles${didYouMean(x.article, KNOWN_ARTICLES)} (${KNOWN_ARTICLES.join(', ')}). For any other source, leave out "article" and give its title with an author or a publisher.`,
      );
    if (x.article === undefined && x.author === undefined && x.publisher === undefined)
      warn(p, `Say who wrote or published the source "${x.id}": add "author" or "publisher".`);
  });
  const cited = new Set<string>();
  const collect = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) collect(child);
      return;
    }
    const source = (node as { source?: unknown }).source;
    if (typeof source === 'string') cited.add(source);
    for (const [key, child] of Object.entries(node)) if (key !== 'sources') collect(child);
  };
  collect(sc);
  sc.sources.forEach((x, i) => {
    if (!cited.has(x.id))
      warn(`sources[${i}]`, `The source "${x.id}" is listed but nothing cites it: cite it, or remove it.`);
  });
}

/** The scenario's own texts, source and starting capital. */
function checkScenario({ sc, warn, text, cite }: Check): void {
  text(sc.title, 'title');
  text(sc.briefing, 'briefing');
  text(sc.teaches, 'teaches');
  text(sc.numbers.note, 'numbers.note');
  cite(sc.cite, 'cite');
  text(sc.holder.name, 'holder.name');
  text(sc.challenger.name, 'challenger.name');
  text(sc.others.name, 'others.name');
  if (sc.holder.capital.start > sc.holder.capital.max)
    warn('holder.capital.start', 'The holder starts with more capital than it can ever hold (max).');
  if (sc.challenger.capital.start > sc.challenger.capital.max)
    warn('challenger.capital.start', 'The challenger starts with more capital than it can ever hold (max).');
}

/** Technologies: dependencies that exist and form no loop, shares that add up, reachable thresholds. */
function checkTechnologies({ sc, error, warn, text, cite, techIds }: Check): void {
  // --- Technologies ---
  sc.technologies.forEach((t, i) => {
    const p = `technologies[${i}]`;
    text(t.name, `${p}.name`);
    cite(t.cite, `${p}.cite`);
    const deps = new Set<string>();
    t.dependsOn.forEach((d, j) => {
      if (d === t.id) error(`${p}.dependsOn[${j}]`, `"${t.id}" cannot depend on itself.`);
      else if (!techIds.has(d))
        error(
          `${p}.dependsOn[${j}]`,
          `"${t.id}" depends on technology "${d}", which does not exist${didYouMean(d, techIds)}.`,
        );
      if (deps.has(d)) warn(`${p}.dependsOn[${j}]`, `"${t.id}" lists "${d}" twice.`);
      deps.add(d);
    });
    const home = t.holder.sell.domestic + t.challenger.sell.domestic + t.others.sell.domestic;
    if (home > 1.001)
      error(
        `${p}`,
        `Home-market shares of "${t.id}" (holder + challenger + others .sell.domestic) add up to ${home.toFixed(3)}; they can be at most 1 (the rest is shortage).`,
      );
    const abroad = t.holder.sell.foreign + t.challenger.sell.foreign + t.others.sell.foreign;
    if (Math.abs(abroad - 1) > 0.02)
      error(
        `${p}`,
        `Foreign-market shares of "${t.id}" (holder + challenger + others .sell.foreign) add up to ${abroad.toFixed(3)}; they must add up to 1.`,
      );
    const reach = t.holder.make.capability + CAPABILITY_HEADROOM;
    if (t.reliabilityThreshold > reach) {
      error(
        `${p}.reliabilityThreshold`,
        `A reliability threshold of ${t.reliabilityThreshold} on "${t.id}" can never be reached: the challenger's research stalls near the holder's capability plus ${CAPABILITY_HEADROOM} (${reach}).`,
      );
    }
    if (t.downgradeCap > t.holder.make.capability) {
      warn(
        `${p}.downgradeCap`,
        `The special edition of "${t.id}" is capped at ${t.downgradeCap}, above the holder's own ${t.holder.make.capability}: the downgraded level would change nothing.`,
      );
    }
    if (t.challenger.make.capability > t.holder.make.capability) {
      warn(
        `${p}.challenger.make.capability`,
        `The challenger starts ahead of the holder on "${t.id}"; is that intended?`,
      );
    }
    if (home < 0.999 && t.challenger.make.capacity + t.others.capacity <= 0 && t.holder.sell.domestic <= 0)
      warn(`${p}`, `Nobody supplies "${t.id}" at home at the start: the game opens in a total shortage.`);
  });
  for (const cycle of findCycles(sc))
    error(
      'technologies',
      `Dependency cycle: ${cycle.join(' → ')}. Dependencies must form no loop (see dependsOn).`,
    );
}

/** Industries: inputs that exist, weights that add up; and every technology used by one. */
function checkIndustries({ sc, error, warn, text, cite, techIds }: Check): void {
  // --- Industries and champions ---
  sc.industries.forEach((ind, i) => {
    const p = `industries[${i}]`;
    text(ind.name, `${p}.name`);
    cite(ind.cite, `${p}.cite`);
    let weight = 0;
    const used = new Set<string>();
    ind.uses.forEach((u, j) => {
      weight += u.weight;
      if (!techIds.has(u.tech))
        error(
          `${p}.uses[${j}].tech`,
          `Industry "${ind.id}" uses technology "${u.tech}", which does not exist${didYouMean(u.tech, techIds)}.`,
        );
      if (used.has(u.tech)) error(`${p}.uses[${j}].tech`, `Industry "${ind.id}" lists "${u.tech}" twice.`);
      used.add(u.tech);
    });
    if (weight > 1.0001)
      error(
        `${p}.uses`,
        `Industry "${ind.id}" depends on its inputs with weights adding up to ${weight.toFixed(2)}; at most 1.`,
      );
  });
  sc.technologies.forEach((t, i) => {
    if (!sc.industries.some((ind) => ind.uses.some((u) => u.tech === t.id))) {
      warn(`technologies[${i}]`, `No industry uses "${t.id}": a shortage of it would hurt no one.`);
    }
  });
}

/** Champions: each leads an industry that exists. */
function checkChampions({ sc, error, warn, text, cite, industryIds }: Check): void {
  const championWeight = new Map<string, number>();
  sc.champions.forEach((c, i) => {
    const p = `champions[${i}]`;
    text(c.name, `${p}.name`);
    cite(c.cite, `${p}.cite`);
    if (!industryIds.has(c.industry))
      error(
        `${p}.industry`,
        `Champion "${c.id}" leads industry "${c.industry}", which does not exist${didYouMean(c.industry, industryIds)}.`,
      );
    const total = (championWeight.get(c.industry) ?? 0) + c.weight;
    championWeight.set(c.industry, total);
    if (total > 1.0001)
      warn(
        `${p}.weight`,
        `The champions of industry "${c.industry}" weigh ${total.toFixed(2)} together; more than 1 counts as 1.`,
      );
  });
}

/** Events: conditions and effects on fields that exist, and that can fire at all. */
function checkEvents({ sc, error, warn, text, cite, unique, problems }: Check): void {
  // --- Events ---
  sc.events.forEach((e, i) => {
    const p = `events[${i}]`;
    text(e.title, `${p}.title`);
    text(e.text, `${p}.text`);
    cite(e.cite, `${p}.cite`);
    text(e.invented, `${p}.invented`);
    if (!e.cite && !e.invented)
      error(
        p,
        `Event "${e.id}" neither cites a source nor says it is invented: add "cite", or "invented" with a sentence on why it is in the game.`,
      );
    if (e.trigger === 'when-met' && e.when.length === 0)
      error(
        `${p}.trigger`,
        `Event "${e.id}" fires "when-met" but has no conditions ("when"): add them, or use "at" for a fixed turn.`,
      );
    if (e.trigger === 'when-met' && e.at !== undefined)
      error(`${p}.trigger`, `Event "${e.id}" has both "at" and "trigger": "when-met": keep one.`);
    if (e.trigger === 'when-met' && !e.once)
      warn(
        `${p}.once`,
        `Event "${e.id}" fires "when-met", which is once a game: "once": false changes nothing.`,
      );
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
    if (e.weight === 0 && e.at === undefined && e.trigger === 'draw')
      warn(`${p}.weight`, `Event "${e.id}" has weight 0 and no turn: it will never fire.`);
    if (e.at === undefined && e.trigger === 'draw' && sc.eventChance === 0)
      warn(`${p}`, `Event "${e.id}" has no turn and eventChance is 0: it will never be drawn.`);
    if (e.choice) {
      unique(e.choice.options, `${p}.choice.options`, 'option');
      e.choice.options.forEach((o, k) => {
        o.effects.forEach((f, j) => {
          checkEffect(sc, f, `${p}.choice.options[${k}].effects[${j}]`, problems);
        });
        text(o.label, `${p}.choice.options[${k}].label`);
      });
    }
  });
}

/** Endings: thresholds the rules can reach, in a sensible order; their texts and sources. */
function checkEndings({ sc, error, warn, text, cite }: Check): void {
  // --- Endings ---
  const { leader, selfReliant, nextJapan, crisis } = sc.endings;
  const maxMake = Math.max(...sc.technologies.map((t) => t.holder.make.capability)) + CAPABILITY_HEADROOM;
  for (const [name, test] of [
    ['leader', leader],
    ['selfReliant', selfReliant],
    ['nextJapan', nextJapan],
  ] as const) {
    if (test.lanes > sc.technologies.length)
      error(
        `endings.${name}.lanes`,
        `${test.lanes} technologies must reach the marks, but the scenario has ${sc.technologies.length}: the ending can never be reached.`,
      );
    if (test.make !== undefined && test.make > maxMake)
      error(
        `endings.${name}.make`,
        `A "make" mark of ${test.make} can never be reached: no technology's research gets past about ${maxMake} (the holder's best capability plus ${CAPABILITY_HEADROOM}).`,
      );
  }
  if (leader.rope !== undefined && selfReliant.rope !== undefined && leader.rope < selfReliant.rope)
    warn(
      'endings.leader.rope',
      `Leader's rope mark (${leader.rope}) is below Self-reliant's (${selfReliant.rope}): Leader is checked first, so is it meant to be easier?`,
    );
  if (sc.endings.holderHurt > sc.endings.holderHealthy)
    warn(
      'endings.holderHurt',
      `holderHurt (${sc.endings.holderHurt}) is above holderHealthy (${sc.endings.holderHealthy}): firms would count as hurt while healthy.`,
    );
  if (crisis.depth === 0)
    warn('endings.crisis.depth', 'A crisis depth of 0 can never be reached: no crisis.');
  if (crisis.turns > sc.turns)
    warn(
      'endings.crisis.turns',
      `A crisis needs ${crisis.turns} turns in a row but the game has ${sc.turns}: it can never happen.`,
    );
  sc.endings.cites.forEach((c, i) => {
    cite(c, `endings.cites[${i}]`);
  });
  for (const key of ENDING_KEYS) {
    const about = sc.endings.about?.[key];
    if (!about) continue;
    text(about.text, `endings.about.${key}.text`);
    cite(about.cite, `endings.about.${key}.cite`);
  }
}

/** Talks: the first round comes within the game. */
function checkTalks({ sc, warn }: Check): void {
  // --- Talks and tutorial ---
  if (sc.negotiation.first > sc.turns)
    warn(
      'negotiation.first',
      `The first talks (turn ${sc.negotiation.first}) come after the last turn (${sc.turns}).`,
    );
}

/** The tutorial: one step a turn, within the game, unlocking something the suggested side can do. */
function checkTutorial({ sc, warn, text }: Check): void {
  if (sc.tutorial) {
    const turns = new Map<number, number>();
    sc.tutorial.forEach((step, i) => {
      if (step.turn > sc.turns)
        warn(`tutorial[${i}].turn`, `Step on turn ${step.turn} comes after the last turn (${sc.turns}).`);
      const first = turns.get(step.turn);
      if (first !== undefined)
        warn(`tutorial[${i}].turn`, `Two steps on turn ${step.turn} (the first is tutorial[${first}]).`);
      else turns.set(step.turn, i);
      text(step.text, `tutorial[${i}].text`);
    });
    if (sc.tutorial.length === 0)
      warn('tutorial', 'An empty tutorial locks every action for the whole game.');
    if (sc.suggestedSide) {
      const side = sc.suggestedSide;
      const usable = sc.tutorial.some((s) => s.unlocks.some((u) => ACTION_SIDES[u].includes(side)));
      if (!usable) warn('tutorial', `No step unlocks an action the ${side} (the suggested side) can take.`);
    }
  }
}

/** A text exists in both languages: the Chinese has Chinese characters, the English has Latin words. */
function checkText(text: Text, path: string, warn: (path: string, message: string) => void) {
  if (!CJK.test(text.zh))
    warn(
      `${path}.zh`,
      `The 中文 text has no Chinese characters: ${quote(text.zh, 40)}. Is the translation missing?`,
    );
  if (!LATIN_WORD.test(text.en))
    warn(
      `${path}.en`,
      `The English text has no English words: ${quote(text.en, 40)}. Is the translation missing?`,
    );
  if (text.zh === text.en && text.zh.length > 3)
    warn(path, 'The 中文 and English texts are identical: one translation is missing.');
  markup(text.zh, `${path}.zh`, warn);
  markup(text.en, `${path}.en`, warn);
}

function markup(s: string, path: string, warn: (path: string, message: string) => void) {
  if (MARKUP.test(s))
    warn(
      path,
      'This looks like HTML; the game shows texts as plain text, so the markup will appear as typed.',
    );
}

/** Names the missing id when a field refers to a technology, industry or champion that does not exist. */
function missingField(sc: Scenario, field: string): string {
  const [head, id] = field.split('.');
  const lists = {
    tech: ['technology', sc.technologies],
    industry: ['industry', sc.industries],
    champion: ['champion', sc.champions],
  } as const;
  const list = head !== undefined && Object.hasOwn(lists, head) ? lists[head as keyof typeof lists] : null;
  if (list && id !== undefined && !list[1].some((x) => x.id === id))
    return `There is no ${list[0]} "${id}"${didYouMean(
      id,
      list[1].map((x) => x.id),
    )}, so there is no field ${quote(field, 80)}.`;
  return `There is no field ${quote(field, 80)}. See the list of fields in scenarios/README.md.`;
}

function checkCondition(sc: Scenario, c: Condition, path: string, problems: Problem[]) {
  const err = (at: string, message: string) => problems.push({ severity: 'error', path: at, message });
  const field = resolveField(sc, c.field);
  if (!field) {
    err(`${path}.field`, missingField(sc, c.field));
    return;
  }
  if (field.kind === 'number' && typeof c.value !== 'number') {
    err(`${path}.value`, `"${c.field}" is a number; compare it with a number.`);
  } else if (field.kind === 'control' && !(CONTROL_LEVELS as readonly unknown[]).includes(c.value)) {
    err(`${path}.value`, `"${c.field}" is a control level: ${CONTROL_LEVELS.join(', ')}.`);
  } else if (field.kind === 'boolean' && typeof c.value !== 'boolean') {
    err(`${path}.value`, `"${c.field}" is true or false.`);
  }
  if (field.kind !== 'number' && !['==', '!='].includes(c.op)) {
    err(`${path}.op`, `"${c.field}" can only be compared with == or !=.`);
  }
  if (field.kind === 'number' && typeof c.value === 'number') {
    const range = fieldRange(sc, c.field);
    if (range && neverTrue(c.op, c.value, range)) {
      err(
        `${path}.value`,
        `"${c.field} ${c.op} ${c.value}" can never be true: the field stays between ${range[0]} and ${range[1]}.`,
      );
    }
  }
}

function checkEffect(sc: Scenario, f: Effect, path: string, problems: Problem[]) {
  const err = (at: string, message: string) => problems.push({ severity: 'error', path: at, message });
  const field: FieldRef | null = resolveField(sc, f.field);
  if (!field) {
    err(`${path}.field`, missingField(sc, f.field));
    return;
  }
  if (!field.set) {
    err(`${path}.field`, `"${f.field}" can be read but not changed by an event.`);
    return;
  }
  if (f.op === 'add' && (field.kind !== 'number' || typeof f.value !== 'number')) {
    err(path, `"add" needs a number field and a number value; use "set" for "${f.field}".`);
  } else if (f.op === 'set' || f.op === 'atLeast' || f.op === 'atMost') {
    const okValue =
      (field.kind === 'number' && typeof f.value === 'number') ||
      (field.kind === 'boolean' && typeof f.value === 'boolean') ||
      (field.kind === 'control' && (CONTROL_LEVELS as readonly unknown[]).includes(f.value));
    if (!okValue)
      err(
        `${path}.value`,
        `${quote(String(f.value), 40)} is not a value "${f.field}" can take (${field.kind === 'control' ? CONTROL_LEVELS.join(', ') : field.kind === 'boolean' ? 'true or false' : 'a number'}).`,
      );
    else if (f.op === 'set' && (field.kind === 'control' || field.champion !== undefined))
      problems.push({
        severity: 'warning',
        path: `${path}.op`,
        message: `"set" on "${f.field}" can loosen what the holder chose as well as tighten it; use "atLeast" to tighten or "atMost" to loosen.`,
      });
    else if (field.kind === 'number' && typeof f.value === 'number') {
      const range = fieldRange(sc, f.field);
      if (range && (f.value < range[0] || f.value > range[1]))
        problems.push({
          severity: 'warning',
          path: `${path}.value`,
          message: `"${f.field}" stays between ${range[0]} and ${range[1]}; ${f.value} will be clamped.`,
        });
    }
  }
}

/** The range a numeric field stays within, when it has a fixed one. */
function fieldRange(sc: Scenario, path: string): [number, number] | null {
  if (path === 'turn') return [1, sc.turns];
  if (/\.(capability|chain)$/.test(path) || path === 'tension' || path === 'challenger.resolve')
    return [0, 100];
  if (/Share$|\.shortage$|^industry\.[^.]+\.index$|^challenger\.industryIndex$/.test(path)) return [0, 1];
  if (/\.rope$/.test(path)) return [-100, 100];
  if (path === 'holder.health') return [0, 2];
  if (path === 'holder.allies' || path === 'holder.support') return [0, 3];
  if (path === 'challenger.marketAccess') return [0, 2];
  if (path === 'holder.capital' || path === 'challenger.capital')
    return [0, sc[path === 'holder.capital' ? 'holder' : 'challenger'].capital.max];
  if (
    /^(holder|challenger)\.(money|economy|income|revenue)$|\.capacity$|\.stockpile$|\.demand\.|\.unitCost$|\.output$|crisisTurns$/.test(
      path,
    )
  )
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
    for (const d of deps.get(id) ?? []) if (deps.has(d) && d !== id) visit(d, [...trail, id]);
    state.set(id, 'done');
  };
  for (const t of sc.technologies) visit(t.id, []);
  return cycles;
}
