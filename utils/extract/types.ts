/** The article Jeongdok shows and saves (DESIGN.md §3, without the library's own fields). */
export interface ExtractedArticle {
  /** Canonical page address. */
  url: string;
  title: string;
  /** The byline as the page shows it, or the names joined. */
  byline: string | null;
  /** Names only: no 기자, no e-mail, never the press. */
  reporters: string[];
  section: string | null;
  subsection: string | null;
  /** ISO 8601 with offset; Korean pages without one are KST (+09:00). */
  publishedAt: string | null;
  modifiedAt: string | null;
  siteName: string | null;
  lang: string;
  excerpt: string | null;
  /** Sanitized HTML of the body. */
  contentHtml: string;
  /** Body text, paragraphs separated by "\n". */
  textContent: string;
  leadImage: string | null;
  readingMinutes: number;
}

export type ExtractionResult =
  | { isArticle: true; article: ExtractedArticle; detectionScore: number }
  | { isArticle: false; reason: 'not-an-article' | 'no-content'; article: ExtractedArticle | null; detectionScore: number };

/** Turns untrusted HTML into HTML that is safe to show (DOMPurify bound to some window). */
export type HtmlSanitizer = (html: string) => string;
