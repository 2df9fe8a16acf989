/**
 * Structured metadata a page declares about itself: `<meta>` tags and JSON-LD. These are the
 * second source of truth; the visible byline, dates and breadcrumbs (see header.ts) come first.
 */

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  sections: string[];
  publisher: string | null;
  image: string | null;
  description: string | null;
  inLanguage: string | null;
}

export interface PageMetadata {
  /** Lower-cased `property`/`name`/`itemprop` → first non-empty content. */
  meta: Map<string, string>;
  /** Every value of a repeated meta key (`article:section`, `article:tag`, `author`). */
  metaAll: Map<string, string[]>;
  jsonLd: JsonLdArticle | null;
  breadcrumbsFromJsonLd: string[];
  canonicalUrl: string | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Report|LiveBlogPosting|TechArticle|ScholarlyArticle|SocialMediaPosting)$/;

export function readMetaTags(doc: Document): Pick<PageMetadata, 'meta' | 'metaAll'> {
  const meta = new Map<string, string>();
  const metaAll = new Map<string, string[]>();
  for (const element of Array.from(doc.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') || element.getAttribute('name') || element.getAttribute('itemprop') || '')
      .trim()
      .toLowerCase();
    const content = (element.getAttribute('content') ?? '').trim();
    if (!key || !content) continue;
    if (!meta.has(key)) meta.set(key, content);
    const all = metaAll.get(key);
    if (all) all.push(content);
    else metaAll.set(key, [content]);
  }
  return { meta, metaAll };
}

function asArray<T>(value: T | T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return textOf(record.name ?? record['@value'] ?? record.url ?? null);
  }
  return null;
}

function typesOf(node: Record<string, unknown>): string[] {
  return asArray(node['@type'] as string | string[]).filter((t): t is string => typeof t === 'string');
}

/** Flattens `@graph` arrays and nested `mainEntity` into one list of nodes. */
function flattenJsonLd(data: unknown, out: Array<Record<string, unknown>>, depth = 0): void {
  if (depth > 4 || !data) return;
  if (Array.isArray(data)) {
    for (const item of data) flattenJsonLd(item, out, depth + 1);
    return;
  }
  if (typeof data !== 'object') return;
  const node = data as Record<string, unknown>;
  out.push(node);
  if (node['@graph']) flattenJsonLd(node['@graph'], out, depth + 1);
  if (node.mainEntity && typeof node.mainEntity === 'object') flattenJsonLd(node.mainEntity, out, depth + 1);
}

export function readJsonLd(doc: Document): { article: JsonLdArticle | null; breadcrumbs: string[] } {
  const nodes: Array<Record<string, unknown>> = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
    if (!raw.trim()) continue;
    try {
      flattenJsonLd(JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '')), nodes);
    } catch {
      // Broken JSON-LD is common; the page's other signals still work.
    }
  }

  let breadcrumbs: string[] = [];
  let article: JsonLdArticle | null = null;
  for (const node of nodes) {
    const types = typesOf(node);
    if (types.includes('BreadcrumbList') && breadcrumbs.length === 0) {
      const items = asArray(node.itemListElement as Array<Record<string, unknown>>)
        .slice()
        .sort((a, b) => Number(a?.position ?? 0) - Number(b?.position ?? 0));
      breadcrumbs = items
        .map((item) => textOf(item?.name) ?? textOf((item?.item as Record<string, unknown>)?.name))
        .filter((name): name is string => !!name);
    }
    if (!article && types.some((type) => ARTICLE_TYPES.test(type))) {
      const authors = asArray(node.author as unknown)
        .map((author) => textOf(author))
        .filter((name): name is string => !!name);
      const sections = asArray(node.articleSection as unknown)
        .map((section) => textOf(section))
        .filter((name): name is string => !!name);
      const image = asArray(node.image as unknown)[0];
      article = {
        headline: textOf(node.headline) ?? textOf(node.name),
        authors,
        datePublished: textOf(node.datePublished),
        dateModified: textOf(node.dateModified),
        sections,
        publisher: textOf(node.publisher),
        image: textOf(image),
        description: textOf(node.description),
        inLanguage: textOf(node.inLanguage),
      };
    }
  }
  return { article, breadcrumbs };
}

export function readPageMetadata(doc: Document): PageMetadata {
  const { meta, metaAll } = readMetaTags(doc);
  const { article, breadcrumbs } = readJsonLd(doc);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta.get('og:url') || null;
  return { meta, metaAll, jsonLd: article, breadcrumbsFromJsonLd: breadcrumbs, canonicalUrl: canonical };
}
