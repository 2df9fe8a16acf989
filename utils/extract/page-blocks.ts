/**
 * A flat, document-ordered list of the page's visible text blocks. Metadata rules look at the
 * blocks just before and after the article body (the header with its byline and dates, the
 * sign-off below it) instead of searching the whole page, so lists and sidebars cannot mislead them.
 */

export interface TextBlock {
  element: Element;
  text: string;
}

// Buttons stay: some outlets put the 업데이트 time inside one.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT', 'SELECT', 'OPTION', 'TEXTAREA']);

/** Elements that start a new line of text. Everything else is inline. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Text for comparing headlines: no spaces, no punctuation, NFC. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\p{P}\p{S}]+/gu, '').toLowerCase();
}

export function collectBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  const open: Array<{ element: Element; parts: string[] }> = [];

  const flush = (entry: { element: Element; parts: string[] }) => {
    const text = collapseWhitespace(entry.parts.join(''));
    if (text) blocks.push({ element: entry.element, text });
    entry.parts = [];
  };

  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        open[open.length - 1].parts.push(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'BR') {
        open[open.length - 1].parts.push(' ');
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        // Text before a nested block is its own block; text after it starts a new one.
        flush(open[open.length - 1]);
        const entry = { element, parts: [] as string[] };
        open.push(entry);
        visit(element);
        flush(entry);
        open.pop();
      } else {
        open[open.length - 1].parts.push(' ');
        visit(element);
        open[open.length - 1].parts.push(' ');
      }
    }
  };

  const rootEntry = { element: root, parts: [] as string[] };
  open.push(rootEntry);
  visit(root);
  flush(rootEntry);
  return blocks;
}

/** Index of the first block inside `container` (or -1). */
export function firstBlockInside(blocks: TextBlock[], container: Element): number {
  return blocks.findIndex((block) => container === block.element || container.contains(block.element));
}

/** Index of the last block inside `container` (or -1). */
export function lastBlockInside(blocks: TextBlock[], container: Element): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (container === blocks[i].element || container.contains(blocks[i].element)) return i;
  }
  return -1;
}

/**
 * An element's class and id, for class-token rules. Ids that read like headline slugs
 * (`sharing-with-a-single-developer`) name content, not widgets, and are left out.
 */
export function classAndId(element: Element): string {
  const id = element.getAttribute('id') ?? '';
  const slug = id.split(/[-_]/).length >= 4;
  return `${element.getAttribute('class') ?? ''} ${slug ? '' : id}`;
}
