/**
 * Checks an article that arrives by message before it is written: the right shapes, sane
 * sizes, and web addresses only. Content is sanitized in the page and again when shown.
 */
import type { ExtractedArticle } from '../extract/types';

const MAX_HTML_CHARS = 5_000_000;
const MAX_FIELD_CHARS = 2_000;

const text = (value: unknown, max = MAX_FIELD_CHARS): string | null =>
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
    ? input.reporters.filter((name): name is string => typeof name === 'string' && name.length <= 60).slice(0, 20)
    : [];
  return {
    url: input.url,
    title: input.title.slice(0, MAX_FIELD_CHARS),
    byline: text(input.byline),
    reporters,
    section: text(input.section, 100),
    subsection: text(input.subsection, 100),
    publishedAt: isoOrNull(input.publishedAt),
    modifiedAt: isoOrNull(input.modifiedAt),
    siteName: text(input.siteName, 200),
    lang: text(input.lang, 20) ?? 'und',
    excerpt: text(input.excerpt, 1_000),
    contentHtml: input.contentHtml,
    textContent: text(input.textContent, MAX_HTML_CHARS) ?? '',
    leadImage: isWebUrl(input.leadImage) ? input.leadImage : null,
    readingMinutes: typeof input.readingMinutes === 'number' && input.readingMinutes >= 0 ? Math.round(input.readingMinutes) : 0,
  };
}
