/**
 * The only code that touches the library's tables (with search.ts and transfer.ts beside it).
 * The background writes saves; popup and library page read, mark read, delete and import.
 * Every write that adds, changes or removes an article goes through putArticles, addArticles or
 * deleteArticle, which change the record, its search entry, the group counts and the search
 * revision in one transaction: a failure (a full disk) leaves all of them as they were. Only the
 * read state (setArticleRead) is written on its own, as nothing derives from it.
 */
import Dexie from 'dexie';
import type { ExtractedArticle } from '../extract/types';
import { GROUP_PREFIX, SEARCH_REVISION_KEY, countGroups, toArticleRecord, toSearchEntry, type PortableArticle } from './derived';
import { JeongdokDatabase, type ArticleRecord, type SavedArticle } from './schema';

let shared: JeongdokDatabase | null = null;

/** The database of this extension context (one connection per context). */
export function getDatabase(): JeongdokDatabase {
  shared ??= new JeongdokDatabase();
  return shared;
}

/** The tables a write to articles must change together. */
export function articleTables(db: JeongdokDatabase) {
  return [db.articles, db.searchEntries, db.groupCounts, db.meta];
}

/**
 * Writes articles that have ids (updates, restores) in place of `previous` (the records they
 * replace, if any). Call inside a transaction on articleTables.
 */
export async function putArticles(db: JeongdokDatabase, articles: SavedArticle[], previous: SavedArticle[]): Promise<void> {
  await db.articles.bulkPut(articles.map((article) => toArticleRecord(article)));
  await afterWrite(db, articles, previous);
}

/** Adds new articles and returns their ids. Call inside a transaction on articleTables. */
export async function addArticles(db: JeongdokDatabase, articles: PortableArticle[]): Promise<number[]> {
  const ids = (await db.articles.bulkAdd(articles.map((article) => toArticleRecord(article) as ArticleRecord), { allKeys: true })) as number[];
  await afterWrite(db, articles.map((article, index) => ({ ...article, id: ids[index] })), []);
  return ids;
}

/** Search entries, group counts and the search revision after `written` replaced `removed`. */
async function afterWrite(db: JeongdokDatabase, written: SavedArticle[], removed: SavedArticle[]): Promise<void> {
  if (written.length) await db.searchEntries.bulkPut(written.map(toSearchEntry));
  const deltas = new Map<string, number>();
  for (const article of removed) countGroups(deltas, article, -1);
  for (const article of written) countGroups(deltas, article, 1);
  const keys = [...deltas.keys()].filter((key) => deltas.get(key) !== 0);
  const rows = await db.groupCounts.bulkGet(keys);
  const counts = keys.map((key, index) => ({ key, count: (rows[index]?.count ?? 0) + deltas.get(key)! }));
  await db.groupCounts.bulkPut(counts.filter((row) => row.count > 0));
  await db.groupCounts.bulkDelete(counts.filter((row) => row.count <= 0).map((row) => row.key));
  const revision = await db.meta.get(SEARCH_REVISION_KEY);
  await db.meta.put({ key: SEARCH_REVISION_KEY, value: (revision?.value ?? 0) + 1 });
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
  return db.transaction('rw', articleTables(db), async () => {
    const existing = await db.articles.where('url').equals(article.url).first();
    const stamp = now.toISOString();
    if (existing) {
      await putArticles(db, [{ ...existing, ...article, id: existing.id, savedAt: existing.savedAt, readAt: existing.readAt, updatedAt: stamp }], [existing]);
      return { id: existing.id, updated: true };
    }
    const [id] = await addArticles(db, [{ ...article, savedAt: stamp, updatedAt: stamp, readAt: null }]);
    return { id, updated: false };
  });
}

export function getArticle(id: number, db: JeongdokDatabase = getDatabase()): Promise<SavedArticle | undefined> {
  return db.articles.get(id);
}

export async function findArticleIdByUrl(url: string, db: JeongdokDatabase = getDatabase()): Promise<number | null> {
  const found = await db.articles.where('url').equals(url).first();
  return found?.id ?? null;
}

/** Deletes an article and returns it, so that the caller can offer to undo. */
export async function deleteArticle(id: number, db: JeongdokDatabase = getDatabase()): Promise<SavedArticle | null> {
  return db.transaction('rw', articleTables(db), async () => {
    const removed = await db.articles.get(id);
    if (!removed) return null;
    await db.articles.delete(id);
    await db.searchEntries.delete(id);
    await afterWrite(db, [], [removed]);
    return removed;
  });
}

/** Puts a deleted article back with its id, unless its URL was saved again in the meantime. */
export async function restoreArticle(article: SavedArticle, db: JeongdokDatabase = getDatabase()): Promise<number> {
  return db.transaction('rw', articleTables(db), async () => {
    const existing = await db.articles.where('url').equals(article.url).first();
    if (existing) return existing.id;
    await putArticles(db, [article], []);
    return article.id;
  });
}

export async function setArticleRead(id: number, read: boolean, db: JeongdokDatabase = getDatabase(), now: Date = new Date()): Promise<void> {
  await db.articles.update(id, { readAt: read ? now.toISOString() : null });
}

/** Every article is in exactly one section group ('' included), so their counts add up to all. */
export async function countArticles(db: JeongdokDatabase = getDatabase()): Promise<number> {
  return (await readCounts(db, GROUP_PREFIX.section)).reduce((sum, [, count]) => sum + count, 0);
}

/** Newest saved first. */
export function listRecentArticles(limit = 200, db: JeongdokDatabase = getDatabase()): Promise<SavedArticle[]> {
  return db.articles.orderBy('savedAt').reverse().limit(limit).toArray();
}

/** Where a group's articles come from. `subsection: ''` is the section's articles without one. */
export type GroupRef = { kind: 'section'; section: string; subsection: string } | { kind: 'reporter'; name: string };

export interface GroupSummary {
  key: string;
  /** The section, subsection or reporter; '' for articles without a section (shown as 기타). */
  label: string;
  count: number;
  /** The articles directly in this group (for a section: those without a subsection). */
  ref: GroupRef;
  /** A section: its subsections are read when it is opened (listSubsectionGroups). */
  hasSubgroups: boolean;
}

const SECTION_KEY = '[sectionKey+subsectionKey]';

/** The group-count rows under a prefix, as [rest of the key, count]. */
async function readCounts(db: JeongdokDatabase, prefix: string): Promise<Array<[string, number]>> {
  const rows = await db.groupCounts.where('key').startsWith(prefix).toArray();
  return rows.map((row) => [row.key.slice(prefix.length), row.count]);
}

/**
 * Sections with counts, largest first, articles without a section last (''). Counts come from
 * the groupCounts table, so the first list costs the same with 100 articles or 10,000; the
 * articles of a group come from the indexes when it is opened.
 */
export async function listSectionGroups(db: JeongdokDatabase = getDatabase()): Promise<GroupSummary[]> {
  const groups = sortGroups(
    (await readCounts(db, GROUP_PREFIX.section)).map(([section, count]) => ({
      key: `section:${section}`,
      label: section,
      count,
      ref: { kind: 'section' as const, section, subsection: '' },
      hasSubgroups: true,
    })),
  );
  return [...groups.filter((group) => group.label !== ''), ...groups.filter((group) => group.label === '')];
}

/** One section's subsections with counts, and how many of its articles have no subsection. */
export async function listSubsectionGroups(section: string, db: JeongdokDatabase = getDatabase()): Promise<{ subgroups: GroupSummary[]; directCount: number }> {
  let directCount = 0;
  const subgroups: GroupSummary[] = [];
  for (const [subsection, count] of await readCounts(db, `${GROUP_PREFIX.subsection}${section}\u0000`)) {
    if (subsection === '') directCount = count;
    else subgroups.push({ key: `section:${section}\u0000${subsection}`, label: subsection, count, ref: { kind: 'section', section, subsection }, hasSubgroups: false });
  }
  return { subgroups: sortGroups(subgroups), directCount };
}

/** Reporters with counts: a reporter's articles across outlets (the multi-entry reporters index). */
export async function listReporterGroups(db: JeongdokDatabase = getDatabase()): Promise<GroupSummary[]> {
  return sortGroups(
    (await readCounts(db, GROUP_PREFIX.reporter)).map(([name, count]) => ({
      key: `reporter:${name}`,
      label: name,
      count,
      ref: { kind: 'reporter' as const, name },
      hasSubgroups: false,
    })),
  );
}

/** The newest `limit` articles of one group, read through its index. */
export function listGroupArticles(ref: GroupRef, limit: number, db: JeongdokDatabase = getDatabase()): Promise<SavedArticle[]> {
  const collection =
    ref.kind === 'section'
      ? db.articles.where(SECTION_KEY).equals([ref.section, ref.subsection])
      : db.articles.where('reporters').equals(ref.name);
  return collection.reverse().limit(limit).toArray();
}

// One collator for all sorting: localeCompare with a locale builds a new one on every call.
const KOREAN_ORDER = new Intl.Collator('ko');

function sortGroups(groups: GroupSummary[]): GroupSummary[] {
  return groups.sort((a, b) => b.count - a.count || KOREAN_ORDER.compare(a.label, b.label));
}

export interface LibraryFilters {
  section?: string;
  reporter?: string;
  site?: string;
  dateField?: 'publishedAt' | 'savedAt';
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
}

export function hasFilters(filters: LibraryFilters): boolean {
  return filters.section !== undefined || !!filters.reporter || !!filters.site || !!filters.from || !!filters.to;
}

/**
 * The values the library page offers as filters, from the group counts: a few hundred rows at
 * most, where an index's unique keys would walk every entry (and hold up the next save).
 */
export async function listFilterOptions(db: JeongdokDatabase = getDatabase()) {
  const names = (prefix: string) => readCounts(db, prefix).then((rows) => rows.map(([name]) => name));
  const [sections, reporters, sites] = await Promise.all([names(GROUP_PREFIX.section), names(GROUP_PREFIX.reporter), names(GROUP_PREFIX.site)]);
  const sorted = (keys: string[]) => keys.filter(Boolean).sort(KOREAN_ORDER.compare);
  return { sections: sorted(sections), reporters: sorted(reporters), sites: sorted(sites) };
}

/**
 * The ids of the articles that pass every filter, newest first: each filter reads the primary
 * keys of its own index, and the sets are intersected.
 */
export async function filterArticleIds(filters: LibraryFilters, db: JeongdokDatabase = getDatabase()): Promise<number[]> {
  const lookups: Array<Promise<number[]>> = [];
  if (filters.section !== undefined)
    lookups.push(db.articles.where(SECTION_KEY).between([filters.section, Dexie.minKey], [filters.section, Dexie.maxKey]).primaryKeys());
  if (filters.reporter) lookups.push(db.articles.where('reporters').equals(filters.reporter).primaryKeys());
  if (filters.site) lookups.push(db.articles.where('siteName').equals(filters.site).primaryKeys());
  if (filters.from || filters.to) {
    const field = filters.dateField ?? 'publishedAt';
    const [lower, upper] = dateBounds(field, filters.from, filters.to);
    lookups.push(db.articles.where(field).between(lower, upper, true, true).primaryKeys());
  }
  if (lookups.length === 0) return (await db.articles.toCollection().primaryKeys()).reverse();
  const [first, ...rest] = await Promise.all(lookups);
  const others = rest.map((ids) => new Set(ids));
  return [...new Set(first)].filter((id) => others.every((set) => set.has(id))).sort((a, b) => b - a);
}

/**
 * Index bounds for a date range. `publishedAt` keeps the page's own offset, so its date is the
 * one the page states (compare the text); `savedAt` is UTC, so the user's local days are converted.
 */
function dateBounds(field: 'publishedAt' | 'savedAt', from?: string, to?: string): [string, string] {
  if (field === 'publishedAt') return [from ?? '', to ? `${to}\uffff` : '\uffff'];
  const lower = from ? new Date(`${from}T00:00:00`).toISOString() : '';
  const upper = to ? new Date(`${to}T23:59:59.999`).toISOString() : '\uffff';
  return [lower, upper];
}

export function getArticles(ids: number[], db: JeongdokDatabase = getDatabase()): Promise<SavedArticle[]> {
  return db.articles.bulkGet(ids).then((found) => found.filter((article): article is ArticleRecord => !!article));
}
