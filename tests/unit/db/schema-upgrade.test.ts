/**
 * Schema evolution: a database written by version 1 (opened here with raw IndexedDB, exactly as
 * 0.1.0 declared it) opens as version 2 with every record intact, its group keys and search
 * entries filled in.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { listSectionGroups } from '../../../utils/db/articles';
import { JeongdokDatabase, SCHEMA_VERSION } from '../../../utils/db/schema';
import { searchArticles } from '../../../utils/db/search';
import { sampleArticle } from '../../support/articles';

const NAME = 'upgrade-test';

/** Version 1 as shipped: Dexie stores version N as IndexedDB version N * 10. */
function openVersion1(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, 10);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('articles', { keyPath: 'id', autoIncrement: true });
      store.createIndex('url', 'url', { unique: true });
      store.createIndex('section', 'section');
      store.createIndex('reporters', 'reporters', { multiEntry: true });
      for (const index of ['savedAt', 'publishedAt', 'siteName']) store.createIndex(index, index);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const version1Records = [
  { ...sampleArticle({ url: 'https://a.example/1', title: '생물학자들의 겨울', section: '과학', subsection: '생명' }), savedAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-02T00:00:00.000Z', readAt: null },
  { ...sampleArticle({ url: 'https://a.example/2', section: null, subsection: null, reporters: [] }), savedAt: '2024-01-03T00:00:00.000Z', updatedAt: '2024-01-03T00:00:00.000Z', readAt: '2024-01-04T00:00:00.000Z' },
  { ...sampleArticle({ url: 'https://a.example/3', reporters: ['김가나', '이다라'], textContent: '본문에 생물학 이야기' }), savedAt: '2024-01-05T00:00:00.000Z', updatedAt: '2024-01-05T00:00:00.000Z', readAt: null },
];

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('version 1 → 2', () => {
  it('keeps every version-1 record and fills the new keys and the search projection', async () => {
    const v1 = await openVersion1();
    await new Promise<void>((resolve, reject) => {
      const tx = v1.transaction('articles', 'readwrite');
      for (const record of version1Records) tx.objectStore('articles').add(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    v1.close();

    const db = new JeongdokDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const records = await db.articles.orderBy(':id').toArray();
    expect(records).toHaveLength(version1Records.length);
    records.forEach((record, index) => {
      const { sectionKey, subsectionKey, id, ...saved } = record;
      expect(id).toBe(index + 1);
      expect(saved).toEqual(version1Records[index]);
      expect(sectionKey).toBe(version1Records[index].section ?? '');
      expect(subsectionKey).toBe(version1Records[index].subsection ?? '');
    });
    expect(await db.searchEntries.count()).toBe(3);
    expect(await db.groupCounts.get('r\u0000김가나')).toEqual({ key: 'r\u0000김가나', count: 1 });
    expect((await listSectionGroups(db)).map((group) => [group.label, group.count])).toEqual([
      ['과학', 1],
      ['산업·IT', 1],
      ['', 1],
    ]);
    const found = await searchArticles('생물학', {}, db);
    expect(found.articles.map((article) => article.url)).toEqual(['https://a.example/1', 'https://a.example/3']);
    db.close();
  });
});
