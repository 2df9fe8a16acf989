import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { deleteArticle, saveArticle } from '../../../utils/db/articles';
import { JeongdokDatabase } from '../../../utils/db/schema';
import { searchArticles } from '../../../utils/db/search';
import { queryTerms, scoreMatch } from '../../../utils/library/search-text';
import { sampleArticle } from '../../support/articles';

let db: JeongdokDatabase;
let name = 0;

beforeEach(async () => {
  db = new JeongdokDatabase(`search-${++name}`);
  const at = (day: number) => new Date(`2024-03-0${day}T00:00:00Z`);
  await saveArticle(sampleArticle({ url: 'https://a.example/body', title: '연구소 소식', textContent: '이번 연구에 참여한 생물학자들은 말했다.' }), db, at(1));
  await saveArticle(sampleArticle({ url: 'https://a.example/title', title: '생물학자 김씨의 하루', textContent: '본문' }), db, at(2));
  await saveArticle(sampleArticle({ url: 'https://a.example/reporter', title: '날씨', reporters: ['생물학'], textContent: '맑음' }), db, at(3));
  await saveArticle(sampleArticle({ url: 'https://a.example/english', title: 'Biology Today', reporters: ['Jane Doe'], textContent: 'Cells and DNA' }), db, at(4));
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const urls = async (query: string) => (await searchArticles(query, {}, db)).articles.map((article) => article.url.split('/').pop());

describe('searchArticles', () => {
  it('finds Korean partial words: 생물학 finds 생물학자, title hits first, then reporters, then body', async () => {
    expect(await urls('생물학')).toEqual(['title', 'reporter', 'body']);
  });

  it('finds a reporter by part of the name', async () => {
    await saveArticle(sampleArticle({ url: 'https://a.example/park', title: '제목', reporters: ['박현아'], textContent: '본문' }), db);
    expect(await urls('현아')).toContain('park');
  });

  it('needs every term, ignores case, spacing and a syllable still being typed', async () => {
    expect(await urls('생물학자  하루')).toEqual(['title']);
    expect(await urls('BIOLOGY dna')).toEqual(['english']);
    expect(await urls('생물ㅎ')).toEqual(['title', 'reporter', 'body']);
    expect(await urls('없는말')).toEqual([]);
    expect(await urls('   ')).toEqual([]);
  });

  it('matches decomposed Hangul (NFD) as the same text', async () => {
    expect(await urls('생물학'.normalize('NFD'))).toEqual(['title', 'reporter', 'body']);
  });

  it('counts all matches, returns the best `limit`, and searches within a set of ids', async () => {
    const limited = await searchArticles('생물학', { limit: 1 }, db);
    expect(limited.total).toBe(3);
    expect(limited.articles).toHaveLength(1);
    const titleId = limited.articles[0].id;
    const within = await searchArticles('생물학', { within: new Set([titleId]) }, db);
    expect(within.articles.map((article) => article.id)).toEqual([titleId]);
  });

  it('sees saves and deletes made after the first search', async () => {
    expect(await urls('반도체')).toEqual([]);
    const { id } = await saveArticle(sampleArticle({ url: 'https://a.example/chip', title: '반도체 수출' }), db);
    expect(await urls('반도체')).toEqual(['chip']);
    await deleteArticle(id, db);
    expect(await urls('반도체')).toEqual([]);
  });
});

describe('query terms and scores', () => {
  it('splits, deduplicates and drops a trailing jamo', () => {
    expect(queryTerms(' 생물학  생물학 기자ㄱ ㅎ')).toEqual(['생물학', '기자']);
  });

  it('scores title above reporters above body, and zero when a term is missing', () => {
    const fields = { title: '가나', reporters: '다라', body: '마바' };
    expect(scoreMatch(fields, ['가'])).toBeGreaterThan(scoreMatch(fields, ['다']));
    expect(scoreMatch(fields, ['다'])).toBeGreaterThan(scoreMatch(fields, ['마']));
    expect(scoreMatch(fields, ['가', '없음'])).toBe(0);
  });
});
