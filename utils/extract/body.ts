/**
 * Finds the article body. Most Korean CMSs mark their body container (`itemprop="articleBody"`,
 * ND소프트's `#article-view-content-div`, Naver's `#dic_area` …), and reading it directly is both
 * faster and cleaner than scoring the whole page. Pages without a known container go through
 * Readability on a clone, tuned for dense Hangul text.
 */
import { Readability } from '@mozilla/readability';
import { collapseWhitespace } from './page-blocks';

/** Body containers used across Korean and international CMSs, most specific first. */
export const KNOWN_BODY_SELECTORS = [
  '#article-view-content-div',
  '#dic_area',
  '#articleBodyContents',
  '#newsEndContents',
  '#articletxt',
  '#textBody',
  '#CmAdContent',
  '#articleBody',
  '#article_body',
  '#article-body',
  '#news_body_area',
  '#newsContent',
  '#news_content',
  '#cont_newstext',
  '[itemprop="articleBody"]',
  '.article_body',
  '.article-body',
  '.articleBody',
  '.article_txt',
  '.article-txt',
  '.article_content',
  '.article-content',
  '.news_body',
  '.news_txt',
  '.news_view',
  '.news-view',
  '.view_txt',
  '.view_con',
  '.view_cont .article',
  '.story-news',
  '.text_area',
  '.detail-body',
  '.art_txt',
  '.art_body',
  '.entry-content',
  '.post-content',
  '.post-body',
  '.story-body',
  '.article__body',
  '.c-entry-content',
  // CSS-module and BEM names keep the words: `article-module--body--3kX9a`, `ArticleBody_wrap__Fz3Nd`.
  '[class*="article-module--body" i]',
  '[class*="ArticleBody_" i]',
  '[class*="article-body__" i]',
  // Korean board software many small outlets run on: Gnuboard, XE / Rhymix.
  '#bo_v_con',
  '.xe_content',
  '.rd_body .xe_content',
];

export const DEFAULT_MIN_BODY_CHARS = 80;
/** Readability's 500-character threshold is calibrated for Latin text; Hangul is about twice as dense. */
export const DEFAULT_CHAR_THRESHOLD = 250;

function ownTextLength(element: Element): { text: number; links: number } {
  const text = collapseWhitespace(element.textContent ?? '').length;
  let links = 0;
  for (const anchor of Array.from(element.querySelectorAll('a'))) links += collapseWhitespace(anchor.textContent ?? '').length;
  return { text, links };
}

/**
 * The first known container with enough non-link text (the largest when a selector matches
 * several), with its sibling parts when the body is split. When the page's longest run of paragraphs (`mainRun`, from the detector) lies
 * elsewhere, the container is a look-alike (a comment's `.entry-content`) and is passed over.
 */
export function findKnownContainer(
  doc: Document,
  selectors: string[],
  mainRun: { element: Element | null; chars: number } = { element: null, chars: 0 },
  minChars = DEFAULT_MIN_BODY_CHARS,
): Element[] | null {
  // One pass over the document for all selectors, then the matches grouped in priority order.
  let all: Element[];
  try {
    all = Array.from(doc.querySelectorAll(selectors.join(', ')));
  } catch {
    all = selectors.flatMap((selector) => {
      try {
        return Array.from(doc.querySelectorAll(selector));
      } catch {
        return []; // a site rule's selector this DOM cannot parse
      }
    });
  }
  if (all.length === 0) return null;
  for (const selector of selectors) {
    let matches: Element[];
    try {
      matches = all.filter((element) => element.matches(selector));
    } catch {
      continue;
    }
    let best: { element: Element; chars: number } | null = null;
    for (const element of matches) {
      const { text, links } = ownTextLength(element);
      const chars = text - links;
      if (chars < minChars || links / Math.max(text, 1) > 0.5) continue;
      if (!holdsMainRun(element, chars, mainRun)) continue;
      if (!best || chars > best.chars) best = { element, chars };
    }
    if (best) {
      // A body split in parts around an ad: its sibling parts match the same selector.
      const parent = best.element.parentElement;
      return matches.filter(
        (element) => element === best.element || (element.parentElement === parent && ownTextLength(element).text >= 40),
      );
    }
  }
  return null;
}

function holdsMainRun(element: Element, chars: number, mainRun: { element: Element | null; chars: number }): boolean {
  const run = mainRun.element;
  if (!run || element.contains(run)) return true;
  if (run.contains(element)) return chars >= mainRun.chars * 0.5;
  return chars >= mainRun.chars * 0.8;
}

/** Runs Readability on a clone and returns its content root, or null when it finds nothing. */
export function readabilityContainer(doc: Document, url: URL): { root: Element; title: string | null } | null {
  const clone = doc.cloneNode(true) as Document;
  const head = clone.head ?? clone.querySelector('head');
  if (head && !clone.querySelector('base[href]')) {
    const base = clone.createElement('base');
    base.setAttribute('href', url.href);
    head.prepend(base);
  }
  // The serializer hands back Readability's own element: no innerHTML round trip.
  let result: ReturnType<Readability<Element>['parse']> = null;
  try {
    result = new Readability(clone, {
      charThreshold: DEFAULT_CHAR_THRESHOLD,
      keepClasses: true,
      serializer: (node) => node as Element,
    }).parse();
  } catch {
    return null;
  }
  if (!result?.content) return null;
  return { root: result.content, title: result.title ?? null };
}
