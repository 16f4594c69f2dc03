// Old scenario files still load: a file of an earlier format version is migrated, step by step, to the
// current one as it is read, and each step says what it changed. The steps are pure functions of the
// parsed JSON, so the browser and the command line migrate alike, and a migrated file plays exactly as
// it did (the rules read the new fields where they read the old ones).
import { ARTICLES } from './articles.ts';
import { FORMAT_VERSION } from './schema.ts';

export interface Migration {
  value: unknown; // the file in the current format (or as it came, when it needs no migration)
  from: number | null; // the version it was migrated from; null when it was not migrated
  notes: { path: string; message: string; zh: string }[]; // what each step changed, in file order
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Migrates a parsed scenario of version 1 to the current version; anything else is returned unchanged. */
export function migrate(raw: unknown): Migration {
  if (!isObject(raw) || raw.formatVersion !== 1) return { value: raw, from: null, notes: [] };
  const notes: Migration['notes'] = [];
  const value = structuredClone(raw) as Json;
  fromVersion1(value, notes);
  value.formatVersion = FORMAT_VERSION;
  notes.push({ path: 'formatVersion', message: `1 → ${FORMAT_VERSION}.`, zh: `1 → ${FORMAT_VERSION}。` });
  return { value, from: 1, notes };
}

/** Version 1 → 2: citations name a source from a list; home and foreign qualification speeds apart. */
function fromVersion1(sc: Json, notes: Migration['notes']): void {
  const sources = new Map<string, Json>();
  const sourceFor = (article: string): string => {
    const id = `article-${article.slice(0, 3)}`;
    if (!sources.has(article)) {
      const known = ARTICLES.find((a) => a.file === article);
      sources.set(article, {
        id,
        title: known?.title ?? { zh: article, en: article },
        article,
        ...(known?.date ? { date: known.date } : {}),
      });
    }
    return id;
  };
  let cites = 0;
  // Every version 1 citation, wherever it sits: { "article": …, "quote": … } → { "source": id, "quote": … }.
  const isCite = (v: unknown): v is Json => isObject(v) && typeof v.article === 'string' && 'quote' in v;
  const converted = (c: Json): Json => {
    cites++;
    return { source: sourceFor(c.article as string), quote: c.quote };
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        if (isCite(child)) node[i] = converted(child);
        else visit(child);
      });
      return;
    }
    if (!isObject(node)) return;
    for (const [key, child] of Object.entries(node)) {
      if (isCite(child)) node[key] = converted(child);
      else visit(child);
    }
  };
  const story = sc.source;
  delete sc.source;
  visit(sc);
  if (isObject(story) && typeof story.article === 'string') {
    const id = sourceFor(story.article);
    if (typeof story.date === 'string') sources.get(story.article)!.date = story.date;
    sc.cite = { source: id, quote: story.quote };
    notes.push({
      path: 'source',
      message: `became "cite" (naming the source "${id}"); its date moved to the source.`,
      zh: `改为 "cite"(指向来源“${id}”);日期移到了来源中。`,
    });
  }
  sc.sources = [...sources.values()];
  notes.push({
    path: 'sources',
    message: `added: ${sources.size} source${sources.size === 1 ? '' : 's'} (${[...sources.values()].map((s) => s.id).join(', ')}), from the articles the file cites; ${cites} citation${cites === 1 ? '' : 's'} now name their source by id.`,
    zh: `已添加 ${sources.size} 个来源(${[...sources.values()].map((s) => s.id).join('、')}),来自文件引用的文章;${cites} 条引用现在按 id 指向来源。`,
  });
  const techs = Array.isArray(sc.technologies) ? sc.technologies : [];
  techs.forEach((t, i) => {
    if (!isObject(t) || !('qualificationTurns' in t)) return;
    const { qualificationTurns } = t;
    // Keep the key order readable: the two speeds where the one was.
    const out: Json = {};
    for (const [k, v] of Object.entries(t)) {
      if (k !== 'qualificationTurns') out[k] = v;
      else {
        out.homeQualificationTurns = qualificationTurns;
        out.foreignQualificationTurns = qualificationTurns;
      }
    }
    techs[i] = out;
    notes.push({
      path: `technologies[${i}].qualificationTurns`,
      message: `became homeQualificationTurns and foreignQualificationTurns, both ${String(qualificationTurns)}.`,
      zh: `拆分为 homeQualificationTurns 和 foreignQualificationTurns,都是 ${String(qualificationTurns)}。`,
    });
  });
}
