/**
 * `extractArticle(document, url)`: the pure extraction pipeline (DESIGN.md §2). No `browser.*`,
 * no globals: the same code runs in the page, in Vitest and in the Node CLI.
 */
import { namesFromMetadata, parseByline } from './bylines';
import { BlockWriter, blocksToHtml, blocksToText, type BodyBlock } from './body-blocks';
import { DEFAULT_MIN_BODY_CHARS, KNOWN_BODY_SELECTORS, findKnownContainer, readabilityContainer } from './body';
import { cleanBlocks } from './clean-blocks';
import { KST_OFFSET_MINUTES, parseMachineDate, refineWithMachineDate, shiftToOffset } from './dates';
import { detectArticle } from './detect';
import { readPageMetadata, type PageMetadata } from './metadata';
import { collapseWhitespace, collectBlocks, comparableText, firstBlockInside, lastBlockInside, type TextBlock } from './page-blocks';
import { BREADCRUMB_ROOT, HANGUL_GLOBAL } from './patterns';
import { readingMinutes } from './reading-time';
import { findSiteRule, type SiteRule } from './site-rules';
import type { ExtractedArticle, ExtractionResult, HtmlSanitizer } from './types';
import {
  bylineFromBlocks,
  datesInText,
  findBreadcrumb,
  findCategoryLabel,
  findHeadline,
  firstH1,
  headingBeforeBody,
  stripTitleSuffix,
  currentNavigationItem,
  sectionFromUrlMenu,
  sectionPathNearHeadline,
  textBreadcrumb,
  unlabeledDate,
  type VisibleDates,
} from './visible';

export interface ExtractOptions {
  /** DOMPurify bound to a window (see sanitize.ts). */
  sanitize: HtmlSanitizer;
  /** Extract even when the detector says this is not an article ("try anyway"). */
  force?: boolean;
}

/** Blocks before the headline that can still belong to the article header (section labels, kickers). */
const HEADER_LOOKBEHIND = 6;
/** Blocks after the body where a sign-off or the dates may sit. */
const TAIL_LOOKAHEAD = 10;
const PORTAL_SITE = /^(?:네이버|naver|다음|daum|네이트|nate|zum|줌)(?:\s*뉴스|\s*news)?$/i;

function isKoreanPage(doc: Document, url: URL, sample: string): boolean {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  if (lang.startsWith('ko')) return true;
  if (lang && !lang.startsWith('ko') && !url.hostname.endsWith('.kr')) {
    return (sample.match(HANGUL_GLOBAL)?.length ?? 0) > sample.length * 0.3;
  }
  return url.hostname.endsWith('.kr') || (sample.match(HANGUL_GLOBAL)?.length ?? 0) > sample.length * 0.15;
}

/** An English page of a Korean outlet prints Korean wall-clock times too. */
function koreanOutlet(text: string): boolean {
  if (/\bKST\b|Korea Standard Time/.test(text)) return true;
  return (text.match(/\bKorea|\bSeoul\b/g)?.length ?? 0) >= 3;
}

function detectLang(doc: Document, text: string, korean: boolean): string {
  const hangul = text.match(HANGUL_GLOBAL)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (hangul > 0 && hangul * 2 >= latin) return 'ko';
  const declared = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0];
  if (declared && declared !== 'ko') return declared;
  return korean && hangul > 0 ? 'ko' : latin > 0 ? 'en' : declared || 'und';
}

function siteNameCandidates(meta: PageMetadata): string[] {
  return [meta.meta.get('og:site_name'), meta.jsonLd?.publisher, meta.meta.get('application-name'), meta.meta.get('twitter:site')]
    .filter((name): name is string => !!name && !name.startsWith('@'));
}

function pickSiteName(meta: PageMetadata, rule: SiteRule | null, doc: Document, url: URL): string | null {
  const fromRule = rule?.siteName?.(doc, url);
  if (fromRule) return fromRule;
  for (const candidate of siteNameCandidates(meta)) {
    const name = collapseWhitespace(candidate);
    if (name && !PORTAL_SITE.test(name)) return name;
  }
  const title = collapseWhitespace(doc.title ?? '');
  const parts = title.split(/\s+[|\-–—<:]\s+/);
  if (parts.length > 1) return parts[parts.length - 1].trim() || null;
  const articleTitle = comparableText(meta.meta.get('og:title') ?? meta.jsonLd?.headline ?? '');
  // Old CMSs title every page with the paper's name alone.
  if (title && title.length <= 30 && comparableText(title) !== articleTitle) return title;
  const logo = doc.querySelector('[class*="logo" i] img[alt], [id*="logo" i] img[alt], a[href="/"] img[alt]');
  const alt = collapseWhitespace(logo?.getAttribute('alt') ?? '');
  if (alt && !/^(?:logo|로고|home|홈)$/i.test(alt)) return alt.replace(/\s*(?:로고|logo)$/i, '');
  return url.hostname.replace(/^www\./, '');
}

function titleCandidates(meta: PageMetadata, doc: Document, siteNames: string[]): string[] {
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

/** Where the body sits among the page's blocks, found by its first and last lines. */
function locateBody(pageBlocks: TextBlock[], body: BodyBlock[]): { start: number; end: number } {
  const key = (text: string) => comparableText(text).slice(0, 40);
  const texts = body.filter((block) => block.text.length >= 10);
  if (texts.length === 0) return { start: -1, end: -1 };
  const firstKey = key(texts[0].text);
  const lastKey = key(texts[texts.length - 1].text.split('\n')[0]);
  const start = pageBlocks.findIndex((block) => key(block.text).startsWith(firstKey.slice(0, 20)));
  let end = -1;
  for (let i = pageBlocks.length - 1; i >= Math.max(start, 0); i--) {
    if (key(pageBlocks[i].text).startsWith(lastKey.slice(0, 20))) {
      end = i;
      break;
    }
  }
  return { start, end: end >= 0 ? end : start };
}

function joinBlocks(blocks: TextBlock[], from: number, to: number, skip: number): string {
  const parts: string[] = [];
  for (let i = Math.max(0, from); i < Math.min(blocks.length, to); i++) if (i !== skip) parts.push(blocks[i].text);
  return parts.join('\n');
}

function machineDates(meta: PageMetadata, doc: Document, localOffset: number, outputOffset: number) {
  const parse = (value: string | null | undefined) => parseMachineDate(value, localOffset, outputOffset);
  const timeElement = (prop: string) =>
    doc.querySelector(`[itemprop="${prop}"]`)?.getAttribute('datetime') ??
    doc.querySelector(`[itemprop="${prop}"]`)?.getAttribute('content') ??
    null;
  const firstTime = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const published = [
    meta.jsonLd?.datePublished,
    meta.meta.get('article:published_time'),
    meta.meta.get('og:published_time'),
    meta.meta.get('og:regdate'),
    meta.meta.get('pubdate'),
    meta.meta.get('publishdate'),
    meta.meta.get('date'),
    meta.meta.get('dc.date.issued'),
    timeElement('datePublished'),
    firstTime,
  ].map(parse);
  const modified = [
    meta.jsonLd?.dateModified,
    meta.meta.get('article:modified_time'),
    meta.meta.get('og:updated_time'),
    meta.meta.get('lastmod'),
    timeElement('dateModified'),
  ].map(parse);
  return { published, modified };
}

function pickSection(
  doc: Document,
  url: URL,
  meta: PageMetadata,
  rule: SiteRule | null,
  headline: TextBlock | null,
  title: string,
  pageBlocks: TextBlock[],
  headerFrom: number,
  headerTo: number,
): { section: string | null; subsection: string | null } {
  const shown = [
    findBreadcrumb(doc, headline?.element ?? null, title),
    textBreadcrumb(pageBlocks, headerFrom, headerTo),
    sectionPathNearHeadline(headline?.element ?? null, title),
  ].find((items) => items.length);
  if (shown) {
    // A one-level path is completed by `article:section2` when the page's metadata agrees on the first.
    const second = shown[1] ?? (meta.meta.get('article:section') === shown[0] ? meta.meta.get('article:section2') ?? null : null);
    return { section: shown[0], subsection: second && second !== shown[0] ? second : null };
  }
  const fromRule = rule?.section?.(doc, url);
  if (fromRule?.section) return fromRule;
  const label = findCategoryLabel(pageBlocks, headerFrom, headerTo);
  const jsonCrumbs = meta.breadcrumbsFromJsonLd.filter(
    (item) => !BREADCRUMB_ROOT.test(item.trim()) && comparableText(item) !== comparableText(title),
  );
  if (jsonCrumbs.length) return { section: jsonCrumbs[0], subsection: jsonCrumbs[1] ?? null };
  const metaSection = meta.meta.get('article:section') ?? meta.jsonLd?.sections[0] ?? null;
  if (metaSection) {
    const second = meta.meta.get('article:section2') ?? meta.jsonLd?.sections[1] ?? null;
    return { section: metaSection, subsection: second && second !== metaSection ? second : null };
  }
  if (label) return { section: label, subsection: null };
  const current = currentNavigationItem(doc) ?? sectionFromUrlMenu(doc, url);
  if (current) return { section: current, subsection: null };
  // ND소프트 titles read `제목 < 소분류 < 대분류 < 매체`.
  const parts = (doc.title ?? '').split(/\s<\s/).map((part) => part.trim());
  if (parts.length >= 3) {
    const sections = parts.slice(1, -1).reverse();
    return { section: sections[0] ?? null, subsection: sections[1] ?? null };
  }
  return { section: null, subsection: null };
}

/** The text of a rule's byline elements: every match of the first selector that matches, buttons left out. */
function ruleBylineText(doc: Document, rule: SiteRule | null): string | null {
  for (const selector of rule?.byline ?? []) {
    const elements = Array.from(doc.querySelectorAll(selector));
    if (!elements.length) continue;
    const text = elements.map((element) => collectBlocks(element).map((block) => block.text).join(' ')).join(', ');
    if (text.trim()) return collapseWhitespace(text);
  }
  return null;
}

/** Extracts the article from `doc` (never modified). */
export function extractArticle(doc: Document, url: URL, options: ExtractOptions): ExtractionResult {
  const detection = detectArticle(doc, url);
  if (!detection.isArticle && !options.force) {
    return { isArticle: false, reason: 'not-an-article', article: null, detectionScore: detection.score };
  }

  const meta = readPageMetadata(doc);
  const rule = findSiteRule(url, doc);
  const siteName = pickSiteName(meta, rule, doc, url);
  const siteNames = [siteName ?? '', ...siteNameCandidates(meta)].filter(Boolean);
  const pageBlocks = doc.body ? collectBlocks(doc.body) : [];

  // 1. Headline: the displayed heading that matches the metadata title.
  const candidates = titleCandidates(meta, doc, siteNames);
  const ruleTitle = rule?.title?.map((selector) => doc.querySelector(selector)).find(Boolean);
  const headlineCandidates = ruleTitle ? [collapseWhitespace(ruleTitle.textContent ?? ''), ...candidates] : candidates;
  let headline = findHeadline(pageBlocks, headlineCandidates);

  // 2. Body: site rule, then a known container, then Readability.
  const bylineElements: string[] = [];
  const writer = () => new BlockWriter({ baseUrl: url, dropSelectors: rule?.remove, onBylineElement: (text) => bylineElements.push(text) });
  let container = findKnownContainer(doc, [...(rule?.body ?? []), ...KNOWN_BODY_SELECTORS], {
    element: detection.mainRun,
    chars: detection.mainTextChars,
  });
  let rawBlocks = container ? container.flatMap((part) => writer().walk(part)) : [];
  if (rawBlocks.reduce((sum, block) => sum + block.text.length, 0) < DEFAULT_MIN_BODY_CHARS) {
    container = null;
    const readable = readabilityContainer(doc, url);
    rawBlocks = readable ? writer().walk(readable.root) : [];
  }
  const start = container ? firstBlockInside(pageBlocks, container[0]) : locateBody(pageBlocks, rawBlocks).start;
  // The title repeated after the body (a sticky bar, a print copy): the one above the body is the headline.
  if (headline && start > 0 && headline.blockIndex > start) {
    headline = findHeadline(pageBlocks, headlineCandidates, start) ?? headline;
  }
  // A headline the metadata does not name (`og:title` written for sharing): the heading just above the body.
  if (!headline) headline = headingBeforeBody(pageBlocks, start, siteNames) ?? (candidates.length ? null : firstH1(pageBlocks));
  const title = headline?.title ?? stripTitleSuffix(candidates[0] ?? '', siteNames);
  const cleaned = cleanBlocks(rawBlocks, title);
  const textContent = blocksToText(cleaned.blocks);
  if (!textContent.trim() && !options.force) {
    return { isArticle: false, reason: 'no-content', article: null, detectionScore: detection.score };
  }

  // 3. Where the body sits on the page: the header is just before it, the sign-off just after.
  let bodyStart = container ? firstBlockInside(pageBlocks, container[0]) : -1;
  let bodyEnd = container ? lastBlockInside(pageBlocks, container[container.length - 1]) : -1;
  if (bodyStart < 0) ({ start: bodyStart, end: bodyEnd } = locateBody(pageBlocks, cleaned.blocks));
  const headlineIndex = headline?.blockIndex ?? -1;
  const headerFrom = headlineIndex >= 0 ? headlineIndex - HEADER_LOOKBEHIND : bodyStart - 15;
  const headerTo = bodyStart > headlineIndex && headlineIndex >= 0 ? bodyStart : (headlineIndex >= 0 ? headlineIndex + 25 : bodyStart);
  const headerBlocks = pageBlocks.slice(Math.max(0, headerFrom), Math.max(0, headerTo));
  const headlineSkip = new Set<number>();
  if (headlineIndex >= 0) headlineSkip.add(headlineIndex - Math.max(0, headerFrom));
  const tailFrom = bodyEnd >= 0 ? bodyEnd + 1 : pageBlocks.length;
  const tailBlocks = pageBlocks.slice(tailFrom, tailFrom + TAIL_LOOKAHEAD);

  const sample = `${title} ${textContent.slice(0, 2000)}`;
  const korean = isKoreanPage(doc, url, sample);
  const headerText = joinBlocks(pageBlocks, headerFrom, headerTo, -1);
  const localOffset = korean || koreanOutlet(`${headerText}\n${sample}`) ? KST_OFFSET_MINUTES : 0;

  // 4. Dates: the visible 입력/수정 lines, refined with machine seconds when they agree.
  let visible: VisibleDates = datesInText(joinBlocks(pageBlocks, headerFrom, headerTo, headlineIndex));
  if (!visible.published && !visible.modified) visible = datesInText(joinBlocks(pageBlocks, tailFrom, tailFrom + TAIL_LOOKAHEAD, -1));
  const machine = machineDates(meta, doc, localOffset, localOffset);
  const fromRule = rule?.dates?.(doc, url);
  const ruleDate = (value: string | null | undefined, machineValues: Array<string | null>) =>
    refineWithMachineDate(parseMachineDate(value, localOffset, localOffset), machineValues);
  const toOutput = (iso: string | null | undefined) => (iso ? shiftToOffset(iso, localOffset) : null);
  const shownWithoutLabel = visible.published ? null : unlabeledDate(headerBlocks, localOffset);
  let publishedAt =
    ruleDate(fromRule?.published, machine.published) ??
    (visible.published ? refineWithMachineDate(toOutput(visible.published.iso), machine.published) : null) ??
    machine.published.find(Boolean) ??
    (shownWithoutLabel ? refineWithMachineDate(shownWithoutLabel, machine.published) : null) ??
    null;
  let modifiedAt =
    ruleDate(fromRule?.modified, machine.modified) ??
    (visible.modified ? refineWithMachineDate(toOutput(visible.modified.iso), machine.modified) : null) ??
    (visible.published ? null : machine.modified.find(Boolean) ?? null);
  if (!publishedAt && modifiedAt) [publishedAt, modifiedAt] = [modifiedAt, null];

  // 5. Reporters: the visible byline, then the body's dateline or sign-off, then metadata.
  const ruleByline = ruleBylineText(doc, rule);
  const ruleNames = ruleByline ? parseByline(ruleByline) : [];
  const header = bylineFromBlocks(headerBlocks, headlineSkip);
  const tail = bylineFromBlocks(tailBlocks, new Set());
  const fromElements = bylineElements.map(parseByline).find((names) => names.length) ?? [];
  const metadataNames = namesFromMetadata(
    [...(meta.jsonLd?.authors ?? []), meta.meta.get('dable:author'), meta.meta.get('author'), meta.meta.get('article:author')],
    siteNames,
  );
  const reporterSources: Array<{ names: string[]; text: string | null }> = [
    { names: ruleNames, text: ruleByline },
    header,
    { names: cleaned.reporters, text: cleaned.bylineText },
    { names: fromElements, text: null },
    tail,
    { names: metadataNames, text: null },
  ];
  const chosen = reporterSources.find((source) => source.names.length) ?? { names: [], text: null };
  const reporters = chosen.names;
  const byline = chosen.text ?? (reporters.length ? reporters.join(', ') : null);

  // 6. Section, language, excerpt, lead image.
  const { section, subsection } = pickSection(
    doc, url, meta, rule, headlineIndex >= 0 ? pageBlocks[headlineIndex] : null, title, pageBlocks,
    headerFrom, headlineIndex >= 0 ? headlineIndex + 1 : headerTo,
  );
  const lang = detectLang(doc, sample, korean);
  const description = meta.meta.get('og:description') ?? meta.meta.get('description') ?? meta.jsonLd?.description ?? null;
  const firstParagraph = cleaned.blocks.find((block) => block.kind === 'p')?.text ?? '';
  const excerpt = collapseWhitespace(description || firstParagraph).slice(0, 300) || null;
  const leadImage = meta.meta.get('og:image') ?? meta.jsonLd?.image ?? null;

  const canonical = (() => {
    try {
      return meta.canonicalUrl ? new URL(meta.canonicalUrl, url).href : url.href;
    } catch {
      return url.href;
    }
  })();

  const article: ExtractedArticle = {
    url: canonical.startsWith('http') ? canonical : url.href,
    title,
    byline,
    reporters,
    section: section ? collapseWhitespace(section) : null,
    subsection: subsection ? collapseWhitespace(subsection) : null,
    publishedAt,
    modifiedAt,
    siteName,
    lang,
    excerpt,
    contentHtml: options.sanitize(blocksToHtml(cleaned.blocks)),
    textContent,
    leadImage: leadImage && /^https?:/i.test(leadImage) ? leadImage : null,
    readingMinutes: readingMinutes(textContent),
  };
  if (!detection.isArticle) return { isArticle: false, reason: 'not-an-article', article, detectionScore: detection.score };
  return { isArticle: true, article, detectionScore: detection.score };
}

export { detectArticle } from './detect';
export type { ExtractedArticle, ExtractionResult, HtmlSanitizer } from './types';
