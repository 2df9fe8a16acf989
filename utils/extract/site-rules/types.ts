/**
 * A site rule refines the generic Korean rules for one outlet or CMS family. Rules are data:
 * selectors tried before the generic ones, plus small functions for what selectors cannot say.
 * Every rule has a fixture page and gold answer in tests/fixtures/sites/ (a test checks it).
 */
export interface SiteRule {
  /** File name without extension, e.g. `naver-news`. */
  id: string;
  /** Shown in the README's supported-sites table. */
  name: string;
  /** Example hosts for the README (display only). */
  hosts: string[];
  /** True when this rule applies to the page. */
  matches(url: URL, doc: Document): boolean;
  title?: string[];
  body?: string[];
  byline?: string[];
  /** Elements inside the body that are never article text. */
  remove?: string[];
  /** The press behind the page (portals show other outlets' stories). */
  siteName?(doc: Document, url: URL): string | null;
  /** Section from the URL or markup when the page has no breadcrumb. */
  section?(doc: Document, url: URL): { section: string | null; subsection: string | null } | null;
  /** Dates the generic rules cannot see (data attributes, scripts). Wall-clock strings are KST. */
  dates?(doc: Document, url: URL): { published: string | null; modified: string | null } | null;
}
