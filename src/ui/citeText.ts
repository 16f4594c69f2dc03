// Where a thing comes from, as a player reads it: the source's title (never a file name), who published
// it and when, and the quote, with its translation beside it when the player reads the other language.
import { lang, t, tx } from '../i18n/index.ts';
import type { Cite, Scenario, Source, Text } from '../scenario/schema.ts';

const CJK = /[\u3400-\u9fff]/;

/** "Title (publisher, date)". */
export function sourceText(source: Source | undefined, id: string): string {
  if (!source) return id;
  const by = [source.author ?? source.publisher, source.date].filter(Boolean).join(', ');
  return by ? `${tx(source.title)} (${by})` : tx(source.title);
}

/** The quote as written, and its translation where the player reads the other language. */
export function quoteText(c: Cite): string | null {
  if (c.quote === undefined) return c.says ? tx(c.says) : null;
  const inPlayers = CJK.test(c.quote) === (lang() === 'zh');
  const translated = inPlayers ? undefined : c.translation?.[lang()];
  return translated ? `“${c.quote}” (${translated})` : `“${c.quote}”`;
}

/** A citation in one line: "Title (publisher, date): “quote” (translation)"; or that the author invented it. */
export function citeText(scenario: Scenario, c: Cite | undefined, invented?: Text): string | null {
  if (!c) return invented ? `${t('cite.invented')}: ${tx(invented)}` : null;
  const head = sourceText(
    scenario.sources.find((s) => s.id === c.source),
    c.source,
  );
  const quote = quoteText(c);
  return quote ? `${head}: ${quote}` : head;
}
