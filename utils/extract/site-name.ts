/** Who published the page, and what the metadata calls its title. */
import type { PageMetadata } from './metadata';
import { collapseWhitespace, comparableText } from './page-blocks';
import type { SiteRule } from './site-rules';
import { stripTitleSuffix } from './visible';

const PRESS_NAME = /(?:일보|신문|뉴스|방송|경제|타임즈|타임스|저널|데일리|투데이|통신|TV|Times|Herald|Daily|News)/u;
const GROUP_NAME = /(?:미디어\s*그룹|그룹|홀딩스|네트워크|Group|Holdings|Network)$/u;
const COPYRIGHT_NAME = /(?:ⓒ|©|Copyright\s*(?:ⓒ|©|\(c\))?)\s*(?:\d{4}\s*)?([가-힣A-Za-z][가-힣A-Za-z0-9 ]{1,20}?)(?:\s*[.,(&]|\s+(?:무단|All|재배포)|$)/iu;

/** The publisher named in the page's copyright line (`Copyright ⓒ 누리경제. 무단 전재 …`). */
function copyrightName(doc: Document): string | null {
  for (const element of Array.from(doc.querySelectorAll('[class*="copy" i], footer, #footer, .footer')).reverse()) {
    const match = COPYRIGHT_NAME.exec(collapseWhitespace(element.textContent ?? ''));
    if (match && !GROUP_NAME.test(match[1].trim())) return match[1].trim();
  }
  return null;
}

const PORTAL_SITE = /^(?:네이버|naver|다음|daum|네이트|nate|zum|줌)(?:\s*뉴스|\s*news)?$/i;

export function siteNameCandidates(meta: PageMetadata): string[] {
  return [meta.meta.get('og:site_name'), meta.jsonLd?.publisher, meta.meta.get('application-name'), meta.meta.get('twitter:site')]
    .filter((name): name is string => !!name && !name.startsWith('@'));
}

/** The press behind the page: a site rule, `og:site_name` unless it is a portal, the `<title>`, the logo, the host. */
export function pickSiteName(meta: PageMetadata, rule: SiteRule | null, doc: Document, url: URL): string | null {
  const fromRule = rule?.siteName?.(doc, url);
  if (fromRule) return fromRule;
  // A portal or a media group names the press in `og:article:author` (`동해일보`, `MBC | 네이버`).
  const press = collapseWhitespace(meta.meta.get('og:article:author') ?? '').split(/\s*\|\s*/)[0];
  const siteMeta = collapseWhitespace(meta.meta.get('og:site_name') ?? '');
  if (press && siteMeta && press !== siteMeta && PRESS_NAME.test(press) && !siteMeta.includes(press)) return press;
  for (const candidate of siteNameCandidates(meta)) {
    const name = collapseWhitespace(candidate);
    if (!name || PORTAL_SITE.test(name)) continue;
    // `누리미디어그룹` is the owner; the paper is in the copyright line.
    if (GROUP_NAME.test(name)) return copyrightName(doc) ?? name;
    return name;
  }
  const title = collapseWhitespace(doc.title ?? '');
  const articleTitle = comparableText(meta.meta.get('og:title') ?? meta.jsonLd?.headline ?? '');
  const parts = title
    .split(/\s+[|\-–—<:]\s+/)
    .map((part) => part.trim())
    .filter((part) => part && !/^(?:인쇄(?:하기)?|프린트|기사\s*보기|상세\s*보기|본문|뉴스|news|print|view)$/i.test(part));
  if (parts.length === 1 && title.length > parts[0].length) return parts[0];
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
