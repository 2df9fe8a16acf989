/**
 * Checks an article that arrives by message before it is written: the right shapes, sane
 * sizes, and web addresses only. Content is sanitized in the page and again when shown.
 */
import type { ExtractedArticle } from '../extract/types';

/** Size limits for an article's fields; import (utils/library/library-file.ts) holds files to them too. */
export const ARTICLE_LIMITS = {
  htmlChars: 5_000_000,
  fieldChars: 2_000,
  shortFieldChars: 100,
  siteNameChars: 200,
  langChars: 20,
  excerptChars: 1_000,
  reporters: 20,
  reporterChars: 60,
} as const;
const MAX_HTML_CHARS = ARTICLE_LIMITS.htmlChars;
const MAX_FIELD_CHARS = ARTICLE_LIMITS.fieldChars;

const text = (value: unknown, max: number = MAX_FIELD_CHARS): string | null =>
  typeof value === 'string' ? value.slice(0, max) : null;
const isWebUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//i.test(value);
const isoOrNull = (value: unknown): string | null =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;

export function validateArticle(value: unknown): ExtractedArticle | null {
  if (!value || typeof value !== 'object') return null;
  const input = value as Record<string, unknown>;
  if (!isWebUrl(input.url) || typeof input.title !== 'string' || typeof input.contentHtml !== 'string') return null;
  if (input.contentHtml.length > MAX_HTML_CHARS) return null;
  const reporters = Array.isArray(input.reporters)
    ? input.reporters
        .filter((name): name is string => typeof name === 'string' && name.length <= ARTICLE_LIMITS.reporterChars)
        .slice(0, ARTICLE_LIMITS.reporters)
    : [];
  return {
    url: input.url,
    title: input.title.slice(0, MAX_FIELD_CHARS),
    byline: text(input.byline),
    reporters,
    section: text(input.section, ARTICLE_LIMITS.shortFieldChars),
    subsection: text(input.subsection, ARTICLE_LIMITS.shortFieldChars),
    publishedAt: isoOrNull(input.publishedAt),
    modifiedAt: isoOrNull(input.modifiedAt),
    siteName: text(input.siteName, ARTICLE_LIMITS.siteNameChars),
    lang: text(input.lang, ARTICLE_LIMITS.langChars) ?? 'und',
    excerpt: text(input.excerpt, ARTICLE_LIMITS.excerptChars),
    contentHtml: input.contentHtml,
    textContent: text(input.textContent, MAX_HTML_CHARS) ?? '',
    leadImage: isWebUrl(input.leadImage) ? input.leadImage : null,
    readingMinutes: typeof input.readingMinutes === 'number' && input.readingMinutes >= 0 ? Math.round(input.readingMinutes) : 0,
  };
}
