import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import {
  deleteArticle,
  findArticleIdByUrl,
  groupByReporter,
  groupBySection,
  listRecentArticles,
  saveArticle,
  UNSORTED_LABEL,
} from '../../../utils/db/articles';
import { JeongdokDatabase } from '../../../utils/db/schema';
import { sampleArticle } from '../../support/articles';

let db: JeongdokDatabase;
let name = 0;

beforeEach(() => {
  db = new JeongdokDatabase(`test-${++name}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('saveArticle', () => {
  it('stores the article with its library fields', async () => {
    const { id, updated } = await saveArticle(sampleArticle(), db, new Date('2024-03-01T00:00:00Z'));
    expect(updated).toBe(false);
    const stored = await db.articles.get(id);
    expect(stored).toMatchObject({ title: '표본 기사 제목', reporters: ['박현아'], savedAt: '2024-03-01T00:00:00.000Z', readAt: null });
  });

  it('updates one record when the same URL is saved again, keeping the first savedAt', async () => {
    const first = await saveArticle(sampleArticle(), db, new Date('2024-03-01T00:00:00Z'));
    const second = await saveArticle(sampleArticle({ title: '고친 제목' }), db, new Date('2024-03-02T00:00:00Z'));
    expect(second).toEqual({ id: first.id, updated: true });
    expect(await db.articles.count()).toBe(1);
    const stored = await db.articles.get(first.id);
    expect(stored).toMatchObject({ title: '고친 제목', savedAt: '2024-03-01T00:00:00.000Z', updatedAt: '2024-03-02T00:00:00.000Z' });
  });

  it('finds, lists newest first, and deletes', async () => {
    await saveArticle(sampleArticle({ url: 'https://a.example/1' }), db, new Date('2024-03-01T00:00:00Z'));
    const { id } = await saveArticle(sampleArticle({ url: 'https://a.example/2' }), db, new Date('2024-03-02T00:00:00Z'));
    expect(await findArticleIdByUrl('https://a.example/2', db)).toBe(id);
    expect((await listRecentArticles(10, db)).map((article) => article.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
    await deleteArticle(id, db);
    expect(await findArticleIdByUrl('https://a.example/2', db)).toBeNull();
  });
});

describe('grouping', () => {
  beforeEach(async () => {
    await saveArticle(sampleArticle({ url: 'https://a.example/1', section: '경제', reporters: ['김가나', '이다라'] }), db);
    await saveArticle(sampleArticle({ url: 'https://a.example/2', section: '경제', reporters: ['김가나'] }), db);
    await saveArticle(sampleArticle({ url: 'https://a.example/3', section: '사회', reporters: [] }), db);
    await saveArticle(sampleArticle({ url: 'https://a.example/4', section: null, reporters: ['박현아'] }), db);
  });

  it('groups by section with counts, largest first, unsectioned articles last', async () => {
    const groups = await groupBySection(db);
    expect(groups.map((group) => [group.label, group.count])).toEqual([
      ['경제', 2],
      ['사회', 1],
      ['기타', 1],
    ]);
    expect(UNSORTED_LABEL).toBe('기타');
  });

  it('groups by reporter, an article with two reporters under both', async () => {
    const groups = await groupByReporter(db);
    expect(groups.map((group) => [group.label, group.count])).toEqual([
      ['김가나', 2],
      ['박현아', 1],
      ['이다라', 1],
    ]);
  });
});
