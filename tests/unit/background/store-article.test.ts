import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeArticle } from '../../../utils/background/handlers';
import { getDatabase } from '../../../utils/db/articles';
import { sampleArticle } from '../../support/articles';

afterEach(() => vi.restoreAllMocks());

/** Every write fails as a full disk does. */
function fillTheDisk() {
  const failure = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(failure);
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(failure);
}

describe('storeArticle on a full disk', () => {
  it('says the disk is full and keeps everything already saved, new and updated alike', async () => {
    const db = getDatabase();
    const first = await storeArticle(sampleArticle({ url: 'https://a.example/kept' }));
    expect(first).toMatchObject({ ok: true });
    const before = { articles: await db.articles.toArray(), entries: await db.searchEntries.toArray(), counts: await db.groupCounts.toArray() };

    fillTheDisk();
    expect(await storeArticle(sampleArticle({ url: 'https://a.example/new' }))).toEqual({ ok: false, error: 'quota', message: expect.stringContaining('저장 공간이 부족') });
    expect(await storeArticle(sampleArticle({ url: 'https://a.example/kept', title: '바뀐 제목' }))).toMatchObject({ ok: false, error: 'quota' });
    vi.restoreAllMocks();

    expect({ articles: await db.articles.toArray(), entries: await db.searchEntries.toArray(), counts: await db.groupCounts.toArray() }).toEqual(before);
  });
});
