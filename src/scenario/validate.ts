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
import { closest, didYouMean, didYouMeanZh } from './didYouMean.ts';
import { duplicateKeyProblems, hiddenTextProblems } from './hiddenText.ts';
import { migrate } from './migrate.ts';
import { parseJsonText } from './parse.ts';
import { hasErrors, jsonPath, type Msg, m, type Problem, problem, quote } from './problems.ts';
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
            zh: `场景文件应当是一个 JSON 对象({ … }),而不是${describeZh(raw)}。`,
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
            zh: '这是 JSON Schema(场景格式的说明),不是场景。',
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
      zh: `已从格式版本 ${migration.from} 迁移:${n.zh}`,
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
        zh: '请加上 "$schema": "./scenario.schema.json",编辑器就能补全并检查这个文件。',
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
          zh: `校验器在这个文件上出错了(这是程序缺陷,请报告):${quote(String(e), 120)}`,
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
    zh: `……另有 ${hidden.length} 个问题未列出。先修正上面的问题,再校验一次。`,
  });
  return shown;
}

const MAX_KEYS_NAMED = 5;

function describeIssue(issue: z.core.$ZodIssue): Problem {
  const path = jsonPath(issue.path);
  const at = (message: string | Msg): Problem => problem('error', path, message);
  switch (issue.code) {
    case 'invalid_type': {
      if (!('input' in issue) || issue.input === undefined)
        return at(
          m(
            `This field is required (${expected(issue.expected)}).`,
            `缺少这个字段(应为${expectedZh(issue.expected)})。`,
          ),
        );
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input))
        return at(
          m(
            'This number is out of range: it overflows to infinity. Numbers must be finite.',
            '这个数字超出范围:溢出为无穷大。数字必须是有限值。',
          ),
        );
      return at(
        m(
          `Should be ${expected(issue.expected)}, not ${describe(issue.input)}.`,
          `应为${expectedZh(issue.expected)},而不是${describeZh(issue.input)}。`,
        ),
      );
    }
    case 'unrecognized_keys': {
      const keys = issue.keys
        .slice(0, MAX_KEYS_NAMED)
        .map((k) => ({ k: quote(k, 40), near: closest(k, fieldNames()) }));
      const named = keys.map(({ k, near }) => (near ? `${k} (did you mean "${near}"?)` : k));
      const namedZh = keys.map(({ k, near }) => (near ? `${k}(是不是“${near}”?)` : k));
      const more = issue.keys.length - named.length;
      const list = more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
      const listZh = more > 0 ? `${namedZh.join('、')} 等另外 ${more} 个` : namedZh.join('、');
      return at(
        m(
          `Unknown field${issue.keys.length > 1 ? 's' : ''} ${list} in ${where(path)}: check the spelling against scenarios/README.md.`,
          `${whereZh(path)}中有未知字段 ${listZh}:请对照 scenarios/README.md 检查拼写。`,
        ),
      );
    }
    case 'too_small':
      if (issue.origin === 'array')
        return at(
          m(
            `The list ${where(path)} needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'item' : 'items'}${countOf(issue)}: add ${Number(issue.minimum) === 1 ? 'one' : 'more'}.`,
            `列表${whereZh(path)}至少需要 ${issue.minimum} 项${countOfZh(issue)}:请添加。`,
          ),
        );
      if (issue.origin === 'string')
        return at(
          Number(issue.minimum) <= 1
            ? m('Must not be empty.', '不能为空。')
            : m(`Must be at least ${issue.minimum} characters.`, `至少需要 ${issue.minimum} 个字符。`),
        );
      return at(
        issue.inclusive === false
          ? m(`Must be more than ${issue.minimum}.`, `必须大于 ${issue.minimum}。`)
          : m(`Must be at least ${issue.minimum}.`, `必须不小于 ${issue.minimum}。`),
      );
    case 'too_big':
      if (issue.origin === 'array')
        return at(
          m(
            `Has too many items: at most ${issue.maximum}${countOf(issue)}.`,
            `项目太多:最多 ${issue.maximum} 项${countOfZh(issue)}。`,
          ),
        );
      if (issue.origin === 'string')
        return at(
          m(`Is too long: at most ${issue.maximum} characters.`, `太长:最多 ${issue.maximum} 个字符。`),
        );
      return at(m(`Must be at most ${issue.maximum}.`, `必须不大于 ${issue.maximum}。`));
    case 'invalid_value':
      if ('input' in issue && issue.input === undefined)
        return at(
          m(
            `This field is required: ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}.`,
            `缺少这个字段:${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}。`,
          ),
        );
      return at(
        issue.values.length === 1
          ? m(`Must be ${JSON.stringify(issue.values[0])}.`, `必须是 ${JSON.stringify(issue.values[0])}。`)
          : m(
              `Must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
              `必须是以下之一:${issue.values.map((v) => JSON.stringify(v)).join('、')}。`,
            ),
      );
    case 'invalid_format': {
      const input = (issue as { input?: unknown }).input;
      // The hidden-character rule must not echo what it refuses.
      if (typeof input !== 'string' || /invisible/.test(issue.message)) return at(zodMessage(issue.message));
      return at(
        m(
          `${issue.message.replace(/\.$/, '')}; this is ${describe(input)}.`,
          `格式不对(${issue.message.replace(/\.$/, '')});这里是${describeZh(input)}。`,
        ),
      );
    }
    case 'invalid_union':
      return at(
        m(
          `Must be a number, a short text or true/false, not ${describe((issue as { input?: unknown }).input)}.`,
          `必须是数字、短文本或 true/false,而不是${describeZh((issue as { input?: unknown }).input)}。`,
        ),
      );
    default:
      return at(zodMessage(issue.message));
  }
}

/** The schema's own messages (its patterns), in both languages. */
const ZOD_ZH: Record<string, string> = {
  'Contains an invisible control character (such as an escape code); remove it.':
    '含有不可见的控制字符(例如转义码):请删除。',
  'An id is 1–40 lower-case letters, digits or dashes, starting with a letter.':
    'id 由 1–40 个小写字母、数字或连字符组成,以字母开头。',
  'An article is named like 001_4592820d582c5a5e.txt.': '文章文件名形如 001_4592820d582c5a5e.txt。',
};
const zodMessage = (en: string): string | Msg => (ZOD_ZH[en] ? m(en, ZOD_ZH[en]) : en);

/** The Chinese of a field's expected kind, of a value, of a place in the file, of a kind of object. */
function expectedZh(t: string): string {
  const names: Record<string, string> = {
    int: '整数',
    object: '对象',
    array: '列表',
    boolean: 'true 或 false',
    string: '文本',
    number: '数字',
  };
  return names[t] ?? t;
}

function describeZh(v: unknown): string {
  if (v === null) return ' null';
  if (v === undefined) return '空';
  if (Array.isArray(v)) return '一个列表';
  if (typeof v === 'number') return Number.isFinite(v) ? `数字 ${v}` : '超出范围的数字';
  if (typeof v === 'string') return `文本 ${quote(v, 30)}`;
  if (typeof v === 'boolean') return ` ${String(v)}`;
  if (typeof v === 'object') return '一个对象';
  return typeof v;
}

const whereZh = (path: string): string => (path === '' || path === '(root)' ? '文件顶层' : `“${path}”`);

const countOfZh = (issue: z.core.$ZodIssue): string => {
  const input = (issue as { input?: unknown }).input;
  return Array.isArray(input) ? `,现在是 ${input.length} 项` : '';
};

const whatZh = (what: string): string =>
  ({
    technology: '技术',
    industry: '产业',
    champion: '龙头企业',
    event: '事件',
    option: '选项',
    source: '来源',
  })[what] ?? what;

/** Every field name the format knows, for "did you mean": read from the schema once, when first needed. */
let knownFields: readonly string[] | null = null;
const fieldNames = (): readonly string[] => (knownFields ??= namesIn(ScenarioSchema));

function namesIn(schema: z.ZodType): string[] {
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
  return path === '' || path === '(root)' ? 'the file’s top level' : `"${path}"`;
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
  error(path: string, message: string | Msg): void;
  warn(path: string, message: string | Msg): void;
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
  const error = (path: string, message: string | Msg) => problems.push(problem('error', path, message));
  const warn = (path: string, message: string | Msg) => problems.push(problem('warning', path, message));
  const unique = (items: readonly { id: string }[], where: string, what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        error(
          `${where}[${i}].id`,
          m(
            `The ${what} id "${item.id}" is used twice (first at ${where}[${first}]).`,
            `${whatZh(what)} id “${item.id}”用了两次(第一次在 ${where}[${first}])。`,
          ),
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
        m(
          `Cites the source "${c.source}", which is not in "sources"${didYouMean(c.source, sourceIds)}: add it there, or name one of ${sourceIds.map((x) => `"${x}"`).join(', ')}.`,
          `引用的来源“${c.source}”不在 "sources" 中${didYouMeanZh(c.source, sourceIds)}:请在那里添加,或改用 ${sourceIds.map((x) => `“${x}”`).join('、')} 之一。`,
        ),
      );
    if (c.quote === undefined && c.says === undefined)
      error(
        path,
        m(
          'A citation needs a "quote" from the source, or "says": what it says, in your words.',
          '引用需要来源中的 "quote"(原文摘录),或 "says"(用你自己的话说它讲了什么)。',
        ),
      );
    if (c.quote !== undefined) markup(c.quote, `${path}.quote`, warn);
    if (c.says) checkText(c.says, `${path}.says`, warn);
    if (c.translation && c.quote === undefined)
      warn(
        `${path}.translation`,
        m(
          'A translation belongs to a quote: this citation has none.',
          '译文要配一段原文引用:这条引用没有 quote。',
        ),
      );
    // A quote from one of the game's articles must be in it, word for word, where the article is at hand.
    const text = source?.article ? options.articles?.get(source.article) : undefined;
    if (text !== undefined && c.quote !== undefined && !text.includes(c.quote))
      error(
        `${path}.quote`,
        m(
          `This quote is not in the article ${source!.article}, word for word: copy it from the article (same characters and punctuation), or use "says" to put it in your words.`,
          `这段引文不在文章 ${source!.article} 中(须逐字一致):请从文章中原样复制(字符与标点相同),或改用 "says" 用自己的话转述。`,
        ),
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
        m(
          `"${x.article}" is not one of the game's three articles${didYouMean(x.article, KNOWN_ARTICLES)} (${KNOWN_ARTICLES.join(', ')}). For any other source, leave out "article" and give its title with an author or a publisher.`,
          `“${x.article}”不是游戏的三篇文章之一${didYouMeanZh(x.article, KNOWN_ARTICLES)}(${KNOWN_ARTICLES.join('、')})。其他来源请去掉 "article",写上标题以及作者或出版方。`,
        ),
      );
    if (x.article === undefined && x.author === undefined && x.publisher === undefined)
      warn(
        p,
        m(
          `Say who wrote or published the source "${x.id}": add "author" or "publisher".`,
          `请说明来源“${x.id}”的作者或出版方:加上 "author" 或 "publisher"。`,
        ),
      );
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
      warn(
        `sources[${i}]`,
        m(
          `The source "${x.id}" is listed but nothing cites it: cite it, or remove it.`,
          `来源“${x.id}”已列出,但没有任何地方引用它:引用它,或删掉它。`,
        ),
      );
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
    warn(
      'holder.capital.start',
      m(
        'The holder starts with more capital than it can ever hold (max).',
        '持有方的起始资本超过了它能持有的上限(max)。',
      ),
    );
  if (sc.challenger.capital.start > sc.challenger.capital.max)
    warn(
      'challenger.capital.start',
      m(
        'The challenger starts with more capital than it can ever hold (max).',
        '追赶方的起始资本超过了它能持有的上限(max)。',
      ),
    );
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
      if (d === t.id)
        error(`${p}.dependsOn[${j}]`, m(`"${t.id}" cannot depend on itself.`, `“${t.id}”不能依赖它自己。`));
      else if (!techIds.has(d))
        error(
          `${p}.dependsOn[${j}]`,
          m(
            `"${t.id}" depends on technology "${d}", which does not exist${didYouMean(d, techIds)}.`,
            `“${t.id}”依赖的技术“${d}”不存在${didYouMeanZh(d, techIds)}。`,
          ),
        );
      if (deps.has(d))
        warn(`${p}.dependsOn[${j}]`, m(`"${t.id}" lists "${d}" twice.`, `“${t.id}”把“${d}”列了两次。`));
      deps.add(d);
    });
    const home = t.holder.sell.domestic + t.challenger.sell.domestic + t.others.sell.domestic;
    if (home > 1.001)
      error(
        `${p}`,
        m(
          `Home-market shares of "${t.id}" (holder + challenger + others .sell.domestic) add up to ${home.toFixed(3)}; they can be at most 1 (the rest is shortage).`,
          `“${t.id}”的国内市场份额(holder + challenger + others 的 .sell.domestic)合计 ${home.toFixed(3)};最多只能是 1(其余为短缺)。`,
        ),
      );
    const abroad = t.holder.sell.foreign + t.challenger.sell.foreign + t.others.sell.foreign;
    if (Math.abs(abroad - 1) > 0.02)
      error(
        `${p}`,
        m(
          `Foreign-market shares of "${t.id}" (holder + challenger + others .sell.foreign) add up to ${abroad.toFixed(3)}; they must add up to 1.`,
          `“${t.id}”的海外市场份额(holder + challenger + others 的 .sell.foreign)合计 ${abroad.toFixed(3)};必须合计为 1。`,
        ),
      );
    const reach = t.holder.make.capability + CAPABILITY_HEADROOM;
    if (t.reliabilityThreshold > reach) {
      error(
        `${p}.reliabilityThreshold`,
        m(
          `A reliability threshold of ${t.reliabilityThreshold} on "${t.id}" can never be reached: the challenger's research stalls near the holder's capability plus ${CAPABILITY_HEADROOM} (${reach}).`,
          `“${t.id}”的可靠性门槛 ${t.reliabilityThreshold} 永远达不到:追赶方的研发会停在持有方能力加 ${CAPABILITY_HEADROOM} 附近(${reach})。`,
        ),
      );
    }
    if (t.downgradeCap > t.holder.make.capability) {
      warn(
        `${p}.downgradeCap`,
        m(
          `The special edition of "${t.id}" is capped at ${t.downgradeCap}, above the holder's own ${t.holder.make.capability}: the downgraded level would change nothing.`,
          `“${t.id}”的特供版上限 ${t.downgradeCap} 高于持有方自己的 ${t.holder.make.capability}:降级供应将毫无作用。`,
        ),
      );
    }
    if (t.challenger.make.capability > t.holder.make.capability) {
      warn(
        `${p}.challenger.make.capability`,
        m(
          `The challenger starts ahead of the holder on "${t.id}"; is that intended?`,
          `追赶方在“${t.id}”上一开始就领先持有方;这是有意的吗?`,
        ),
      );
    }
    if (home < 0.999 && t.challenger.make.capacity + t.others.capacity <= 0 && t.holder.sell.domestic <= 0)
      warn(
        `${p}`,
        m(
          `Nobody supplies "${t.id}" at home at the start: the game opens in a total shortage.`,
          `开局时国内无人供应“${t.id}”:游戏一开始就是全面短缺。`,
        ),
      );
  });
  for (const cycle of findCycles(sc))
    error(
      'technologies',
      m(
        `Dependency cycle: ${cycle.join(' → ')}. Dependencies must form no loop (see dependsOn).`,
        `依赖形成了环:${cycle.join(' → ')}。依赖关系不能成环(见 dependsOn)。`,
      ),
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
          m(
            `Industry "${ind.id}" uses technology "${u.tech}", which does not exist${didYouMean(u.tech, techIds)}.`,
            `产业“${ind.id}”使用的技术“${u.tech}”不存在${didYouMeanZh(u.tech, techIds)}。`,
          ),
        );
      if (used.has(u.tech))
        error(
          `${p}.uses[${j}].tech`,
          m(`Industry "${ind.id}" lists "${u.tech}" twice.`, `产业“${ind.id}”把“${u.tech}”列了两次。`),
        );
      used.add(u.tech);
    });
    if (weight > 1.0001)
      error(
        `${p}.uses`,
        m(
          `Industry "${ind.id}" depends on its inputs with weights adding up to ${weight.toFixed(2)}; at most 1.`,
          `产业“${ind.id}”各项投入的权重合计 ${weight.toFixed(2)};最多为 1。`,
        ),
      );
  });
  sc.technologies.forEach((t, i) => {
    if (!sc.industries.some((ind) => ind.uses.some((u) => u.tech === t.id))) {
      warn(
        `technologies[${i}]`,
        m(
          `No industry uses "${t.id}": a shortage of it would hurt no one.`,
          `没有产业使用“${t.id}”:它短缺也不会伤到任何人。`,
        ),
      );
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
        m(
          `Champion "${c.id}" leads industry "${c.industry}", which does not exist${didYouMean(c.industry, industryIds)}.`,
          `龙头企业“${c.id}”所在的产业“${c.industry}”不存在${didYouMeanZh(c.industry, industryIds)}。`,
        ),
      );
    const total = (championWeight.get(c.industry) ?? 0) + c.weight;
    championWeight.set(c.industry, total);
    if (total > 1.0001)
      warn(
        `${p}.weight`,
        m(
          `The champions of industry "${c.industry}" weigh ${total.toFixed(2)} together; more than 1 counts as 1.`,
          `产业“${c.industry}”的龙头企业权重合计 ${total.toFixed(2)};超过 1 按 1 计。`,
        ),
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
        m(
          `Event "${e.id}" neither cites a source nor says it is invented: add "cite", or "invented" with a sentence on why it is in the game.`,
          `事件“${e.id}”既没有引用来源,也没有说明是虚构的:加上 "cite",或加上 "invented",用一句话说明它为何在游戏中。`,
        ),
      );
    if (e.trigger === 'when-met' && e.when.length === 0)
      error(
        `${p}.trigger`,
        m(
          `Event "${e.id}" fires "when-met" but has no conditions ("when"): add them, or use "at" for a fixed turn.`,
          `事件“${e.id}”以 "when-met" 触发,却没有条件("when"):请加上条件,或用 "at" 指定回合。`,
        ),
      );
    if (e.trigger === 'when-met' && e.at !== undefined)
      error(
        `${p}.trigger`,
        m(
          `Event "${e.id}" has both "at" and "trigger": "when-met": keep one.`,
          `事件“${e.id}”同时有 "at" 和 "trigger": "when-met":只保留一个。`,
        ),
      );
    if (e.trigger === 'when-met' && !e.once)
      warn(
        `${p}.once`,
        m(
          `Event "${e.id}" fires "when-met", which is once a game: "once": false changes nothing.`,
          `事件“${e.id}”以 "when-met" 触发,本来每局只发生一次:"once": false 不起作用。`,
        ),
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
        m(
          `Event "${e.id}" is set for turn ${e.at}, after the last turn (${sc.turns}); it will never fire.`,
          `事件“${e.id}”定在第 ${e.at} 回合,在最后一回合(${sc.turns})之后;它永远不会发生。`,
        ),
      );
    if (e.weight === 0 && e.at === undefined && e.trigger === 'draw')
      warn(
        `${p}.weight`,
        m(
          `Event "${e.id}" has weight 0 and no turn: it will never fire.`,
          `事件“${e.id}”权重为 0 又没有指定回合:它永远不会发生。`,
        ),
      );
    if (e.at === undefined && e.trigger === 'draw' && sc.eventChance === 0)
      warn(
        `${p}`,
        m(
          `Event "${e.id}" has no turn and eventChance is 0: it will never be drawn.`,
          `事件“${e.id}”没有指定回合,而 eventChance 为 0:它永远不会被抽到。`,
        ),
      );
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
        m(
          `${test.lanes} technologies must reach the marks, but the scenario has ${sc.technologies.length}: the ending can never be reached.`,
          `要求 ${test.lanes} 项技术达到标记,但场景只有 ${sc.technologies.length} 项:这个结局永远达不到。`,
        ),
      );
    if (test.make !== undefined && test.make > maxMake)
      error(
        `endings.${name}.make`,
        m(
          `A "make" mark of ${test.make} can never be reached: no technology's research gets past about ${maxMake} (the holder's best capability plus ${CAPABILITY_HEADROOM}).`,
          `“造”的标记 ${test.make} 永远达不到:任何技术的研发都到不了约 ${maxMake}(持有方最高能力加 ${CAPABILITY_HEADROOM})。`,
        ),
      );
  }
  if (leader.rope !== undefined && selfReliant.rope !== undefined && leader.rope < selfReliant.rope)
    warn(
      'endings.leader.rope',
      m(
        `Leader's rope mark (${leader.rope}) is below Self-reliant's (${selfReliant.rope}): Leader is checked first, so is it meant to be easier?`,
        `领跑的绳结标记(${leader.rope})低于自主可控的(${selfReliant.rope}):领跑先被检查,它本意是更容易吗?`,
      ),
    );
  if (sc.endings.holderHurt > sc.endings.holderHealthy)
    warn(
      'endings.holderHurt',
      m(
        `holderHurt (${sc.endings.holderHurt}) is above holderHealthy (${sc.endings.holderHealthy}): firms would count as hurt while healthy.`,
        `holderHurt(${sc.endings.holderHurt})高于 holderHealthy(${sc.endings.holderHealthy}):企业健康时也会被算作受损。`,
      ),
    );
  if (crisis.depth === 0)
    warn(
      'endings.crisis.depth',
      m('A crisis depth of 0 can never be reached: no crisis.', '危机深度为 0 永远达不到:不会有危机。'),
    );
  if (crisis.turns > sc.turns)
    warn(
      'endings.crisis.turns',
      m(
        `A crisis needs ${crisis.turns} turns in a row but the game has ${sc.turns}: it can never happen.`,
        `危机需要连续 ${crisis.turns} 回合,但游戏只有 ${sc.turns} 回合:永远不会发生。`,
      ),
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
      m(
        `The first talks (turn ${sc.negotiation.first}) come after the last turn (${sc.turns}).`,
        `第一轮谈判(第 ${sc.negotiation.first} 回合)在最后一回合(${sc.turns})之后。`,
      ),
    );
}

/** The tutorial: one step a turn, within the game, unlocking something the suggested side can do. */
function checkTutorial({ sc, warn, text }: Check): void {
  if (sc.tutorial) {
    const turns = new Map<number, number>();
    sc.tutorial.forEach((step, i) => {
      if (step.turn > sc.turns)
        warn(
          `tutorial[${i}].turn`,
          m(
            `Step on turn ${step.turn} comes after the last turn (${sc.turns}).`,
            `第 ${step.turn} 回合的步骤在最后一回合(${sc.turns})之后。`,
          ),
        );
      const first = turns.get(step.turn);
      if (first !== undefined)
        warn(
          `tutorial[${i}].turn`,
          m(
            `Two steps on turn ${step.turn} (the first is tutorial[${first}]).`,
            `第 ${step.turn} 回合有两个步骤(第一个是 tutorial[${first}])。`,
          ),
        );
      else turns.set(step.turn, i);
      text(step.text, `tutorial[${i}].text`);
    });
    if (sc.tutorial.length === 0)
      warn(
        'tutorial',
        m('An empty tutorial locks every action for the whole game.', '空的教程会在整局游戏中锁住所有操作。'),
      );
    if (sc.suggestedSide) {
      const side = sc.suggestedSide;
      const usable = sc.tutorial.some((s) => s.unlocks.some((u) => ACTION_SIDES[u].includes(side)));
      if (!usable)
        warn(
          'tutorial',
          m(
            `No step unlocks an action the ${side} (the suggested side) can take.`,
            `没有一个步骤解锁${side === 'holder' ? '持有方' : '追赶方'}(建议的一方)能做的操作。`,
          ),
        );
    }
  }
}

/** A text exists in both languages: the Chinese has Chinese characters, the English has Latin words. */
function checkText(text: Text, path: string, warn: (path: string, message: string | Msg) => void) {
  if (!CJK.test(text.zh))
    warn(
      `${path}.zh`,
      m(
        `The 中文 text has no Chinese characters: ${quote(text.zh, 40)}. Is the translation missing?`,
        `中文文本里没有汉字:${quote(text.zh, 40)}。是不是漏了翻译?`,
      ),
    );
  if (!LATIN_WORD.test(text.en))
    warn(
      `${path}.en`,
      m(
        `The English text has no English words: ${quote(text.en, 40)}. Is the translation missing?`,
        `英文文本里没有英文单词:${quote(text.en, 40)}。是不是漏了翻译?`,
      ),
    );
  if (text.zh === text.en && text.zh.length > 3)
    warn(
      path,
      m(
        'The 中文 and English texts are identical: one translation is missing.',
        '中文和英文文本完全相同:缺了一种译文。',
      ),
    );
  markup(text.zh, `${path}.zh`, warn);
  markup(text.en, `${path}.en`, warn);
}

function markup(s: string, path: string, warn: (path: string, message: string | Msg) => void) {
  if (MARKUP.test(s))
    warn(
      path,
      m(
        'This looks like HTML; the game shows texts as plain text, so the markup will appear as typed.',
        '这看起来像 HTML;游戏把文本当作纯文本显示,标记会原样出现。',
      ),
    );
}

/** Names the missing id when a field refers to a technology, industry or champion that does not exist. */
function missingField(sc: Scenario, field: string): Msg {
  const [head, id] = field.split('.');
  const lists = {
    tech: ['technology', sc.technologies],
    industry: ['industry', sc.industries],
    champion: ['champion', sc.champions],
  } as const;
  const list = head !== undefined && Object.hasOwn(lists, head) ? lists[head as keyof typeof lists] : null;
  if (list && id !== undefined && !list[1].some((x) => x.id === id))
    return m(
      `There is no ${list[0]} "${id}"${didYouMean(
        id,
        list[1].map((x) => x.id),
      )}, so there is no field ${quote(field, 80)}.`,
      `没有${whatZh(list[0])}“${id}”${didYouMeanZh(
        id,
        list[1].map((x) => x.id),
      )},所以没有字段 ${quote(field, 80)}。`,
    );
  return m(
    `There is no field ${quote(field, 80)}. See the list of fields in scenarios/README.md.`,
    `没有字段 ${quote(field, 80)}。字段列表见 scenarios/README.md。`,
  );
}

function checkCondition(sc: Scenario, c: Condition, path: string, problems: Problem[]) {
  const err = (at: string, message: string | Msg) => problems.push(problem('error', at, message));
  const field = resolveField(sc, c.field);
  if (!field) {
    err(`${path}.field`, missingField(sc, c.field));
    return;
  }
  if (field.kind === 'number' && typeof c.value !== 'number') {
    err(
      `${path}.value`,
      m(`"${c.field}" is a number; compare it with a number.`, `“${c.field}”是数字;请和数字比较。`),
    );
  } else if (field.kind === 'control' && !(CONTROL_LEVELS as readonly unknown[]).includes(c.value)) {
    err(
      `${path}.value`,
      m(
        `"${c.field}" is a control level: ${CONTROL_LEVELS.join(', ')}.`,
        `“${c.field}”是管制级别:${CONTROL_LEVELS.join('、')}。`,
      ),
    );
  } else if (field.kind === 'boolean' && typeof c.value !== 'boolean') {
    err(`${path}.value`, m(`"${c.field}" is true or false.`, `“${c.field}”只能是 true 或 false。`));
  }
  if (field.kind !== 'number' && !['==', '!='].includes(c.op)) {
    err(
      `${path}.op`,
      m(`"${c.field}" can only be compared with == or !=.`, `“${c.field}”只能用 == 或 != 比较。`),
    );
  }
  if (field.kind === 'number' && typeof c.value === 'number') {
    const range = fieldRange(sc, c.field);
    if (range && neverTrue(c.op, c.value, range)) {
      err(
        `${path}.value`,
        m(
          `"${c.field} ${c.op} ${c.value}" can never be true: the field stays between ${range[0]} and ${range[1]}.`,
          `“${c.field} ${c.op} ${c.value}”永远不会成立:这个字段始终在 ${range[0]} 到 ${range[1]} 之间。`,
        ),
      );
    }
  }
}

function checkEffect(sc: Scenario, f: Effect, path: string, problems: Problem[]) {
  const err = (at: string, message: string | Msg) => problems.push(problem('error', at, message));
  const field: FieldRef | null = resolveField(sc, f.field);
  if (!field) {
    err(`${path}.field`, missingField(sc, f.field));
    return;
  }
  if (!field.set) {
    err(
      `${path}.field`,
      m(`"${f.field}" can be read but not changed by an event.`, `“${f.field}”可以读取,但事件不能改变它。`),
    );
    return;
  }
  if (f.op === 'add' && (field.kind !== 'number' || typeof f.value !== 'number')) {
    err(
      path,
      m(
        `"add" needs a number field and a number value; use "set" for "${f.field}".`,
        `"add" 需要数字字段和数字值;“${f.field}”请用 "set"。`,
      ),
    );
  } else if (f.op === 'set' || f.op === 'atLeast' || f.op === 'atMost') {
    const okValue =
      (field.kind === 'number' && typeof f.value === 'number') ||
      (field.kind === 'boolean' && typeof f.value === 'boolean') ||
      (field.kind === 'control' && (CONTROL_LEVELS as readonly unknown[]).includes(f.value));
    if (!okValue)
      err(
        `${path}.value`,
        m(
          `${quote(String(f.value), 40)} is not a value "${f.field}" can take (${field.kind === 'control' ? CONTROL_LEVELS.join(', ') : field.kind === 'boolean' ? 'true or false' : 'a number'}).`,
          `${quote(String(f.value), 40)} 不是“${f.field}”能取的值(${field.kind === 'control' ? CONTROL_LEVELS.join('、') : field.kind === 'boolean' ? 'true 或 false' : '数字'})。`,
        ),
      );
    else if (f.op === 'set' && (field.kind === 'control' || field.champion !== undefined))
      problems.push({
        severity: 'warning',
        path: `${path}.op`,
        message: `"set" on "${f.field}" can loosen what the holder chose as well as tighten it; use "atLeast" to tighten or "atMost" to loosen.`,
        zh: `对“${f.field}”用 "set" 既可能收紧也可能放松持有方的选择;收紧请用 "atLeast",放松请用 "atMost"。`,
      });
    else if (field.kind === 'number' && typeof f.value === 'number') {
      const range = fieldRange(sc, f.field);
      if (range && (f.value < range[0] || f.value > range[1]))
        problems.push({
          severity: 'warning',
          path: `${path}.value`,
          message: `"${f.field}" stays between ${range[0]} and ${range[1]}; ${f.value} will be clamped.`,
          zh: `“${f.field}”始终在 ${range[0]} 到 ${range[1]} 之间;${f.value} 会被截断。`,
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
