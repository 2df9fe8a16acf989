/**
 * Search over title, reporters and body with Korean partial words (생물학 finds 생물학자): every
 * article's normalized text (the `searchEntries` projection) is read into memory once per page
 * and scanned with `includes`. A substring scan is exact for any script, needs no tokenizer, and
 * over 10,000 articles of ~1,000 characters it takes a few milliseconds; an n-gram index in
 * IndexedDB would cost millions of index entries for the same answers. The copy in memory is
 * reloaded only when the search revision (bumped by every write) has moved.
 */
import { queryTerms, scoreMatch } from '../library/search-text';
import { getDatabase } from './articles';
import { SEARCH_REVISION_KEY } from './derived';
import type { JeongdokDatabase, SavedArticle, SearchEntry } from './schema';

interface Corpus {
  revision: number;
  entries: SearchEntry[];
}

const corpora = new WeakMap<JeongdokDatabase, Promise<Corpus>>();

/** The search entries of the whole library, from memory while nothing has changed. */
export async function loadSearchCorpus(db: JeongdokDatabase = getDatabase()): Promise<SearchEntry[]> {
  // Reading the revision inside a liveQuery also makes the query re-run after any write.
  const revision = (await db.meta.get(SEARCH_REVISION_KEY))?.value ?? 0;
  let corpus = corpora.get(db);
  if (!corpus || (await corpus).revision !== revision) {
    corpus = db.searchEntries.toArray().then((entries) => ({ revision, entries }));
    corpora.set(db, corpus);
  }
  return (await corpus).entries;
}

export interface SearchResults {
  query: string;
  /** How many articles match. */
  total: number;
  /** The best `limit` matches: title hits first, then reporters, then body; newest first within each. */
  articles: SavedArticle[];
}

export async function searchArticles(
  query: string,
  options: { limit?: number; within?: ReadonlySet<number> } = {},
  db: JeongdokDatabase = getDatabase(),
): Promise<SearchResults> {
  const terms = queryTerms(query);
  if (terms.length === 0) return { query, total: 0, articles: [] };
  const hits: Array<{ entry: SearchEntry; score: number }> = [];
  for (const entry of await loadSearchCorpus(db)) {
    if (options.within && !options.within.has(entry.id)) continue;
    const score = scoreMatch(entry, terms);
    if (score > 0) hits.push({ entry, score });
  }
  // ISO times in UTC sort as plain strings (no collator: thousands of hits are sorted per keystroke).
  const newer = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  hits.sort((a, b) => b.score - a.score || newer(a.entry.savedAt, b.entry.savedAt) || b.entry.id - a.entry.id);
  const ids = hits.slice(0, options.limit ?? 50).map((hit) => hit.entry.id);
  const articles = (await db.articles.bulkGet(ids)).filter((article): article is NonNullable<typeof article> => !!article);
  return { query, total: hits.length, articles };
}
