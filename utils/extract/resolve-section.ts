/**
 * Section and subsection, in this order of trust: what the page shows (a breadcrumb, a written
 * `HOME > 사회 > 교육`, a section path or label above the headline), a site rule, JSON-LD
 * breadcrumbs, `article:section`/`section2`, a category label, the menu item the page marks or
 * the URL is filed under, and ND소프트's `<title>`.
 */
import type { PageMetadata } from './metadata';
import { comparableText, type TextBlock } from './page-blocks';
import type { PageRegions } from './page-regions';
import { BREADCRUMB_ROOT } from './patterns';
import type { SiteRule } from './site-rules';
import {
  currentNavigationItem,
  findBreadcrumb,
  findCategoryLabel,
  sectionFromUrlMenu,
  sectionPathNearHeadline,
  textBreadcrumb,
} from './visible';

export function resolveSection(
  doc: Document,
  url: URL,
  meta: PageMetadata,
  rule: SiteRule | null,
  regions: PageRegions,
  title: string,
): { section: string | null; subsection: string | null } {
  const headline: TextBlock | null = regions.headlineIndex >= 0 ? regions.blocks[regions.headlineIndex] : null;
  const pageBlocks = regions.blocks;
  const headerFrom = regions.headerFrom;
  const headerTo = regions.headlineIndex >= 0 ? regions.headlineIndex + 1 : regions.headerTo;
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
