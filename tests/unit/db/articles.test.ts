import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import {
  deleteArticle,
  filterArticleIds,
  findArticleIdByUrl,
  listFilterOptions,
  listGroupArticles,
  listRecentArticles,
  listReporterGroups,
  listSectionGroups,
  listSubsectionGroups,
  restoreArticle,
  saveArticle,
  setArticleRead,
} from '../../../utils/db/articles';
import { GROUP_PREFIX, countGroups } from '../../../utils/db/derived';
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
  it('stores the article with its library fields and its search entry', async () => {
    const { id, updated } = await saveArticle(sampleArticle(), db, new Date('2024-03-01T00:00:00Z'));
    expect(updated).toBe(false);
    const stored = await db.articles.get(id);
    expect(stored).toMatchObject({ title: '표본 기사 제목', reporters: ['박현아'], savedAt: '2024-03-01T00:00:00.000Z', readAt: null });
    expect(await db.searchEntries.get(id)).toMatchObject({ title: '표본 기사 제목', reporters: '박현아' });
  });

  it('updates one record when the same URL is saved again, keeping the first savedAt', async () => {
    const first = await saveArticle(sampleArticle(), db, new Date('2024-03-01T00:00:00Z'));
    const second = await saveArticle(sampleArticle({ title: '고친 제목' }), db, new Date('2024-03-02T00:00:00Z'));
    expect(second).toEqual({ id: first.id, updated: true });
    expect(await db.articles.count()).toBe(1);
    const stored = await db.articles.get(first.id);
    expect(stored).toMatchObject({ title: '고친 제목', savedAt: '2024-03-01T00:00:00.000Z', updatedAt: '2024-03-02T00:00:00.000Z' });
    expect((await db.searchEntries.get(first.id))?.title).toBe('고친 제목');
  });

  it('finds, lists newest first, deletes and restores with the same id', async () => {
    await saveArticle(sampleArticle({ url: 'https://a.example/1' }), db, new Date('2024-03-01T00:00:00Z'));
    const { id } = await saveArticle(sampleArticle({ url: 'https://a.example/2' }), db, new Date('2024-03-02T00:00:00Z'));
    expect(await findArticleIdByUrl('https://a.example/2', db)).toBe(id);
    expect((await listRecentArticles(10, db)).map((article) => article.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
    const removed = await deleteArticle(id, db);
    expect(await findArticleIdByUrl('https://a.example/2', db)).toBeNull();
    expect(await db.searchEntries.get(id)).toBeUndefined();
    expect(await restoreArticle(removed!, db)).toBe(id);
    expect(await db.articles.get(id)).toEqual(removed);
    expect(await db.searchEntries.get(id)).toBeDefined();
  });

  it('does not restore over an article saved again at the same URL meanwhile', async () => {
    const { id } = await saveArticle(sampleArticle(), db);
    const removed = await deleteArticle(id, db);
    const again = await saveArticle(sampleArticle({ title: '새로 저장' }), db);
    expect(await restoreArticle(removed!, db)).toBe(again.id);
    expect((await db.articles.toArray()).map((article) => article.title)).toEqual(['새로 저장']);
  });

  it('marks read and unread', async () => {
    const { id } = await saveArticle(sampleArticle(), db);
    await setArticleRead(id, true, db, new Date('2024-03-05T00:00:00Z'));
    expect((await db.articles.get(id))?.readAt).toBe('2024-03-05T00:00:00.000Z');
    await saveArticle(sampleArticle({ title: '다시 저장' }), db);
    expect((await db.articles.get(id))?.readAt).toBe('2024-03-05T00:00:00.000Z');
    await setArticleRead(id, false, db);
    expect((await db.articles.get(id))?.readAt).toBeNull();
  });
});

describe('grouping from indexes', () => {
  beforeEach(async () => {
    const at = (day: number) => new Date(`2024-03-0${day}T00:00:00Z`);
    await saveArticle(sampleArticle({ url: 'https://a.example/1', section: '경제', subsection: '금융', reporters: ['김가나', '이다라'] }), db, at(1));
    await saveArticle(sampleArticle({ url: 'https://a.example/2', section: '경제', subsection: null, reporters: ['김가나'], siteName: '다른신문' }), db, at(2));
    await saveArticle(sampleArticle({ url: 'https://a.example/3', section: '경제', subsection: '금융', reporters: [] }), db, at(3));
    await saveArticle(sampleArticle({ url: 'https://a.example/4', section: '사회', subsection: null, reporters: [] }), db, at(4));
    await saveArticle(sampleArticle({ url: 'https://a.example/5', section: null, subsection: null, reporters: ['박현아'] }), db, at(5));
  });

  it('groups by section › subsection with counts, largest first, articles without a section last', async () => {
    const groups = await listSectionGroups(db);
    expect(groups.map((group) => [group.label, group.count])).toEqual([
      ['경제', 3],
      ['사회', 1],
      ['', 1],
    ]);
    const economy = await listSubsectionGroups('경제', db);
    expect(economy.directCount).toBe(1);
    expect(economy.subgroups.map((child) => [child.label, child.count])).toEqual([['금융', 2]]);
    expect(await listSubsectionGroups('', db)).toEqual({ subgroups: [], directCount: 1 });
    const finance = await listGroupArticles(economy.subgroups[0].ref, 10, db);
    expect(finance.map((article) => article.url)).toEqual(['https://a.example/3', 'https://a.example/1']);
    const direct = await listGroupArticles(groups[0].ref, 10, db);
    expect(direct.map((article) => article.url)).toEqual(['https://a.example/2']);
    const unsorted = await listGroupArticles(groups[2].ref, 10, db);
    expect(unsorted.map((article) => article.url)).toEqual(['https://a.example/5']);
  });

  it('groups by reporter, an article with two reporters under both, across outlets', async () => {
    const groups = await listReporterGroups(db);
    expect(groups.map((group) => [group.label, group.count])).toEqual([
      ['김가나', 2],
      ['박현아', 1],
      ['이다라', 1],
    ]);
    const kim = await listGroupArticles(groups[0].ref, 1, db);
    expect(kim.map((article) => article.url)).toEqual(['https://a.example/2']);
  });

  it('keeps the group counts equal to a full count through saves, moves, deletes and restores', async () => {
    const fullCount = async () => {
      const counts = new Map<string, number>();
      for (const record of await db.articles.toArray()) countGroups(counts, record, 1);
      return Object.fromEntries([...counts].sort());
    };
    const stored = async () => Object.fromEntries((await db.groupCounts.toArray()).map((row) => [row.key, row.count]).sort());
    expect(await stored()).toEqual(await fullCount());
    await saveArticle(sampleArticle({ url: 'https://a.example/1', section: '사회', subsection: '교육', reporters: ['김가나', '김가나'] }), db);
    const removed = await deleteArticle((await findArticleIdByUrl('https://a.example/4', db))!, db);
    expect(await stored()).toEqual(await fullCount());
    await restoreArticle(removed!, db);
    expect(await stored()).toEqual(await fullCount());
    expect(await db.groupCounts.get(`${GROUP_PREFIX.subsection}경제\u0000금융`)).toEqual({ key: `${GROUP_PREFIX.subsection}경제\u0000금융`, count: 1 });
  });

  it('reads the grouping from indexes, never the whole table', async () => {
    const tableReads: string[] = [];
    const spied = new JeongdokDatabase(db.name);
    spied.use({
      stack: 'dbcore',
      name: 'spy',
      create: (core) => ({
        ...core,
        table: (name) => {
          const table = core.table(name);
          return {
            ...table,
            query: (request) => {
              if (name === 'articles' && request.values && !request.query.index.name) tableReads.push(`${name}: full values`);
              return table.query(request);
            },
            openCursor: (request) => {
              if (name === 'articles' && request.values && !request.query.index.name) tableReads.push(`${name}: full cursor`);
              return table.openCursor(request);
            },
          };
        },
      }),
    });
    expect((await listSectionGroups(spied)).length).toBe(3);
    expect((await listSubsectionGroups('경제', spied)).subgroups.length).toBe(1);
    expect((await listReporterGroups(spied)).length).toBe(3);
    expect(tableReads).toEqual([]);
    await spied.articles.toArray(); // the spy does see a full read
    expect(tableReads).toEqual(['articles: full values']);
    spied.close();
  });

  it('filters by section, reporter, site and date range through the indexes', async () => {
    const ids = async (filters: Parameters<typeof filterArticleIds>[0]) =>
      Promise.all((await filterArticleIds(filters, db)).map(async (id) => (await db.articles.get(id))!.url.slice(-1)));
    expect(await ids({ section: '경제' })).toEqual(['3', '2', '1']);
    expect(await ids({ section: '경제', reporter: '김가나' })).toEqual(['2', '1']);
    expect(await ids({ site: '다른신문' })).toEqual(['2']);
    expect(await ids({ section: '' })).toEqual(['5']);
    expect(await ids({ dateField: 'publishedAt', from: '2024-02-06', to: '2024-02-06' })).toHaveLength(5);
    expect(await ids({ dateField: 'publishedAt', from: '2024-02-07' })).toEqual([]);
    expect(await ids({})).toEqual(['5', '4', '3', '2', '1']);
    expect(await listFilterOptions(db)).toEqual({ sections: ['경제', '사회'], reporters: ['김가나', '박현아', '이다라'], sites: ['다른신문', '미디어경제뉴스'] });
  });
});
