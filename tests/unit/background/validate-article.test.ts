import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../../utils/background/validate-article';
import { sampleArticle } from '../../support/articles';

describe('validateArticle', () => {
  it('accepts a well-formed article', () => {
    expect(validateArticle(sampleArticle())).toEqual(sampleArticle());
  });

  it.each([
    ['no object', null],
    ['a javascript: URL', sampleArticle({ url: 'javascript:alert(1)' })],
    ['a missing title', { ...sampleArticle(), title: undefined }],
    ['huge HTML', sampleArticle({ contentHtml: 'x'.repeat(5_000_001) })],
  ])('refuses %s', (_, value) => {
    expect(validateArticle(value)).toBeNull();
  });

  it('drops fields of the wrong shape instead of storing them', () => {
    const article = validateArticle({ ...sampleArticle(), reporters: ['박현아', 42, 'x'.repeat(100)], publishedAt: 'yesterday', leadImage: 'data:x' });
    expect(article).toMatchObject({ reporters: ['박현아'], publishedAt: null, leadImage: null });
  });
});
