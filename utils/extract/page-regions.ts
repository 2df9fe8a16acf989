/**
 * Where things sit around the article body among the page's text blocks: the header (headline,
 * byline, dates) just before it and the sign-off just after it.
 */
import type { BodyBlock } from './body-blocks';
import { comparableText, type TextBlock } from './page-blocks';

/** Blocks before the headline that can still belong to the article header (section labels, kickers). */
const HEADER_LOOKBEHIND = 6;
/** Blocks after the body where a sign-off or the dates may sit. */
const TAIL_LOOKAHEAD = 10;

export interface PageRegions {
  blocks: TextBlock[];
  headlineIndex: number;
  headerFrom: number;
  headerTo: number;
  tailFrom: number;
}

export function pageRegions(blocks: TextBlock[], headlineIndex: number, bodyStart: number, bodyEnd: number): PageRegions {
  const headerFrom = headlineIndex >= 0 ? headlineIndex - HEADER_LOOKBEHIND : bodyStart - 15;
  const headerTo = bodyStart > headlineIndex && headlineIndex >= 0 ? bodyStart : headlineIndex >= 0 ? headlineIndex + 25 : bodyStart;
  return { blocks, headlineIndex, headerFrom, headerTo, tailFrom: bodyEnd >= 0 ? bodyEnd + 1 : blocks.length };
}

export function headerBlocks(regions: PageRegions): TextBlock[] {
  return regions.blocks.slice(Math.max(0, regions.headerFrom), Math.max(0, regions.headerTo));
}

/** The headline's position within `headerBlocks`, to leave it out of byline searches. */
export function headlineInHeader(regions: PageRegions): Set<number> {
  return new Set(regions.headlineIndex >= 0 ? [regions.headlineIndex - Math.max(0, regions.headerFrom)] : []);
}

export function tailBlocks(regions: PageRegions): TextBlock[] {
  return regions.blocks.slice(regions.tailFrom, regions.tailFrom + TAIL_LOOKAHEAD);
}

export function headerText(regions: PageRegions, withHeadline = false): string {
  return joinBlocks(regions.blocks, regions.headerFrom, regions.headerTo, withHeadline ? -1 : regions.headlineIndex);
}

export function tailText(regions: PageRegions): string {
  return joinBlocks(regions.blocks, regions.tailFrom, regions.tailFrom + TAIL_LOOKAHEAD, -1);
}

/** Where the body sits among the page's blocks, found by its first and last lines. */
export function locateBody(pageBlocks: TextBlock[], body: BodyBlock[]): { start: number; end: number } {
  const texts = body.filter((block) => block.text.length >= 10);
  if (texts.length === 0) return { start: -1, end: -1 };
  const firstKey = comparableText(texts[0].text.slice(0, 60)).slice(0, 20);
  const lastKey = comparableText(texts[texts.length - 1].text.split('\n')[0].slice(0, 60)).slice(0, 20);
  // Only the first characters matter: compare short prefixes, not whole blocks.
  const key = (block: TextBlock) => (block.text.length >= 10 ? comparableText(block.text.slice(0, 60)) : '');
  const start = pageBlocks.findIndex((block) => key(block).startsWith(firstKey));
  let end = -1;
  for (let i = pageBlocks.length - 1; i >= Math.max(start, 0); i--) {
    if (key(pageBlocks[i]).startsWith(lastKey)) {
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
