/**
 * What the page shows a reader: the headline, the byline and date lines around it, and the
 * breadcrumb. Where the page and its metadata disagree, the visible text wins (fixtures README).
 */
import { parseByline } from './bylines';
import { findBareDate, findLabeledDates, type LabeledDate } from './dates';
import { classAndId, collapseWhitespace, comparableText, type TextBlock } from './page-blocks';
import { BREADCRUMB_ROOT, CLUTTER_CLASS, NAMES_WITH_ROLE, PHOTO_CREDIT, TITLE_SEPARATOR } from './patterns';

const HEADING_TAG = /^H[1-6]$/;
const HEADLINE_HINT = /(?:^|[\s_-])(?:tit|title|headline|subject|heading|head_?line|art_?tit|news_?tit|view_?tit|article_?tit)/i;
const BYLINE_HINT = /byline|writer|reporter|journalist|author|editor|기자|repoter/i;
/** A `name` class is a byline only when the text says 기자 (a category label is also a "name"). */
const WEAK_BYLINE_HINT = /name/i;
const BYLINE_CLUTTER = /profile|card|layer|other|more|follow|rank|comment|cate|section|tool|util|btn|share|print|font|date|time/i;
const CATEGORY_HINT = /(?:^|[\s_-])(?:cate|category|categorize|section_?name|sect|kicker|label)(?:$|[\s_-])/i;
const BREADCRUMB_SELECTOR = [
  '[class*="crumb" i]', '[id*="breadcrumb" i]', '[class*="location" i]', '[class*="navi_path" i]',
  '[class*="nav-path" i]', '[class*="nav_path" i]', '[itemtype*="BreadcrumbList"]', 'nav[aria-label*="breadcrumb" i]',
].join(', ');
const DATE_LABEL_START = /(?:기사\s*입력|입력|수정|승인|등록|송고|업데이트|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})/u;
const BREADCRUMB_SEPARATOR = /^[\s>›»/|·:-]*$|^(?:&gt;)$/;


/** Strips a site or section suffix from a `<title>` or `og:title`. */
export function stripTitleSuffix(title: string, siteNames: string[]): string {
  const text = collapseWhitespace(title);
  // `제목 < 소분류 < 대분류 < 매체` (ND소프트) and `제목 > 섹션 | 매체`: the rest is navigation.
  if (/\s[<>]\s/.test(text)) return text.split(/\s[<>]\s/)[0].trim();
  const parts = text.split(TITLE_SEPARATOR);
  if (parts.length < 2) return text;
  const sites = siteNames.map(comparableText).filter(Boolean);
  while (parts.length > 1) {
    const last = comparableText(parts[parts.length - 1]);
    const isSite = sites.some((site) => last === site || last.includes(site) || site.includes(last));
    const looksLikeSite = parts[parts.length - 1].length <= 20 && /뉴스|일보|신문|닷컴|news|times|post|daily|herald|journal|\.com|\.kr|TV|방송/i.test(parts[parts.length - 1]);
    if (isSite || looksLikeSite) parts.pop();
    else break;
  }
  return parts.join(' - ').trim();
}

function isHeadingLike(element: Element): boolean {
  return HEADING_TAG.test(element.tagName.toUpperCase()) || HEADLINE_HINT.test(classAndId(element));
}

export interface HeadlineMatch {
  title: string;
  blockIndex: number;
}

/**
 * Finds the displayed headline: the heading whose text matches what the metadata calls the
 * title (og:title, JSON-LD headline, `<title>`). Its text is the title as the page shows it,
 * without metadata-only prefixes such as `[시론]` or site suffixes.
 */
export function findHeadline(blocks: TextBlock[], candidates: string[], before = blocks.length): HeadlineMatch | null {
  const wanted = candidates.map(comparableText).filter((text) => text.length >= 4);
  if (wanted.length === 0) return null;
  // Cheap length bounds first: most blocks cannot be the headline.
  const shortest = Math.min(...wanted.map((text) => text.length)) * 0.5;
  const longest = Math.max(...candidates.map((text) => text.length)) * 1.4 + 10;
  let best: { index: number; score: number } | null = null;
  for (let i = 0; i < Math.min(before, blocks.length); i++) {
    const block = blocks[i];
    if (block.text.length > 300 || block.text.length > longest || block.text.length < shortest) continue;
    const text = comparableText(block.text);
    if (text.length < 4) continue;
    const heading = isHeadingLike(block.element);
    for (const candidate of wanted) {
      let score = 0;
      if (text === candidate) score = 3;
      else if (candidate.includes(text) && text.length / candidate.length >= 0.6) score = 2;
      else if (text.includes(candidate) && candidate.length / text.length >= 0.75) score = 1.5;
      if (score === 0) continue;
      if (heading) score += 2;
      if (block.element.tagName.toUpperCase() === 'H1') score += 0.5;
      if (!best || score > best.score) best = { index: i, score };
    }
  }
  // A heading that also holds a category label (`<h2><span>인터뷰</span><span>[인터뷰] 제목</span></h2>`):
  // the child that equals the metadata title is the headline.
  if (!best || best.score < 5) {
    for (let i = 0; i < Math.min(before, blocks.length); i++) {
      if (!isHeadingLike(blocks[i].element) || blocks[i].text.length > 300) continue;
      for (const child of Array.from(blocks[i].element.children)) {
        const text = collapseWhitespace(child.textContent ?? '');
        if (text.length >= 4 && wanted.includes(comparableText(text)) && (!best || best.score < 5)) {
          return { title: text, blockIndex: i };
        }
      }
    }
  }
  if (!best || best.score < 3) return null;
  return { title: blocks[best.index].text, blockIndex: best.index };
}

/**
 * The nearest headline-like heading in the dozen blocks before the body: `<h1>` first, then
 * `<h2>`–`<h3>` or a title-classed element; never the site's own name.
 */
export function headingBeforeBody(blocks: TextBlock[], bodyStart: number, siteNames: string[]): HeadlineMatch | null {
  if (bodyStart <= 0) return null;
  const sites = siteNames.map(comparableText);
  let fallback: HeadlineMatch | null = null;
  for (let i = bodyStart - 1; i >= Math.max(0, bodyStart - 12); i--) {
    const block = blocks[i];
    if (block.text.length < 8 || block.text.length > 200 || sites.includes(comparableText(block.text))) continue;
    const tag = block.element.tagName.toUpperCase();
    if (tag === 'H1') return { title: block.text, blockIndex: i };
    const hint = classAndId(block.element);
    const titled = HEADLINE_HINT.test(hint) || (/tit|headline|subject/i.test(hint) && !/sub|deck|summary|lead|desc/i.test(hint));
    if (!fallback && (tag === 'H2' || tag === 'H3' || titled)) fallback = { title: block.text, blockIndex: i };
  }
  return fallback;
}

/** The first `<h1>`, when nothing matches the metadata. */
export function firstH1(blocks: TextBlock[]): HeadlineMatch | null {
  const index = blocks.findIndex((block) => block.element.tagName.toUpperCase() === 'H1' && block.text.length >= 6);
  return index >= 0 ? { title: blocks[index].text, blockIndex: index } : null;
}

export interface VisibleDates {
  published: LabeledDate | null;
  modified: LabeledDate | null;
}

/** Assigns 입력/수정/승인 lines to published and modified (승인 after 입력 is a modification). */
export function assignDates(dates: LabeledDate[]): VisibleDates {
  const published = dates.find((date) => date.role === 'published') ?? null;
  const modifiedLabel = dates.find((date) => date.role === 'modified') ?? null;
  const approved = dates.find((date) => date.role === 'approved') ?? null;
  if (!published && approved) return { published: approved, modified: modifiedLabel };
  return { published, modified: modifiedLabel ?? approved };
}

export function datesInText(text: string): VisibleDates {
  return assignDates(findLabeledDates(text));
}

const DATE_HINT = /date|time|day|posted|published|write|regist/i;

/**
 * A date shown without a label (`<div class="date">2026.01.06. 오후 6:23.</div>`) in an element
 * whose class says it is the date. Only used when no labelled date exists.
 */
export function unlabeledDate(blocks: TextBlock[], offset: number): string | null {
  for (const block of blocks) {
    if (block.text.length > 60) continue;
    const element = block.element;
    const hint = `${classAndId(element)} ${element.parentElement ? classAndId(element.parentElement) : ''}`;
    const inner = element.querySelector('time, [class*="date" i], [class*="time" i]');
    if (!DATE_HINT.test(hint) && element.tagName.toUpperCase() !== 'TIME' && !inner) continue;
    const iso = findBareDate(block.text, offset);
    if (iso) return iso;
  }
  return null;
}

/** Reporter names from byline-like elements and `이름 기자` text in a run of blocks. */
export function bylineFromBlocks(blocks: TextBlock[], skip: Set<number>): { names: string[]; text: string | null } {
  // Byline elements (`.byline`, `.writer`, `[itemprop=author]` …); several authors may each have one.
  const names: string[] = [];
  const shown: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (skip.has(i)) continue;
    const block = blocks[i];
    if (block.text.length > 160) continue;
    const hint = bylineHint(block.element);
    if (!hint) continue;
    const found = hint === 'strong' || ROLE_WORD.test(block.text) ? parseByline(block.text) : [];
    if (!found.length) continue;
    shown.push(bylineText(block.text));
    for (const name of found) if (!names.includes(name)) names.push(name);
  }
  if (names.length) return { names, text: shown.join(', ') };
  // Otherwise `이름 기자` anywhere in the run of blocks.
  for (let i = 0; i < blocks.length; i++) {
    if (skip.has(i) || blocks[i].text.length > 200) continue;
    // `글 이서준 객원기자 · 사진 윤나래 기자`: photo credits are not authors.
    for (const match of blocks[i].text.replace(PHOTO_CREDIT, ' ').matchAll(NAMES_WITH_ROLE)) {
      const found = parseByline(match[0]);
      if (found.length) shown.push(match[0].trim());
      for (const name of found) if (!names.includes(name)) names.push(name);
    }
    if (names.length) return { names, text: shown.join(', ') };
  }
  return { names: [], text: null };
}

const ROLE_WORD = /기자|특파원|논설위원|칼럼니스트|교수|위원/u;

/** Links to a reporter's page name the reporter, whatever the classes around them. */
const REPORTER_LINK =
  /\/(?:reporter|reporters|journalist|journalists|author|authors|writer|writers|people|byline|kija|gija)(?:\/[^/?#]+|\.\w+\?\S*=\w+|\?\S*=\w+)|myroom|reporter_?id=\w+|jname=\w+/i;

/** How strongly an element (or one of its two parents) says "byline". */
function bylineHint(start: Element): 'strong' | 'weak' | null {
  const link = start.tagName.toUpperCase() === 'A' ? start : start.querySelector('a[href]');
  if (link && REPORTER_LINK.test(link.getAttribute('href') ?? '') && !BYLINE_CLUTTER.test(classAndId(start))) return 'strong';
  let element: Element | null = start;
  for (let depth = 0; element && depth < 3; depth++, element = element.parentElement) {
    const hint = classAndId(element);
    if (BYLINE_HINT.test(hint) || element.getAttribute('itemprop') === 'author' || element.getAttribute('rel') === 'author') {
      return BYLINE_CLUTTER.test(hint) ? null : 'strong';
    }
    if (BYLINE_CLUTTER.test(hint)) return null;
    if (WEAK_BYLINE_HINT.test(hint)) return 'weak';
  }
  return null;
}

/** The byline as shown, without the dates and e-mail that often share its line. */
function bylineText(text: string): string {
  const cut = text.search(DATE_LABEL_START);
  const head = (cut > 0 ? text.slice(0, cut) : text).replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '');
  return head.replace(/[\s|·,/:]+$/u, '').trim() || text;
}

function breadcrumbItems(element: Element, title: string | null): string[] {
  const whole = collapseWhitespace(element.textContent ?? '');
  const anchors = Array.from(element.querySelectorAll('a'));
  // `홈 > 행정 > <strong>시정소식</strong>`: the current level is often not a link; split the text.
  // A link to the site's root is the home link, whatever it is called (`<a href="/">시사</a>`).
  const homeLabels = anchors.filter((anchor) => /^(?:\/|https?:\/\/[^/]+\/?)$/i.test(anchor.getAttribute('href') ?? '')).map((anchor) => collapseWhitespace(anchor.textContent ?? ''));
  const texts = (/\s[>›»]\s|[>›»]/.test(whole)
    ? whole.split(/\s*[>›»]\s*/)
    : (anchors.length ? anchors : Array.from(element.querySelectorAll('li, span'))).map((item) => item.textContent ?? '')
  ).filter((text) => !homeLabels.includes(collapseWhitespace(text)));
  const titleKey = title ? comparableText(title) : '';
  const items: string[] = [];
  for (const raw of texts) {
    // `현재위치 홈 > 정책 > 초등`: the screen-reader label is not a level.
    const text = collapseWhitespace(raw).replace(/^(?:현재\s*위치|위치|You\s+are\s+here)\s*[:：]?\s*/i, '');
    if (!text || text.length > 24 || BREADCRUMB_SEPARATOR.test(text) || BREADCRUMB_ROOT.test(text)) continue;
    if (titleKey && comparableText(text) === titleKey) continue;
    if (!items.includes(text)) items.push(text);
  }
  return items;
}

/**
 * Breadcrumb sections near the headline (`산업·IT > 과학·전자`). Candidates far from the article
 * header are navigation menus, not breadcrumbs.
 */
export function findBreadcrumb(doc: Document, headline: Element | null, title: string | null): string[] {
  const candidates = Array.from(doc.querySelectorAll(BREADCRUMB_SELECTOR));
  let best: { items: string[]; distance: number } | null = null;
  for (const element of candidates) {
    if (candidates.some((other) => other !== element && other.contains(element))) continue;
    const links = element.querySelectorAll('a').length;
    const text = collapseWhitespace(element.textContent ?? '');
    if (links > 6 || text.length > 120 || text.length === 0) continue;
    const items = breadcrumbItems(element, title);
    if (items.length === 0 || items.length > 4) continue;
    const distance = headline ? treeDistance(element, headline) : 0;
    if (headline && distance > 8) continue;
    if (!best || distance < best.distance) best = { items, distance };
  }
  return best?.items ?? [];
}

const PATH_SEPARATORS = /^[\s>›»/|·:\-]*$/u;

/**
 * A section path printed just above the headline (`<div class="subhead"><a>경제</a> > <a>산업</a></div>`),
 * recognised by its shape whatever its class: one to four short links and nothing but separators.
 */
export function sectionPathNearHeadline(headline: Element | null, title: string | null): string[] {
  let anchor: Element | null = headline;
  for (let depth = 0; anchor && depth < 3; depth++, anchor = anchor.parentElement) {
    let sibling = anchor.previousElementSibling;
    for (let step = 0; sibling && step < 3; step++, sibling = sibling.previousElementSibling) {
      const items = linkPath(sibling, title) ?? (depth <= 1 && step === 0 ? sectionLabel(sibling) : null);
      if (items) return items;
    }
  }
  return [];
}

function linkPath(element: Element, title: string | null): string[] | null {
  const links = Array.from(element.querySelectorAll('a'));
  if (links.length === 0 || links.length > 4) return null;
  const text = collapseWhitespace(element.textContent ?? '');
  if (text.length > 60) return null;
  let rest = text;
  const items: string[] = [];
  for (const link of links) {
    const label = collapseWhitespace(link.textContent ?? '');
    if (!label || label.length > 20) return null;
    rest = rest.replace(label, '');
    if (!BREADCRUMB_ROOT.test(label) && (!title || comparableText(label) !== comparableText(title))) items.push(label);
  }
  return PATH_SEPARATORS.test(rest) && items.length ? items : null;
}

/** A plain label just above the headline (`<span class="chip">사회</span>`), not a kicker like `[단독]`. */
function sectionLabel(element: Element): string[] | null {
  if (element.querySelector('a, img, h1, h2, h3, p')) return null;
  const text = collapseWhitespace(element.textContent ?? '');
  if (!text || text.length > 24 || /\d|^[[(【]|[\])】]$/.test(text)) return null;
  // `경제 > 중소기업` written as plain text.
  const items = text.split(/\s*[>›»]\s*/).filter((item) => item && !BREADCRUMB_ROOT.test(item));
  return items.length && items.length <= 3 && items.every((item) => item.length <= 12) ? items : null;
}

/** The navigation item the page marks as current (`<li class="on">경제</li>`), a last resort. */
export function currentNavigationItem(doc: Document): string | null {
  const candidates = doc.querySelectorAll(
    'nav li.on > a, nav li.active > a, nav li.selected > a, nav a[aria-current="page"], nav a.active, nav a.on, ' +
      '[class*="gnb" i] li.on > a, [class*="gnb" i] li.active > a, [class*="tab" i] a[class*="-active" i], [class*="menu" i] a.active',
  );
  for (const link of Array.from(candidates)) {
    const label = collapseWhitespace(Array.from(link.childNodes).map((node) => (node.nodeType === 3 ? node.nodeValue : (node as Element).matches?.('.screen_out, .blind, .sr-only') ? '' : node.textContent)).join(''));
    if (label && label.length <= 12 && !BREADCRUMB_ROOT.test(label)) return label;
  }
  return null;
}

/**
 * The section the URL is filed under, named by the site's own menu: the link whose path
 * (`/society/`) is the longest prefix of the page's path (`/society/view.php?id=…`).
 */
export function sectionFromUrlMenu(doc: Document, url: URL): string | null {
  let best: { path: string; label: string } | null = null;
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 600; i++) {
    const href = links[i].getAttribute('href');
    if (!href || href.startsWith('#') || /^(?:javascript|mailto):/i.test(href)) continue;
    let path: string;
    try {
      const target = new URL(href, url);
      if (target.host !== url.host || target.search) continue;
      path = target.pathname.replace(/\/(?:index\.\w+)?$/, '/');
    } catch {
      continue;
    }
    if (path.length < 3 || !url.pathname.startsWith(path) || url.pathname === path) continue;
    if (!path.endsWith('/') && url.pathname[path.length] !== '/') continue;
    const label = collapseWhitespace(links[i].textContent ?? '');
    if (!label || label.length > 12 || BREADCRUMB_ROOT.test(label)) continue;
    if (!best || path.length > best.path.length) best = { path, label };
  }
  return best?.label ?? null;
}

/** `HOME > 사회 > 교육` or `현재위치 홈 > 산업 > 산업일반` written as plain text. */
const TEXT_BREADCRUMB = /^(?:현재\s*위치\s*:?\s*)?(?:HOME|Home|홈|메인|뉴스\s*홈)\s*[>›»]\s*(.+)$/u;

export function textBreadcrumb(blocks: TextBlock[], from: number, to: number): string[] {
  for (let i = Math.max(0, from); i < Math.min(blocks.length, to); i++) {
    const match = TEXT_BREADCRUMB.exec(blocks[i].text);
    if (!match || blocks[i].text.length > 80) continue;
    const items = match[1].split(/\s*[>›»]\s*/).map((item) => item.trim()).filter((item) => item && !BREADCRUMB_ROOT.test(item));
    if (items.length) return items.slice(0, 2);
  }
  return [];
}

/** A category label in the article header (`<span class="category">경제</span>`). */
export function findCategoryLabel(blocks: TextBlock[], from: number, to: number): string | null {
  for (let i = Math.max(0, from); i < Math.min(blocks.length, to); i++) {
    const block = blocks[i];
    if (block.text.length > 20 || !CATEGORY_HINT.test(classAndId(block.element))) continue;
    if (CLUTTER_CLASS.test(classAndId(block.element))) continue;
    const parts = block.text.split(/\s*[>›»]\s*/).filter((part) => part && !BREADCRUMB_ROOT.test(part));
    if (parts.length) return parts[0];
  }
  return null;
}

/** Number of parent steps between two elements through their closest common ancestor. */
export function treeDistance(a: Element, b: Element): number {
  const ancestors = new Map<Element, number>();
  let depth = 0;
  for (let node: Element | null = a; node; node = node.parentElement) ancestors.set(node, depth++);
  depth = 0;
  for (let node: Element | null = b; node; node = node.parentElement) {
    const up = ancestors.get(node);
    if (up !== undefined) return up + depth;
    depth++;
  }
  return Number.POSITIVE_INFINITY;
}
