/**
 * What the database derives from an article: its stored record (with group keys) and its search
 * entry. Used by every write and by the schema upgrade, so the two can never disagree.
 */
import { normalizeSearchText } from '../library/search-text';
import type { ArticleRecord, SavedArticle, SearchEntry } from './schema';

/** The meta row whose value changes whenever any article's searchable text changes. */
export const SEARCH_REVISION_KEY = 'searchRevision';

/** The fields of a saved article, in a fixed order; exports carry exactly these. */
export const SAVED_ARTICLE_FIELDS = [
  'url', 'title', 'byline', 'reporters', 'section', 'subsection', 'publishedAt', 'modifiedAt', 'siteName',
  'lang', 'excerpt', 'contentHtml', 'textContent', 'leadImage', 'readingMinutes', 'savedAt', 'updatedAt', 'readAt',
] as const satisfies ReadonlyArray<keyof SavedArticle>;

export type PortableArticle = Omit<SavedArticle, 'id'>;

export function toArticleRecord<T extends Omit<SavedArticle, 'id'> & { id?: number }>(article: T): T & Omit<ArticleRecord, 'id'> {
  return { ...article, sectionKey: article.section ?? '', subsectionKey: article.subsection ?? '' };
}

export function toSearchEntry(article: SavedArticle): SearchEntry {
  return {
    id: article.id,
    title: normalizeSearchText(article.title),
    reporters: normalizeSearchText(article.reporters.join('\n')),
    body: normalizeSearchText(article.textContent),
    savedAt: article.savedAt,
  };
}

/** Group-count keys: a section, a section's subsection ('' = none), each reporter, the outlet. */
export const GROUP_PREFIX = { section: 's\u0000', subsection: 'ss\u0000', reporter: 'r\u0000', site: 'o\u0000' } as const;

type Grouped = Pick<SavedArticle, 'section' | 'subsection' | 'reporters' | 'siteName'>;

export function groupCountKeys(article: Grouped): string[] {
  const section = article.section ?? '';
  return [
    GROUP_PREFIX.section + section,
    `${GROUP_PREFIX.subsection}${section}\u0000${article.subsection ?? ''}`,
    ...new Set(article.reporters.map((name) => GROUP_PREFIX.reporter + name)),
    GROUP_PREFIX.site + (article.siteName ?? ''),
  ];
}

/** Adds `delta` to each of the article's groups in `counts`. */
export function countGroups(counts: Map<string, number>, article: Grouped, delta: number): void {
  for (const key of groupCountKeys(article)) counts.set(key, (counts.get(key) ?? 0) + delta);
}

/** The article without its id and the database's own keys: what an export file holds. */
export function toPortableArticle(record: SavedArticle): PortableArticle {
  const portable = {} as Record<string, unknown>;
  for (const field of SAVED_ARTICLE_FIELDS) portable[field] = record[field];
  return portable as PortableArticle;
}
