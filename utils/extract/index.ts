/**
 * `extractArticle(document, url)`: the pure extraction pipeline (DESIGN.md §2). No `browser.*`,
 * no globals: the same code runs in the page, in Vitest and in the Node CLI.
 */
import { BlockWriter, blocksToHtml, blocksToText } from './body-blocks';
import { DEFAULT_MIN_BODY_CHARS, KNOWN_BODY_SELECTORS, findKnownContainer, readabilityContainer } from './body';
import { cleanBlocks } from './clean-blocks';
import { KST_OFFSET_MINUTES } from './dates';
import { detectArticle } from './detect';
import { detectLang, isKoreanPage, koreanOutlet } from './language';
import { readPageMetadata } from './metadata';
import { collapseWhitespace, collectBlocks, firstBlockInside, lastBlockInside } from './page-blocks';
import { headerText, locateBody, pageRegions } from './page-regions';
import { readingMinutes } from './reading-time';
import { resolveDates } from './resolve-dates';
import { resolveReporters } from './resolve-reporters';
import { resolveSection } from './resolve-section';
import { findSiteRule } from './site-rules';
import { pickSiteName, siteNameCandidates, titleCandidates } from './site-name';
import type { ExtractedArticle, ExtractionResult, HtmlSanitizer } from './types';
import { findHeadline, firstH1, headingBeforeBody, stripTitleSuffix } from './visible';

export interface ExtractOptions {
  /** DOMPurify bound to a window (see sanitize.ts). */
  sanitize: HtmlSanitizer;
  /** Extract even when the detector says this is not an article ("try anyway"). */
  force?: boolean;
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
  const regions = pageRegions(pageBlocks, headline?.blockIndex ?? -1, bodyStart, bodyEnd);

  const sample = `${title} ${textContent.slice(0, 2000)}`;
  const korean = isKoreanPage(doc, url, sample);
  const localOffset = korean || koreanOutlet(`${headerText(regions, true)}\n${sample}`) ? KST_OFFSET_MINUTES : 0;

  // 4. Dates, reporters and section, each from the best source the page offers.
  const { publishedAt, modifiedAt } = resolveDates(doc, url, meta, rule, regions, localOffset);
  const { reporters, byline } = resolveReporters(doc, meta, rule, regions, cleaned, bylineElements, siteNames);
  const { section, subsection } = resolveSection(doc, url, meta, rule, regions, title);

  // 5. Language, excerpt, lead image.
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
