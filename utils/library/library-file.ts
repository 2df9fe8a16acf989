/**
 * The library export file: one JSON document with a format name, a schema version, the number of
 * articles and the articles themselves (one per line), and the strict check an import makes before
 * it changes anything. Pure: no DOM, no database.
 */
import { ARTICLE_LIMITS } from '../background/validate-article';
import { SAVED_ARTICLE_FIELDS, toPortableArticle, type PortableArticle } from '../db/derived';
import { SCHEMA_VERSION, type SavedArticle } from '../db/schema';

export const LIBRARY_FILE_FORMAT = 'jeongdok-library';
/** A library file larger than this is refused before it is read. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
export const MAX_IMPORT_ARTICLES = 100_000;

export interface LibraryFileHeader {
  format: typeof LIBRARY_FILE_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  articleCount: number;
}

/** The text before the first article; `articleCount` lets an import notice a cut-off list. */
export function libraryFileStart(articleCount: number, now: Date): string {
  const header: LibraryFileHeader = { format: LIBRARY_FILE_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), articleCount };
  return `${JSON.stringify(header).slice(0, -1)},"articles":[\n`;
}

export function libraryFileArticle(article: SavedArticle, index: number): string {
  return `${index === 0 ? '' : ',\n'}${JSON.stringify(toPortableArticle(article))}`;
}

export const LIBRARY_FILE_END = '\n]}\n';

export function libraryFileName(now: Date): string {
  return `jeongdok-library-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportProblem =
  | { kind: 'too-large' }
  | { kind: 'not-json' }
  | { kind: 'not-library' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'count-mismatch'; expected: number; found: number }
  | { kind: 'invalid-article'; index: number; field: string }
  | { kind: 'unsafe-html'; index: number };

export type ParsedLibrary = { ok: true; articles: PortableArticle[] } | { ok: false; problem: ImportProblem };

type Check = (value: unknown) => boolean;

const string = (max: number): Check => (value) => typeof value === 'string' && value.length <= max;
const nullable = (check: Check): Check => (value) => value === null || check(value);
const webUrl: Check = (value) => {
  if (!string(ARTICLE_LIMITS.fieldChars)(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value as string).protocol);
  } catch {
    return false;
  }
};
const isoDate: Check = (value) => string(40)(value) && /^\d{4}-\d{2}-\d{2}T/.test(value as string) && !Number.isNaN(Date.parse(value as string));

/** What each field of an imported article must be; anything else makes the whole file invalid. */
const FIELD_CHECKS: Record<(typeof SAVED_ARTICLE_FIELDS)[number], Check> = {
  url: webUrl,
  title: string(ARTICLE_LIMITS.fieldChars),
  byline: nullable(string(ARTICLE_LIMITS.fieldChars)),
  reporters: (value) =>
    Array.isArray(value) && value.length <= ARTICLE_LIMITS.reporters && value.every(string(ARTICLE_LIMITS.reporterChars)),
  section: nullable(string(ARTICLE_LIMITS.shortFieldChars)),
  subsection: nullable(string(ARTICLE_LIMITS.shortFieldChars)),
  publishedAt: nullable(isoDate),
  modifiedAt: nullable(isoDate),
  siteName: nullable(string(ARTICLE_LIMITS.siteNameChars)),
  lang: string(ARTICLE_LIMITS.langChars),
  excerpt: nullable(string(ARTICLE_LIMITS.excerptChars)),
  contentHtml: string(ARTICLE_LIMITS.htmlChars),
  textContent: string(ARTICLE_LIMITS.htmlChars),
  leadImage: nullable(webUrl),
  readingMinutes: (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10_000,
  savedAt: isoDate,
  updatedAt: isoDate,
  readAt: nullable(isoDate),
};

/** JSON, format, version and count: everything but the articles themselves. */
export function readLibraryFile(text: string): { ok: true; items: unknown[] } | { ok: false; problem: ImportProblem } {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: { kind: 'too-large' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const file = data as Partial<LibraryFileHeader> & { articles?: unknown };
  if (!file || typeof file !== 'object' || file.format !== LIBRARY_FILE_FORMAT || !Array.isArray(file.articles)) {
    return { ok: false, problem: { kind: 'not-library' } };
  }
  const version = file.schemaVersion as number;
  if (!Number.isInteger(version) || version < 1) return { ok: false, problem: { kind: 'not-library' } };
  if (version > SCHEMA_VERSION) return { ok: false, problem: { kind: 'newer-version', version } };
  const items = file.articles as unknown[];
  if (items.length > MAX_IMPORT_ARTICLES) return { ok: false, problem: { kind: 'too-large' } };
  if (file.articleCount !== items.length) {
    return { ok: false, problem: { kind: 'count-mismatch', expected: Number(file.articleCount) || 0, found: items.length } };
  }
  return { ok: true, items };
}

/** One article of the file: every field checked, only known fields copied, the body safe as it is. */
export function checkArticle(item: unknown, index: number, isSafeHtml: (html: string) => boolean): { ok: true; article: PortableArticle } | { ok: false; problem: ImportProblem } {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return { ok: false, problem: { kind: 'invalid-article', index, field: '' } };
  const input = item as Record<string, unknown>;
  // A fresh object with the known fields only: nothing else (e.g. "__proto__") gets in.
  const article = {} as Record<string, unknown>;
  for (const field of SAVED_ARTICLE_FIELDS) {
    if (!FIELD_CHECKS[field](input[field])) return { ok: false, problem: { kind: 'invalid-article', index, field } };
    article[field] = field === 'reporters' ? [...(input[field] as string[])] : input[field];
  }
  if (!isSafeHtml(article.contentHtml as string)) return { ok: false, problem: { kind: 'unsafe-html', index } };
  return { ok: true, article: article as PortableArticle };
}

/**
 * Reads and checks a whole library file: either every article or the first problem; the caller
 * writes nothing on a problem. `sliceSize` > 0 yields to the event loop between slices, so a page
 * can paint its progress bar while a large file is checked.
 */
export async function parseLibraryFile(
  text: string,
  isSafeHtml: (html: string) => boolean,
  onProgress?: (checked: number, total: number) => void,
  sliceSize = 0,
): Promise<ParsedLibrary> {
  const file = readLibraryFile(text);
  if (!file.ok) return file;
  const articles: PortableArticle[] = [];
  for (let index = 0; index < file.items.length; index++) {
    const checked = checkArticle(file.items[index], index, isSafeHtml);
    if (!checked.ok) return checked;
    articles.push(checked.article);
    if (sliceSize > 0 && index % sliceSize === sliceSize - 1) {
      onProgress?.(index + 1, file.items.length);
      await new Promise((resume) => setTimeout(resume, 0));
    }
  }
  onProgress?.(articles.length, articles.length);
  return { ok: true, articles };
}
