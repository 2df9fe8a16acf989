// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createHtmlSafetyCheck } from '../../../utils/library/html-check';
import { LIBRARY_FILE_END, libraryFileArticle, libraryFileStart, parseLibraryFile } from '../../../utils/library/library-file';
import { sampleArticle } from '../../support/articles';

const isSafeHtml = createHtmlSafetyCheck(window);
const saved = (overrides = {}) => ({ ...sampleArticle(overrides), id: 1, savedAt: '2024-03-01T00:00:00.000Z', updatedAt: '2024-03-01T00:00:00.000Z', readAt: null });
const file = (articles: object[]) => libraryFileStart(articles.length, new Date('2024-04-01T00:00:00Z')) + articles.map((article, index) => libraryFileArticle(article as never, index)).join('') + LIBRARY_FILE_END;
const withField = (field: string, value: unknown) => {
  const data = JSON.parse(file([saved()]));
  data.articles[0][field] = value;
  return JSON.stringify(data);
};
const problem = async (text: string) => {
  const parsed = await parseLibraryFile(text, isSafeHtml);
  return parsed.ok ? null : parsed.problem;
};

describe('parseLibraryFile', () => {
  it('accepts an export and returns only the known fields', async () => {
    const parsed = await parseLibraryFile(withField('extra', 'ignored'), isSafeHtml);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(Object.keys(parsed.articles[0])).not.toContain('extra');
  });

  it('refuses malformed and truncated files', async () => {
    const text = file([saved(), saved({ url: 'https://a.example/2' })]);
    expect(await problem('')).toEqual({ kind: 'not-json' });
    expect(await problem('{"format":')).toEqual({ kind: 'not-json' });
    expect(await problem(text.slice(0, text.length / 2))).toEqual({ kind: 'not-json' });
    expect(await problem('[1,2,3]')).toEqual({ kind: 'not-library' });
    expect(await problem('{"format":"other","articles":[]}')).toEqual({ kind: 'not-library' });
    // A list cut at an article boundary and closed again still parses: the count gives it away.
    const cut = `${text.slice(0, text.indexOf(',\n'))}${LIBRARY_FILE_END}`;
    expect(await problem(cut)).toEqual({ kind: 'count-mismatch', expected: 2, found: 1 });
  });

  it('refuses a file from a newer version', async () => {
    expect(await problem(file([saved()]).replace('"schemaVersion":2', '"schemaVersion":99'))).toEqual({ kind: 'newer-version', version: 99 });
  });

  it.each([
    ['url', 'javascript:alert(1)'],
    ['url', 'file:///etc/passwd'],
    ['url', 'https://'],
    ['title', 42],
    ['title', 'x'.repeat(2_001)],
    ['reporters', '홍길동'],
    ['reporters', [{}]],
    ['reporters', Array(21).fill('홍길동')],
    ['publishedAt', 'yesterday'],
    ['savedAt', null],
    ['readingMinutes', -1],
    ['readingMinutes', 1.5],
    ['leadImage', 'data:image/png;base64,AAAA'],
    ['contentHtml', 'x'.repeat(5_000_001)],
    ['lang', null],
  ])('refuses an article whose %s is %j', async (field, value) => {
    expect(await problem(withField(field, value))).toEqual({ kind: 'invalid-article', index: 0, field });
  });

  it.each([
    '<p>hi</p><script>alert(1)</script>',
    '<img src="https://a.example/x.jpg" onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(https://track.example)">x</p>',
  ])('refuses a body the sanitizer would change: %s', async (html) => {
    expect(await problem(withField('contentHtml', html))).toEqual({ kind: 'unsafe-html', index: 0 });
  });

  it('does not let "__proto__" keys reach anything', async () => {
    const text = withField('title', '제목').replace('"url"', '"__proto__":{"polluted":true},"url"');
    const parsed = await parseLibraryFile(text, isSafeHtml);
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (parsed.ok) expect(Object.getPrototypeOf(parsed.articles[0])).toBe(Object.prototype);
  });
});

describe('createHtmlSafetyCheck', () => {
  it('passes sanitizer output and catches a <body> that carries a handler', () => {
    expect(isSafeHtml('<p>본문 <a href="https://a.example/">링크</a></p>')).toBe(true);
    expect(isSafeHtml('<p>x</p><body onload="alert(1)">')).toBe(false);
  });
});

describe('parseLibraryFile in slices', () => {
  it('reports progress between slices and returns the same articles', async () => {
    const articles = Array.from({ length: 5 }, (_, index) => saved({ url: `https://a.example/${index}` }));
    const progress: Array<[number, number]> = [];
    const sliced = await parseLibraryFile(file(articles), isSafeHtml, (done, total) => progress.push([done, total]), 2);
    expect(progress).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(sliced).toEqual(await parseLibraryFile(file(articles), isSafeHtml));
  });
});
