/**
 * The library database (IndexedDB through Dexie, extension origin only). Versions only move
 * forward: never edit a shipped `version()`; add a new one with an `upgrade()` and a test.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ExtractedArticle } from '../extract/types';

export const DATABASE_NAME = 'jeongdok';

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

export class JeongdokDatabase extends Dexie {
  articles!: EntityTable<SavedArticle, 'id'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      articles: '++id, &url, section, *reporters, savedAt, publishedAt, siteName',
    });
  }
}
