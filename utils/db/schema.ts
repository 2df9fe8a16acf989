/**
 * The library database (IndexedDB through Dexie, extension origin only). Versions only move
 * forward: never edit a shipped `version()`; add a new one with an `upgrade()` and a test
 * (tests/unit/db/schema-upgrade.test.ts opens a real version-1 database and upgrades it).
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { ExtractedArticle } from '../extract/types';
import { SEARCH_REVISION_KEY, countGroups, toArticleRecord, toSearchEntry } from './derived';

export const DATABASE_NAME = 'jeongdok';
export const SCHEMA_VERSION = 2;

/** A saved article: the extracted article plus the library's own fields. */
export interface SavedArticle extends ExtractedArticle {
  id: number;
  /** When it was first saved (kept when the same URL is saved again). ISO 8601 UTC. */
  savedAt: string;
  /** When it was last saved or changed. */
  updatedAt: string;
  /** When the reader marked it read, or null. */
  readAt: string | null;
}

/**
 * What the `articles` table stores (version 2): the saved article plus its section and
 * subsection as strings ('' for none), because IndexedDB leaves null keys out of an index and
 * the 기타 group and subsection groups must come from an index too.
 */
export interface ArticleRecord extends SavedArticle {
  sectionKey: string;
  subsectionKey: string;
}

/** The search projection (version 2): normalized text of one article, read into memory to search. */
export interface SearchEntry {
  /** The article's id. */
  id: number;
  title: string;
  reporters: string;
  body: string;
  savedAt: string;
}

/**
 * How many articles each group holds (version 2), kept in step by every write: counting an index
 * in IndexedDB visits every entry, so the popup's first list would grow with the library.
 * Keys are made by `groupCountKeys` (utils/db/derived.ts).
 */
export interface GroupCount {
  key: string;
  count: number;
}

/** Small library-wide values, e.g. the search revision that tells a cached corpus it is stale. */
export interface MetaEntry {
  key: string;
  value: number;
}

export class JeongdokDatabase extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  searchEntries!: EntityTable<SearchEntry, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  groupCounts!: EntityTable<GroupCount, 'key'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Shipped in 0.1.0: never edit.
    this.version(1).stores({
      articles: '++id, &url, section, *reporters, savedAt, publishedAt, siteName',
    });
    // 0.2.0: group keys for sections and subsections, the search projection, group counts, meta.
    this.version(2)
      .stores({
        articles: '++id, &url, section, sectionKey, [sectionKey+subsectionKey], *reporters, savedAt, publishedAt, siteName',
        searchEntries: 'id',
        meta: 'key',
        groupCounts: 'key',
      })
      .upgrade(fillVersion2);
  }
}

/** Gives every version-1 record its group keys, search entry and group counts, in the upgrade transaction. */
async function fillVersion2(tx: Transaction): Promise<void> {
  const entries: SearchEntry[] = [];
  const counts = new Map<string, number>();
  await tx
    .table('articles')
    .toCollection()
    .modify((article: SavedArticle) => {
      Object.assign(article, toArticleRecord(article));
      entries.push(toSearchEntry(article));
      countGroups(counts, article, 1);
    });
  await tx.table('searchEntries').bulkPut(entries);
  await tx.table('groupCounts').bulkPut([...counts].map(([key, count]) => ({ key, count })));
  await tx.table('meta').put({ key: SEARCH_REVISION_KEY, value: 1 });
}
