/**
 * Is this page an article? Runs on every page load (the detector content script), so it reads
 * only cheap signals: a few meta tags, the URL, and the size of the largest run of paragraphs
 * that share a parent. A list page has many short summaries under many parents; an article has
 * one long run. Signals are weighed together; none decides alone.
 */

export interface Detection {
  isArticle: boolean;
  score: number;
  /** Signal names with their weights, for debugging and tests. */
  signals: Record<string, number>;
  /** Characters of the largest paragraph run. */
  mainTextChars: number;
  /** The element holding that run (the likely article body), or null. */
  mainRun: Element | null;
}

export const ARTICLE_SCORE_THRESHOLD = 3;

const ARTICLE_URL =
  /\/(?:article|articles|arti|view|news|story|stories|read|post|p|entry|amp)\/.*\d{4,}|[?&](?:idxno|no|aid|ncd|news_?id|newsid|artid|article_?id|arcid|id|nid|seq|key|idx|wr_id|document_srl|num|uid|article_?no|news_?no)=\w*\d{3,}|articleView|endPage|newsView|view\.(?:php|do|html|asp|aspx|jsp)|\/\d{4}\/\d{2}\/\d{2}\/[\w%-]{6,}|\/v\/\d{10,}|\/[A-Z]{2,5}\d{8,}|\/\d{8,}(?:\.html?)?\/?$|\/[a-z0-9]+(?:-[a-z0-9]+){3,}\/?(?:\.html?)?$/i;
const LIST_URL =
  /articleList|[/_-]list(?:\.\w+)?(?:$|[/?&])|\/(?:section|sections|category|categories|tag|tags|topic|topics|search|archive|archives|index|main|home|sitemap|ranking|photo|photos|video|videos|gallery|vod)(?:\/?$|[/?.])|[?&](?:page|query|keyword|q|sc_section_code|sid1?|view_type)=[^&]*$/i;
const JSON_LD_ARTICLE = /"@type"\s*:\s*\[?\s*"(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|BackgroundNewsArticle)"/;
const JSON_LD_LIST = /"@type"\s*:\s*"(?:ItemList|CollectionPage|SearchResultsPage|WebSite)"/;
const NOT_FOUND = /찾을\s*수\s*없습니다|존재하지\s*않는\s*(?:기사|페이지)|삭제된\s*기사|Page\s+not\s+found|\b404\b/i;
const LABELED_DATE_HINT =
  /(?:기사입력|입력|등록|송고|승인|작성|게재|발행|Published)\s*(?:일시|시간|일)?\s*[:：]?\s*(?:\d{4}|\d{2})\s*[.\-/년]\s*\d{1,2}|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:입력|등록|승인)/;

/** The page's `<meta>` values by lower-cased `property`/`name`, read in one pass. */
function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name'))?.toLowerCase();
    const content = meta.getAttribute('content')?.trim().toLowerCase();
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

/**
 * Characters in the largest group of paragraphs under one parent. `<br>`-separated text
 * (Naver, broadcasters, old table layouts) counts the parent's own text nodes.
 */
const BLOCK_CHILD = /^(?:DIV|P|UL|OL|TABLE|SECTION|ARTICLE|H[1-6]|LI|FIGURE|BLOCKQUOTE|FORM|NAV|HEADER|FOOTER|ASIDE)$/;

function hasBlockChild(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_CHILD.test(child.tagName.toUpperCase())) return true;
  }
  return false;
}

export function largestParagraphRun(doc: Document): { chars: number; element: Element | null } {
  const runs = new Map<Element, number>();
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    const text = (p.textContent ?? '').trim();
    if (text.length < 20) continue;
    const linkText = Array.from(p.getElementsByTagName('a')).reduce((n, a) => n + (a.textContent ?? '').length, 0);
    if (linkText > text.length * 0.5) continue;
    runs.set(parent, (runs.get(parent) ?? 0) + text.length);
  }
  // Bodies built of text-only <div>s (`<div class="article_paragraph">…</div>`), no <p> at all.
  for (const div of Array.from(doc.getElementsByTagName('div'))) {
    const parent = div.parentElement;
    if (!parent || hasBlockChild(div)) continue;
    const text = (div.textContent ?? '').trim();
    if (text.length < 40) continue;
    const linkText = Array.from(div.getElementsByTagName('a')).reduce((n, a) => n + (a.textContent ?? '').length, 0);
    if (linkText > text.length * 0.3) continue;
    runs.set(parent, (runs.get(parent) ?? 0) + text.length);
  }
  for (const br of Array.from(doc.getElementsByTagName('br'))) {
    const parent = br.parentElement;
    if (!parent || runs.has(parent)) continue;
    let own = 0;
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) own += (node.nodeValue ?? '').trim().length;
    }
    runs.set(parent, own);
  }
  let best: { chars: number; element: Element | null } = { chars: 0, element: null };
  for (const [element, chars] of runs) if (chars > best.chars) best = { chars, element };
  return best;
}

/** Korean news pages all print a 입력/등록/승인 line; elsewhere (English blogs) prose may stand alone. */
function koreanSite(doc: Document, url: URL): boolean {
  return (doc.documentElement.getAttribute('lang') ?? '').toLowerCase().startsWith('ko') || url.hostname.endsWith('.kr');
}

export function detectArticle(doc: Document, url: URL): Detection {
  const signals: Record<string, number> = {};
  const add = (name: string, weight: number) => {
    signals[name] = weight;
  };

  const meta = metaValues(doc);
  const ogType = meta.get('og:type') ?? null;
  if (ogType === 'article' || ogType?.startsWith('article')) add('og:type=article', 2);
  else if (ogType === 'website') add('og:type=website', -1);

  let jsonLd = '';
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) jsonLd += script.textContent ?? '';
  if (JSON_LD_ARTICLE.test(jsonLd) && !/"@type"\s*:\s*"(?:ItemList|CollectionPage|SearchResultsPage)"/.test(jsonLd)) add('json-ld article', 3);
  else if (JSON_LD_LIST.test(jsonLd) && !JSON_LD_ARTICLE.test(jsonLd)) add('json-ld list', -1);

  if (meta.has('article:published_time') || meta.has('og:regdate') || meta.has('dable:item_id') || doc.querySelector('[itemprop="datePublished"]')) {
    add('published time meta', 2);
  }

  const path = url.pathname + url.search;
  if (LIST_URL.test(path)) add('list url', -3);
  else if (ARTICLE_URL.test(path)) add('article url', 1.5);
  if ((url.pathname === '/' || url.pathname === '') && !url.search) add('home url', -4);

  const { chars: mainTextChars, element: mainRun } = largestParagraphRun(doc);
  // A very long run of prose is an article even where the metadata says `website`.
  if (mainTextChars >= 1500) add('very long text run', 4);
  else if (mainTextChars >= 600) add('long text run', 3);
  else if (mainTextChars >= 250) add('text run', 1.5);
  else if (mainTextChars < 100) add('no text run', -3);

  // A page that says its article is gone (`기사를 찾을 수 없습니다`) keeps the site's layout and metadata.
  const headings = Array.from(doc.querySelectorAll('h1, h2, title'), (element) => element.textContent ?? '').join(' ');
  if (NOT_FOUND.test(headings)) add('not found', -6);

  let score = Object.values(signals).reduce((sum, weight) => sum + weight, 0);
  // Only pages that need it pay for reading their text: an undecided one, and one whose only
  // evidence is prose (a biography, a company history) must show a news date line to count.
  const newsEvidence = ['og:type=article', 'json-ld article', 'published time meta'].some((name) => name in signals);
  const undecided = score > 0 && score < ARTICLE_SCORE_THRESHOLD + 1.5;
  if ((undecided || (!newsEvidence && score >= ARTICLE_SCORE_THRESHOLD)) && mainTextChars >= 100) {
    const text = doc.body?.textContent ?? '';
    if (LABELED_DATE_HINT.test(text)) {
      add('labelled date', 1.5);
      score += 1.5;
    } else if (!newsEvidence && mainTextChars < 1500 && koreanSite(doc, url)) {
      add('no news date', -3);
      score -= 3;
    }
  }
  return { isArticle: score >= ARTICLE_SCORE_THRESHOLD, score, signals, mainTextChars, mainRun };
}
