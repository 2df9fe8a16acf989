/**
 * Reporters, in this order of trust: a site rule's byline, the byline in the article header,
 * the body's wire lead or sign-off, byline elements inside the body, the byline below the body,
 * then metadata (JSON-LD, `dable:author`, `meta author`) without organisations.
 */
import { namesFromMetadata, parseByline } from './bylines';
import type { CleanResult } from './clean-blocks';
import type { PageMetadata } from './metadata';
import { collapseWhitespace, collectBlocks } from './page-blocks';
import { headerBlocks, headlineInHeader, tailBlocks, type PageRegions } from './page-regions';
import type { SiteRule } from './site-rules';
import { bylineFromBlocks } from './visible';

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

export function resolveReporters(
  doc: Document,
  meta: PageMetadata,
  rule: SiteRule | null,
  regions: PageRegions,
  cleaned: CleanResult,
  bylineElements: string[],
  siteNames: string[],
): { reporters: string[]; byline: string | null } {
  const ruleByline = ruleBylineText(doc, rule);
  const metadataNames = namesFromMetadata(
    [...(meta.jsonLd?.authors ?? []), meta.meta.get('dable:author'), meta.meta.get('author'), meta.meta.get('article:author')],
    siteNames,
  );
  const sources: Array<() => { names: string[]; text: string | null }> = [
    () => ({ names: ruleByline ? parseByline(ruleByline) : [], text: ruleByline }),
    () => bylineFromBlocks(headerBlocks(regions), headlineInHeader(regions)),
    () => ({ names: cleaned.reporters, text: cleaned.bylineText }),
    () => ({ names: bylineElements.map(parseByline).find((names) => names.length) ?? [], text: null }),
    () => bylineFromBlocks(tailBlocks(regions), new Set()),
    () => ({ names: metadataNames, text: null }),
  ];
  for (const [index, source] of sources.entries()) {
    const { names, text } = source();
    if (!names.length) continue;
    // A header byline and a different sign-off at the end (`/한도경 기자`) are both authors.
    const signedOff = index < 2 ? cleaned.reporters.filter((name) => !names.includes(name)) : [];
    return { reporters: [...names, ...signedOff], byline: text ?? names.join(', ') };
  }
  return { reporters: [], byline: null };
}
