/** Who published the page, and what the metadata calls its title. */
import type { PageMetadata } from './metadata';
import { collapseWhitespace, comparableText } from './page-blocks';
import type { SiteRule } from './site-rules';
import { stripTitleSuffix } from './visible';

const PORTAL_SITE = /^(?:네이버|naver|다음|daum|네이트|nate|zum|줌)(?:\s*뉴스|\s*news)?$/i;

export function siteNameCandidates(meta: PageMetadata): string[] {
  return [meta.meta.get('og:site_name'), meta.jsonLd?.publisher, meta.meta.get('application-name'), meta.meta.get('twitter:site')]
    .filter((name): name is string => !!name && !name.startsWith('@'));
}

/** The press behind the page: a site rule, `og:site_name` unless it is a portal, the `<title>`, the logo, the host. */
export function pickSiteName(meta: PageMetadata, rule: SiteRule | null, doc: Document, url: URL): string | null {
  const fromRule = rule?.siteName?.(doc, url);
  if (fromRule) return fromRule;
  for (const candidate of siteNameCandidates(meta)) {
    const name = collapseWhitespace(candidate);
    if (name && !PORTAL_SITE.test(name)) return name;
  }
  const title = collapseWhitespace(doc.title ?? '');
  const articleTitle = comparableText(meta.meta.get('og:title') ?? meta.jsonLd?.headline ?? '');
  const parts = title.split(/\s+[|\-–—<:]\s+/).map((part) => part.trim()).filter(Boolean);
  if (parts.length > 1) {
    // `기사 제목 - 매체` or `매체 - 기사 제목`: the site is the part that is not the headline, the shorter one.
    const others = parts.filter((part) => !articleTitle || !articleTitle.includes(comparableText(part)));
    const pool = others.length ? others : parts;
    return pool.reduce((shortest, part) => (part.length < shortest.length ? part : shortest));
  }
  // Old CMSs title every page with the paper's name alone.
  if (title && title.length <= 30 && comparableText(title) !== articleTitle) return title;
  const logo = doc.querySelector('[class*="logo" i] img[alt], [id*="logo" i] img[alt], a[href="/"] img[alt]');
  const alt = collapseWhitespace(logo?.getAttribute('alt') ?? '');
  if (alt && !/^(?:logo|로고|home|홈)$/i.test(alt)) return alt.replace(/\s*(?:로고|logo)$/i, '');
  return url.hostname.replace(/^www\./, '');
}

/** What the metadata calls the title, with and without the site suffix. */
export function titleCandidates(meta: PageMetadata, doc: Document, siteNames: string[]): string[] {
  const raw = [meta.meta.get('og:title'), meta.meta.get('twitter:title'), meta.jsonLd?.headline, meta.meta.get('title'), doc.title];
  const out: string[] = [];
  for (const value of raw) {
    if (!value) continue;
    out.push(value);
    const stripped = stripTitleSuffix(value, siteNames);
    if (stripped !== value) out.push(stripped);
  }
  return out;
}
