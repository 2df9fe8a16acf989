/**
 * Korean news clean-up on the block list: the wire dateline, reporter sign-offs, e-mail and
 * copyright lines, ▶ promos, UI labels and trailing 관련기사/많이 본 뉴스 lists go; subheads
 * (■ ◆ ◇), ▲ lists, quotes, tables and captions stay.
 */
import { leadBylineNames, signOffNames } from './bylines';
import type { BodyBlock } from './body-blocks';
import { findLabeledDates } from './dates';
import { comparableText } from './page-blocks';
import {
  CLUTTER_LINE,
  CONTACT_LINE,
  COPYRIGHT,
  COPYRIGHT_STAMP,
  CORP_FOOTER,
  CREDIT_LINE,
  EMAIL_LINE,
  DATE_LABEL,
  DATE_TIME,
  DISCLAIMER_LINE,
  PROMO_LINE,
  TAIL_HEADING,
} from './patterns';

const SUBHEAD_START = /^[■◆◇□●▣◈]/u;
/** `[사진영상부 | 사진 제보 및 보도자료 photo@x.example]`: a short line with an address and an ask. */
const CONTACT_WITH_ADDRESS = /(?:제보|문의|보도\s*자료|구독|후원|신청)[^\n]{0,40}[\w.+-]+@[\w-]+\.|[\w.+-]+@[\w-]+\.[^\n]{0,40}(?:제보|문의|보도\s*자료)/u;

/** A sign-off this far into the text ends the article. */
const SIGN_OFF_POSITION = 0.75;

export interface CleanResult {
  blocks: BodyBlock[];
  /** Names read from the lines that were removed (dateline, sign-off), in page order. */
  reporters: string[];
  /** The removed byline line as shown, for `byline`. */
  bylineText: string | null;
}

/** Share of the article's text that comes before block `index` (0…1). */
function positionOf(blocks: BodyBlock[], index: number, total: number): number {
  let before = 0;
  for (let i = 0; i < index; i++) before += blocks[i].text.length;
  return total ? before / total : 0;
}

function isLinkList(block: BodyBlock): boolean {
  return block.text.length > 0 && block.linkChars / block.text.length > 0.6;
}

/** After the link run that starts at `from`, are there at least two real paragraphs of story? */
function storyContinuesAfterLinks(blocks: BodyBlock[], from: number): boolean {
  let i = from;
  while (i < blocks.length && (isLinkList(blocks[i]) || blocks[i].text.length < 60)) i++;
  const next = blocks.slice(i, i + 3);
  return next.filter((block) => block.kind === 'p' && block.text.length >= 60 && block.linkChars / block.text.length < 0.2).length >= 2;
}

/** Do real paragraphs of story follow block `from` (not photos, links and one-liners)? */
function storyFollows(blocks: BodyBlock[], from: number): boolean {
  const next = blocks.slice(from, from + 4);
  return next.filter((block) => (block.kind === 'p' || block.kind === 'caption') && block.text.length >= 60 && block.linkChars / block.text.length < 0.2).length >= 2;
}

/** `입력 2024.03.05 14:20 | 수정 …` lines, possibly with the reporter's name, inside a body container. */
function isDateLine(text: string): boolean {
  if (text.length > 120 || findLabeledDates(text).length === 0) return false;
  const rest = text.replace(DATE_TIME, '').replace(DATE_LABEL, '').replace(/\S+@\S+|기자|[\s|·:,/()[\]]/gu, '');
  return rest.length < 30;
}

export function cleanBlocks(input: BodyBlock[], title: string | null): CleanResult {
  const reporters: string[] = [];
  let bylineText: string | null = null;
  const titleKey = title ? comparableText(title) : '';
  const total = input.reduce((sum, block) => sum + block.text.length, 0);
  const noteByline = (text: string, names: string[]) => {
    for (const name of names) if (!reporters.includes(name)) reporters.push(name);
    if (!bylineText) bylineText = text;
  };

  const kept: BodyBlock[] = [];
  let skippingLinkRun = false;
  for (let i = 0; i < input.length; i++) {
    const block = input[i];
    const text = block.text.trim();
    const singleLine = block.kind === 'p' || block.kind === 'caption' || block.kind === 'h';
    const nearStart = kept.filter((b) => b.kind !== 'figure').length < 3;
    const position = positionOf(input, i, total);

    if (skippingLinkRun) {
      // The box's links and their short dates go; a subhead or a sentence is the story again.
      if (isLinkList(block) || (text.length < 20 && block.kind !== 'h' && !SUBHEAD_START.test(text))) continue;
      skippingLinkRun = false;
    }

    if (singleLine && TAIL_HEADING.test(text)) {
      // An in-body 관련기사 box is followed by more story; a trailing list is not.
      if (position >= 0.5 && !storyContinuesAfterLinks(input, i + 1)) break;
      skippingLinkRun = true;
      continue;
    }
    // The copyright line ends the article, unless more story follows it. A bare `ⓒ솔뫼신문`
    // stamp is usually a photo credit: it goes, the story goes on.
    if (singleLine && COPYRIGHT_STAMP.test(text)) continue;
    if (singleLine && COPYRIGHT.test(text) && text.length < 200) {
      if (position >= 0.6 || !storyFollows(input, i + 1)) break;
      continue;
    }
    if (singleLine && CORP_FOOTER.test(text) && text.length < 300) {
      if (position >= 0.6) break;
      continue;
    }

    // A wire lead (`[서울=뉴시스]홍길동 기자 = …`) names the reporter; the lead stays in the text.
    if (nearStart && block.kind === 'p') {
      const lead = leadBylineNames(text);
      if (lead?.names.length) noteByline(lead.shown, lead.names);
    }

    if (singleLine) {
      const current = block.text.trim();
      if (CLUTTER_LINE.test(current) || PROMO_LINE.test(current) || CREDIT_LINE.test(current) || CONTACT_LINE.test(current)) continue;
      if (current.length < 90 && CONTACT_WITH_ADDRESS.test(current)) continue;
      // A disclaimer closes the piece; an author's bio may follow it.
      if (DISCLAIMER_LINE.test(current)) {
        if (!storyFollows(input, i + 1)) break;
        continue;
      }
      if (EMAIL_LINE.test(current)) {
        if (position >= SIGN_OFF_POSITION || !storyFollows(input, i + 1)) break;
        continue;
      }
      if (titleKey && block.kind !== 'p' && comparableText(current) === titleKey) continue;
      if (titleKey && comparableText(current) === titleKey && nearStart) continue;
      const signOff = signOffNames(current);
      if (signOff) {
        noteByline(current, signOff);
        // What follows a closing sign-off is tips, promos and credits, never the story.
        if (i > 0 && (position >= SIGN_OFF_POSITION || !storyFollows(input, i + 1))) break;
        continue;
      }
      if (isDateLine(current)) continue;
      if (/^[\s\p{P}\p{S}]*$/u.test(current)) continue;
    }
    if (block.kind === 'list' && isLinkList(block) && position > 0.5) continue;
    kept.push(block);
  }

  // A trailing run of link lists or one-line links is a related-articles box without a heading.
  while (kept.length > 1 && isLinkList(kept[kept.length - 1])) kept.pop();
  return { blocks: kept, reporters, bylineText };
}
