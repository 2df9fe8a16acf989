/**
 * Korean pages with gold answers: every field must match, the body must score F1 ≥ 0.97
 * (Hangul bigrams, as the outside checks score it) and no clutter string may leak.
 */
import { describe, expect, it } from 'vitest';
import { koreanBodyScore, squash } from '../../../scripts/lib/scoring';
import { extractHtml, goldPages } from '../../support/fixtures';

const pages = ['korean', 'sites', 'generic', 'holdout', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6', 'holdout-7', 'holdout-8', 'non-articles'].flatMap(goldPages);

describe.each(pages)('$name', ({ html, gold }) => {
  const result = extractHtml(html, gold.url);

  it('is recognised as an article or not', () => {
    expect(result.isArticle).toBe(gold.isArticle);
  });

  if (!gold.isArticle) return;
  const article = result.article!;

  it('has the gold metadata', () => {
    expect({
      title: article.title,
      reporters: [...article.reporters].sort(),
      section: article.section,
      subsection: article.subsection,
      siteName: article.siteName,
      lang: article.lang,
    }).toEqual({
      title: gold.title,
      reporters: [...gold.reporters].sort(),
      section: gold.section,
      subsection: gold.subsection,
      siteName: gold.siteName,
      lang: gold.lang,
    });
  });

  it('has the gold dates as instants with an offset', () => {
    for (const [got, want] of [
      [article.publishedAt, gold.publishedAt],
      [article.modifiedAt, gold.modifiedAt],
    ]) {
      if (want === null) expect(got).toBeNull();
      else {
        expect(got).toMatch(/(?:Z|[+-]\d\d:\d\d)$/);
        expect(Date.parse(got!)).toBe(Date.parse(want));
      }
    }
  });

  it('keeps the body and drops the clutter', () => {
    const score = koreanBodyScore(article.textContent, gold.bodyParagraphs.join('\n'));
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
    const text = squash(article.textContent);
    for (const kept of gold.mustKeep ?? []) expect(text).toContain(squash(kept));
    for (const clutter of gold.mustNotContain ?? []) expect(text).not.toContain(squash(clutter));
  });

  it('returns sanitized HTML that matches the text', () => {
    expect(article.contentHtml).not.toMatch(/<script|onerror=|onclick=|javascript:/i);
    expect(article.contentHtml.length).toBeGreaterThan(article.textContent.length * 0.5);
  });
});
