/**
 * Export and import of the whole library. Export reads every article in one read transaction (a
 * consistent copy); import merges by URL and writes in one read-write transaction, so a failure
 * half-way (a full disk) leaves the library exactly as it was.
 */
import { LIBRARY_FILE_END, libraryFileArticle, libraryFileStart } from '../library/library-file';
import { addArticles, articleTables, getDatabase, putArticles } from './articles';
import { toPortableArticle, type PortableArticle } from './derived';
import type { ArticleRecord, JeongdokDatabase, SavedArticle } from './schema';

const PAGE_SIZE = 500;

export type TransferProgress = (done: number, total: number) => void;

/** The library file's text in parts for a Blob (no single giant string), and how many articles it holds. */
export async function exportLibrary(
  onProgress?: TransferProgress,
  db: JeongdokDatabase = getDatabase(),
  now = new Date(),
): Promise<{ parts: string[]; count: number }> {
  return db.transaction('r', db.articles, async () => {
    const total = await db.articles.count();
    const parts = [libraryFileStart(total, now)];
    let done = 0;
    let lastId = 0;
    for (;;) {
      const page = await db.articles.where(':id').above(lastId).limit(PAGE_SIZE).toArray();
      if (page.length === 0) break;
      parts.push(page.map((article, offset) => libraryFileArticle(article, done + offset)).join(''));
      done += page.length;
      lastId = page[page.length - 1].id;
      onProgress?.(done, total);
    }
    parts.push(LIBRARY_FILE_END);
    return { parts, count: done };
  });
}

export interface ImportOutcome {
  added: number;
  /** Articles whose URL was already saved and which changed by merging. */
  merged: number;
  unchanged: number;
}

const time = (iso: string) => Date.parse(iso);
const earlier = (a: string, b: string) => (time(b) < time(a) ? b : a);
const later = (a: string, b: string) => (time(b) > time(a) ? b : a);

/**
 * Two copies of one URL become one: the content of the more recently updated copy, the first
 * `savedAt`, the last `updatedAt`, and read if either was read (the earlier time).
 */
export function mergeArticles(kept: PortableArticle, incoming: PortableArticle): PortableArticle {
  const newer = time(incoming.updatedAt) > time(kept.updatedAt) ? incoming : kept;
  const readAt = kept.readAt && incoming.readAt ? earlier(kept.readAt, incoming.readAt) : (kept.readAt ?? incoming.readAt);
  return { ...newer, savedAt: earlier(kept.savedAt, incoming.savedAt), updatedAt: later(kept.updatedAt, incoming.updatedAt), readAt };
}

const samePortable = (a: PortableArticle, b: PortableArticle) => JSON.stringify(toPortableArticle(a as SavedArticle)) === JSON.stringify(toPortableArticle(b as SavedArticle));

/** Imports checked articles (utils/library/library-file.ts), merging duplicates by URL. */
export async function importArticles(
  articles: PortableArticle[],
  onProgress?: TransferProgress,
  db: JeongdokDatabase = getDatabase(),
): Promise<ImportOutcome> {
  const byUrl = new Map<string, PortableArticle>();
  for (const article of articles) {
    const seen = byUrl.get(article.url);
    byUrl.set(article.url, seen ? mergeArticles(seen, article) : article);
  }
  const unique = [...byUrl.values()];
  const outcome: ImportOutcome = { added: 0, merged: 0, unchanged: 0 };
  await db.transaction('rw', articleTables(db), async () => {
    for (let start = 0; start < unique.length; start += PAGE_SIZE) {
      const chunk = unique.slice(start, start + PAGE_SIZE);
      const existing = new Map<string, ArticleRecord>();
      for (const record of await db.articles.where('url').anyOf(chunk.map((article) => article.url)).toArray()) existing.set(record.url, record);
      const updates: SavedArticle[] = [];
      const replaced: SavedArticle[] = [];
      const additions: PortableArticle[] = [];
      for (const article of chunk) {
        const record = existing.get(article.url);
        if (!record) additions.push(article);
        else {
          const merged = mergeArticles(toPortableArticle(record), article);
          if (samePortable(merged, record)) outcome.unchanged++;
          else {
            updates.push({ ...merged, id: record.id });
            replaced.push(record);
          }
        }
      }
      if (updates.length) await putArticles(db, updates, replaced);
      if (additions.length) await addArticles(db, additions);
      outcome.added += additions.length;
      outcome.merged += updates.length;
      onProgress?.(Math.min(start + PAGE_SIZE, unique.length), unique.length);
    }
  });
  return outcome;
}
