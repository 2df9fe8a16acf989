// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { saveArticle, setArticleRead } from '../../../utils/db/articles';
import { countGroups, toPortableArticle } from '../../../utils/db/derived';
import { JeongdokDatabase } from '../../../utils/db/schema';
import { searchArticles } from '../../../utils/db/search';
import { exportLibrary, importArticles, mergeArticles } from '../../../utils/db/transfer';
import { createHtmlSafetyCheck } from '../../../utils/library/html-check';
import { parseLibraryFile } from '../../../utils/library/library-file';
import { sampleArticle } from '../../support/articles';

let source: JeongdokDatabase;
let target: JeongdokDatabase;
let name = 0;
const isSafeHtml = createHtmlSafetyCheck(window);

beforeEach(() => {
  source = new JeongdokDatabase(`export-${++name}`);
  target = new JeongdokDatabase(`import-${name}`);
});

afterEach(async () => {
  for (const db of [source, target]) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const FIRST_URL = 'https://a.example/1?x=1&y=%ED%95%9C';

/** Articles that use every field, with nulls, empty lists, odd characters and rich HTML. */
async function seed(db: JeongdokDatabase): Promise<void> {
  await saveArticle(sampleArticle({ url: FIRST_URL, title: '제목 "따옴표" <꺾쇠> & 이모지 🙂', byline: '글·사진 홍길동 기자', reporters: ['홍길동', '김철수'],
    contentHtml: '<h2>■ 소제목</h2><p>본문 <strong>굵게</strong> <a href="https://a.example/x">링크</a></p><figure><img src="https://a.example/i.jpg" alt="사진"><figcaption>설명</figcaption></figure><table><tbody><tr><td>가</td><td>나</td></tr></tbody></table>',
    textContent: '■ 소제목\n본문 굵게 링크\n설명', leadImage: 'https://a.example/i.jpg', readingMinutes: 3, modifiedAt: '2024-02-07T10:00:00+09:00' }), db, new Date('2024-03-01T00:00:00Z'));
  await saveArticle(sampleArticle({ url: 'http://b.example/2', title: 'Plain', byline: null, reporters: [], section: null, subsection: null, publishedAt: null, siteName: null, lang: 'en', excerpt: null, contentHtml: '<p>x</p>', textContent: 'x', readingMinutes: 0 }), db, new Date('2024-03-02T00:00:00Z'));
  const { id } = await saveArticle(sampleArticle({ url: 'https://c.example/3' }), db, new Date('2024-03-03T00:00:00Z'));
  await setArticleRead(id, true, db, new Date('2024-03-04T00:00:00Z'));
}

const fileText = async (db: JeongdokDatabase) => (await exportLibrary(undefined, db, new Date('2024-04-01T00:00:00Z'))).parts.join('');
const portable = async (db: JeongdokDatabase) => (await db.articles.orderBy('url').toArray()).map(toPortableArticle);

describe('export → import', () => {
  it('round-trips every field exactly', async () => {
    await seed(source);
    const text = await fileText(source);
    const parsed = await parseLibraryFile(text, isSafeHtml);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(await importArticles(parsed.articles, undefined, target)).toEqual({ added: 3, merged: 0, unchanged: 0 });
    expect(await portable(target)).toEqual(await portable(source));
    expect(await fileText(target)).toBe(text);
    expect((await searchArticles('이모지', {}, target)).total).toBe(1);
  });

  it('reports progress and exports one article per line with a schema version', async () => {
    await seed(source);
    const progress: number[] = [];
    const { parts, count } = await exportLibrary((done) => progress.push(done), source);
    expect(count).toBe(3);
    const lines = parts.join('').trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(parts.join(''))).toMatchObject({ format: 'jeongdok-library', schemaVersion: 2, articleCount: 3 });
    expect(progress).toEqual([3]);
  });

  it('merges duplicates by URL: first savedAt, newest content, read state kept', async () => {
    await saveArticle(sampleArticle({ url: FIRST_URL, title: '옛 제목' }), target, new Date('2024-03-05T00:00:00Z'));
    await seed(source);
    const parsed = await parseLibraryFile(await fileText(source), isSafeHtml);
    if (!parsed.ok) throw new Error('parse failed');
    const withDuplicate = [...parsed.articles, { ...parsed.articles[2], title: '파일 안의 중복', updatedAt: '2024-03-10T00:00:00.000Z' }];
    const outcome = await importArticles(withDuplicate, undefined, target);
    expect(outcome).toEqual({ added: 2, merged: 1, unchanged: 0 });
    expect(await target.articles.count()).toBe(3);
    // The file's copy was saved earlier (savedAt kept) but the library's copy is newer (its content kept).
    const merged = await target.articles.where('url').equals(FIRST_URL).first();
    expect(merged).toMatchObject({ title: '옛 제목', savedAt: '2024-03-01T00:00:00.000Z', updatedAt: '2024-03-05T00:00:00.000Z' });
    const sample = await target.articles.where('url').equals('https://c.example/3').first();
    expect(sample).toMatchObject({ title: '파일 안의 중복', readAt: '2024-03-04T00:00:00.000Z' });
    expect(await importArticles(withDuplicate, undefined, target)).toEqual({ added: 0, merged: 0, unchanged: 3 });
    const counted = new Map<string, number>();
    for (const record of await target.articles.toArray()) countGroups(counted, record, 1);
    expect(new Map((await target.groupCounts.toArray()).map((row) => [row.key, row.count]))).toEqual(counted);
  });

  it('mergeArticles keeps the earlier read time', () => {
    const a = { ...toPortableArticle({ ...sampleArticle(), id: 1, savedAt: '2024-01-02T00:00:00Z', updatedAt: '2024-01-02T00:00:00Z', readAt: '2024-01-05T00:00:00Z' }) };
    const b = { ...a, savedAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-03T00:00:00Z', readAt: '2024-01-04T00:00:00Z', title: 'b' };
    expect(mergeArticles(a, b)).toMatchObject({ title: 'b', savedAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-03T00:00:00Z', readAt: '2024-01-04T00:00:00Z' });
  });

  it('changes nothing when the write fails half-way (one transaction)', async () => {
    await saveArticle(sampleArticle({ url: 'https://kept.example/1' }), target);
    const before = await portable(target);
    const articles = Array.from({ length: 1200 }, (_, index) => ({
      ...toPortableArticle({ ...sampleArticle({ url: `https://many.example/${index}` }), id: 0, savedAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', readAt: null }),
    }));
    let calls = 0;
    const failing = (done: number) => {
      calls++;
      if (done >= 1000) throw new DOMException('disk full', 'QuotaExceededError');
    };
    await expect(importArticles(articles, failing, target)).rejects.toThrow();
    expect(calls).toBe(2);
    expect(await portable(target)).toEqual(before);
    expect(await target.searchEntries.count()).toBe(1);
  });
});
