/**
 * The only code that touches the library's tables. Background writes, popup and library read.
 */
import { JeongdokDatabase, type SavedArticle } from './schema';
import type { ExtractedArticle } from '../extract/types';

let shared: JeongdokDatabase | null = null;

/** The database of this extension context (one connection per context). */
export function getDatabase(): JeongdokDatabase {
  shared ??= new JeongdokDatabase();
  return shared;
}

export interface SaveOutcome {
  id: number;
  updated: boolean;
}

/**
 * Saves an article, keyed by URL: saving the same URL again updates the record and keeps its
 * first `savedAt` and its read state.
 */
export async function saveArticle(
  article: ExtractedArticle,
  db: JeongdokDatabase = getDatabase(),
  now: Date = new Date(),
): Promise<SaveOutcome> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.where('url').equals(article.url).first();
    const stamp = now.toISOString();
    if (existing) {
      await db.articles.put({ ...existing, ...article, id: existing.id, savedAt: existing.savedAt, readAt: existing.readAt, updatedAt: stamp });
      return { id: existing.id, updated: true };
    }
    const id = await db.articles.add({ ...article, savedAt: stamp, updatedAt: stamp, readAt: null } as SavedArticle);
    return { id: id as number, updated: false };
  });
}

export function getArticle(id: number, db: JeongdokDatabase = getDatabase()): Promise<SavedArticle | undefined> {
  return db.articles.get(id);
}

export async function findArticleIdByUrl(url: string, db: JeongdokDatabase = getDatabase()): Promise<number | null> {
  const found = await db.articles.where('url').equals(url).first();
  return found?.id ?? null;
}

export function deleteArticle(id: number, db: JeongdokDatabase = getDatabase()): Promise<void> {
  return db.articles.delete(id);
}

/** Newest saved first. */
export function listRecentArticles(limit = 200, db: JeongdokDatabase = getDatabase()): Promise<SavedArticle[]> {
  return db.articles.orderBy('savedAt').reverse().limit(limit).toArray();
}

export interface ArticleGroup {
  key: string;
  /** Section › subsection, or the reporter's name. */
  label: string;
  count: number;
  articles: SavedArticle[];
}

export const UNSORTED_LABEL = '기타';

/** Groups by section, read from the `section` index; subsections sub-group inside. */
export async function groupBySection(db: JeongdokDatabase = getDatabase()): Promise<ArticleGroup[]> {
  const sections = (await db.articles.orderBy('section').uniqueKeys()) as string[];
  const groups: ArticleGroup[] = [];
  for (const section of sections) {
    const articles = await db.articles.where('section').equals(section).toArray();
    groups.push(makeGroup(`section:${section}`, section, articles));
  }
  sortGroups(groups);
  // Articles without a section are not in the index; they go last, under 기타.
  const indexed = groups.reduce((sum, group) => sum + group.count, 0);
  if (indexed < (await db.articles.count())) {
    const unsorted = await db.articles.filter((article) => !article.section).toArray();
    if (unsorted.length) groups.push(makeGroup('section:', UNSORTED_LABEL, unsorted));
  }
  return groups;
}

/** Groups by reporter (multi-entry index): an article with two reporters is under both. */
export async function groupByReporter(db: JeongdokDatabase = getDatabase()): Promise<ArticleGroup[]> {
  const names = (await db.articles.orderBy('reporters').uniqueKeys()) as string[];
  const groups: ArticleGroup[] = [];
  for (const name of names) {
    const articles = await db.articles.where('reporters').equals(name).toArray();
    groups.push(makeGroup(`reporter:${name}`, name, articles));
  }
  return sortGroups(groups);
}

function makeGroup(key: string, label: string, articles: SavedArticle[]): ArticleGroup {
  const sorted = articles.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { key, label, count: sorted.length, articles: sorted };
}

function sortGroups(groups: ArticleGroup[]): ArticleGroup[] {
  return groups.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'ko'));
}
