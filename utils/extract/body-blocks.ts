/**
 * Turns an article container into a flat list of clean blocks (paragraphs, subheads, quotes,
 * lists, figures, data tables). The walk is also the first line of defence against hostile
 * markup: only an allowlist of tags and attributes is ever written out, text is escaped, and
 * only http(s) links and images survive. DOMPurify still runs on the joined result.
 */
import { CLUTTER_CLASS, HIDDEN_CLASS } from './patterns';
import { classAndId, collapseWhitespace } from './page-blocks';

export type BlockKind = 'p' | 'h' | 'quote' | 'list' | 'figure' | 'table' | 'pre' | 'caption';

export interface BodyBlock {
  kind: BlockKind;
  html: string;
  /** Plain text; lines (list items, table rows, figure captions) separated by "\n". */
  text: string;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  /** The source element, for class-based hints. */
  source: Element | null;
}

export interface BlockWalkOptions {
  baseUrl: URL;
  /** Called with the text of byline-like elements that the walk skips, so names are not lost. */
  onBylineElement?: (text: string) => void;
  /** Extra selectors to drop (site rules). */
  dropSelectors?: string[];
}

const DROP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BUTTON', 'INPUT', 'SELECT',
  'TEXTAREA', 'NAV', 'FOOTER', 'ASIDE', 'SVG', 'CANVAS', 'AUDIO', 'VIDEO', 'LINK', 'META', 'INS', 'HEAD', 'TITLE',
  'DIALOG', 'MENU', 'MAP', 'AREA', 'SOURCE', 'TRACK', 'LABEL', 'OPTION', 'DATALIST', 'OUTPUT', 'PROGRESS', 'METER', 'HR',
]);
const INLINE_KEEP: Record<string, string> = {
  STRONG: 'strong', B: 'strong', EM: 'em', I: 'em', SUB: 'sub', SUP: 'sup', CODE: 'code', MARK: 'mark', S: 's', DEL: 's', U: 'u',
};
const BLOCKISH = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION', 'PICTURE',
]);
const CAPTION_HINT = /caption|(?:^|[\s_-])cap(?:$|[\s_-])|desc|photo_?(?:txt|text|exp)|img_?(?:txt|text|desc|exp)|figcaption|explain/i;
const BYLINE_ELEMENT_HINT = /byline|writer|reporter|journalist|author|repoter/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-echo', 'data-original-src', 'data-img-src'];
const PLACEHOLDER_SRC = /^data:|spacer|blank\.(?:gif|png)|pixel|1x1|loading|lazy/i;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function safeUrl(raw: string | null | undefined, base: URL): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (!value || value.startsWith('#')) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function firstSrcsetUrl(srcset: string | null): string | null {
  if (!srcset) return null;
  // The largest candidate reads best on high-density screens.
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    const size = parseFloat(descriptor) || 1;
    if (url && (!best || size > best.size)) best = { url, size };
  }
  return best?.url ?? null;
}

/** The real image address behind lazy-loading placeholders (`data-src`, `srcset`, `<noscript>`). */
export function resolveImageSource(img: Element, base: URL): string | null {
  const src = img.getAttribute('src');
  const candidates: Array<string | null> = [];
  for (const attribute of LAZY_SRC_ATTRIBUTES) candidates.push(img.getAttribute(attribute));
  candidates.push(firstSrcsetUrl(img.getAttribute('data-srcset')));
  candidates.push(firstSrcsetUrl(img.getAttribute('srcset')));
  const picture = img.parentElement?.tagName.toUpperCase() === 'PICTURE' ? img.parentElement : null;
  if (picture) {
    for (const source of Array.from(picture.querySelectorAll('source'))) {
      candidates.push(firstSrcsetUrl(source.getAttribute('srcset') ?? source.getAttribute('data-srcset')));
    }
  }
  // A lazy image's real address is often only in the `<noscript>` fallback beside it.
  const noscript = img.nextElementSibling?.tagName.toUpperCase() === 'NOSCRIPT' ? img.nextElementSibling : img.parentElement?.querySelector('noscript');
  const fallback = noscript ? /<img[^>]+src=["']([^"']+)["']/i.exec(noscript.textContent || noscript.innerHTML || '')?.[1] : null;
  if (src && !PLACEHOLDER_SRC.test(src)) candidates.unshift(src);
  else candidates.push(fallback ?? null, src && !src.startsWith('data:') ? src : null);
  for (const candidate of candidates) {
    const url = safeUrl(candidate, base);
    if (url) return url;
  }
  return null;
}

function isTrackingPixel(img: Element): boolean {
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  return (width > 0 && width <= 4) || (height > 0 && height <= 4);
}


function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (HIDDEN_CLASS.test(element.getAttribute('class') ?? '')) return true;
  const style = element.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

interface InlineBuffer {
  html: string;
  text: string;
  linkChars: number;
}

function emptyBuffer(): InlineBuffer {
  return { html: '', text: '', linkChars: 0 };
}

function textLength(element: Element): number {
  return collapseWhitespace(element.textContent ?? '').length;
}

const NOT_PROSE = new Set(['LI', 'A', 'FIGCAPTION', 'CAPTION', 'BUTTON', 'SELECT', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The article-like text of an element: its text outside lists, links and captions. A gallery's
 * fifty captions or a related-links box are text, but not prose.
 */
function proseLength(node: Node): number {
  let total = 0;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) total += (child.nodeValue ?? '').replace(/\s+/g, '').length;
    else if (child.nodeType === 1 && !NOT_PROSE.has((child as Element).tagName.toUpperCase())) total += proseLength(child);
  }
  return total;
}

/** A data table: small cells in a grid. Tables used for page layout are walked as containers. */
function isDataTable(table: Element): boolean {
  if (table.querySelector('table')) return false;
  const rows = Array.from(table.querySelectorAll('tr'));
  if (rows.length < 2) return false;
  let multiCell = 0;
  for (const row of rows) {
    const cells = Array.from(row.children).filter((cell) => /^T[DH]$/i.test(cell.tagName));
    if (cells.length >= 2) multiCell++;
    for (const cell of cells) {
      if (textLength(cell) > 250 || cell.querySelector('p, div p, img + img, h1, h2, h3')) return false;
    }
  }
  return multiCell >= Math.max(2, rows.length * 0.6);
}

export class BlockWriter {
  readonly blocks: BodyBlock[] = [];
  private inline = emptyBuffer();
  private inlineSource: Element | null = null;
  private readonly drop: string;

  constructor(private readonly options: BlockWalkOptions) {
    this.drop = (options.dropSelectors ?? []).join(', ');
  }

  walk(container: Element): BodyBlock[] {
    this.walkChildren(container, container, 0);
    this.flush();
    return this.blocks;
  }

  private push(block: BodyBlock) {
    if (block.text.trim() || block.kind === 'figure') this.blocks.push(block);
  }

  private flush() {
    const text = collapseWhitespace(this.inline.text);
    if (text) {
      const source = this.inlineSource;
      const caption = source && CAPTION_HINT.test(classAndId(source)) && text.length < 400;
      this.push({
        kind: caption ? 'caption' : 'p',
        html: this.inline.html.trim(),
        text,
        linkChars: Math.min(this.inline.linkChars, text.length),
        source,
      });
    }
    this.inline = emptyBuffer();
    this.inlineSource = null;
  }

  private skipElement(element: Element, containerText: number): boolean {
    const tag = element.tagName.toUpperCase();
    if (DROP_TAGS.has(tag) || isHidden(element)) return true;
    if (element.getAttribute('aria-hidden') === 'true' && tag !== 'IMG') return true;
    if (this.drop && element.matches(this.drop)) return true;
    // A subhead styled as `article-body__content-header` is text, not a page header.
    const hint = /^H[1-6]$/.test(tag) ? classAndId(element).replace(/header/gi, '') : classAndId(element);
    if (hint.trim() && CLUTTER_CLASS.test(hint)) {
      // A wrapper that holds most of the article is misnamed, not clutter.
      if (containerText > 0 && proseLength(element) > containerText * 0.5) return false;
      if (BYLINE_ELEMENT_HINT.test(hint)) this.options.onBylineElement?.(collapseWhitespace(element.textContent ?? ''));
      return true;
    }
    return false;
  }

  private walkChildren(node: Element, container: Element, containerText: number) {
    const total = containerText || proseLength(container);
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        this.appendText(child.nodeValue ?? '', false, node);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (this.skipElement(element, total)) continue;
      this.walkElement(element, container, total);
    }
  }

  private appendText(raw: string, inLink: boolean, source: Element) {
    if (!raw) return;
    const text = raw.replace(/[\s\u00a0]+/g, ' ');
    this.inline.html += escapeHtml(text);
    this.inline.text += text;
    if (inLink) this.inline.linkChars += text.trim().length;
    if (!this.inlineSource && text.trim()) this.inlineSource = source;
  }

  private walkInline(element: Element, inLink: boolean, container: Element, total: number) {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        this.appendText(child.nodeValue ?? '', inLink, element);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const inner = child as Element;
      if (this.skipElement(inner, total)) continue;
      this.walkElement(inner, container, total, inLink);
    }
  }

  private walkElement(element: Element, container: Element, total: number, inLink = false) {
    const tag = element.tagName.toUpperCase();
    if (tag === 'BR') {
      this.flush();
      return;
    }
    if (tag === 'IMG') {
      this.writeImage(element, null);
      return;
    }
    if (tag === 'A') {
      const href = safeUrl(element.getAttribute('href'), this.options.baseUrl);
      if (element.querySelector('img, div, p, figure, table')) {
        this.walkChildren(element, container, total);
        return;
      }
      if (href) this.inline.html += `<a href="${escapeHtml(href)}">`;
      this.walkInline(element, true, container, total);
      if (href) this.inline.html += '</a>';
      return;
    }
    if (INLINE_KEEP[tag]) {
      const name = INLINE_KEEP[tag];
      this.inline.html += `<${name}>`;
      this.walkInline(element, inLink, container, total);
      this.inline.html += `</${name}>`;
      return;
    }
    if (!BLOCKISH.has(tag)) {
      // Unknown inline wrappers (span, font, time, small…) keep only their children.
      if (element.querySelector('p, div, table, figure, ul, ol, blockquote, h1, h2, h3, h4')) {
        this.walkChildren(element, container, total);
      } else {
        this.walkInline(element, inLink, container, total);
      }
      return;
    }
    this.flush();
    switch (tag) {
      case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6':
        this.writeHeading(element, tag === 'H1' || tag === 'H2' ? 'h2' : 'h3', container, total);
        return;
      case 'FIGURE': case 'PICTURE':
        this.writeFigure(element, container, total);
        return;
      case 'TABLE':
        if (isDataTable(element)) this.writeTable(element);
        else this.walkChildren(element, container, total);
        this.flush();
        return;
      case 'UL': case 'OL':
        this.writeList(element, tag === 'OL' ? 'ol' : 'ul', container, total);
        return;
      case 'BLOCKQUOTE':
        this.writeQuote(element, container, total);
        return;
      case 'PRE': {
        const text = element.textContent ?? '';
        if (text.trim()) this.push({ kind: 'pre', html: `<pre>${escapeHtml(text)}</pre>`, text: text.trim(), linkChars: 0, source: element });
        return;
      }
      default:
        this.inlineSource = element;
        this.walkChildren(element, container, total);
        this.flush();
    }
  }

  private collectInner(element: Element, container: Element, total: number): BodyBlock[] {
    const inner = new BlockWriter(this.options);
    inner.walkChildren(element, container, total);
    inner.flush();
    return inner.blocks;
  }

  private writeHeading(element: Element, level: 'h2' | 'h3', container: Element, total: number) {
    const blocks = this.collectInner(element, container, total);
    const text = blocks.map((block) => block.text).join(' ').trim();
    if (!text) return;
    const html = blocks.map((block) => block.html).join(' ');
    this.push({ kind: 'h', html: `<${level}>${html}</${level}>`, text, linkChars: 0, source: element });
  }

  private writeQuote(element: Element, container: Element, total: number) {
    const blocks = this.collectInner(element, container, total).filter((block) => block.kind !== 'figure');
    if (!blocks.length) return;
    this.push({
      kind: 'quote',
      html: `<blockquote>${blocks.map((block) => (block.kind === 'p' ? `<p>${block.html}</p>` : block.html)).join('')}</blockquote>`,
      text: blocks.map((block) => block.text).join('\n'),
      linkChars: blocks.reduce((sum, block) => sum + block.linkChars, 0),
      source: element,
    });
  }

  private writeList(element: Element, tag: 'ul' | 'ol', container: Element, total: number) {
    const items: BodyBlock[] = [];
    for (const item of Array.from(element.children)) {
      if (item.tagName.toUpperCase() !== 'LI' || this.skipElement(item, total)) continue;
      const blocks = this.collectInner(item, container, total);
      const text = blocks.map((block) => block.text).join(' ').trim();
      if (!text) continue;
      items.push({
        kind: 'p',
        html: blocks.map((block) => (block.kind === 'figure' ? block.html : block.html)).join(' '),
        text,
        linkChars: blocks.reduce((sum, block) => sum + block.linkChars, 0),
        source: item,
      });
    }
    if (!items.length) return;
    this.push({
      kind: 'list',
      html: `<${tag}>${items.map((item) => `<li>${item.html}</li>`).join('')}</${tag}>`,
      text: items.map((item) => item.text).join('\n'),
      linkChars: items.reduce((sum, item) => sum + item.linkChars, 0),
      source: element,
    });
  }

  private writeImage(img: Element, caption: string | null) {
    const src = resolveImageSource(img, this.options.baseUrl);
    if (!src || isTrackingPixel(img)) return;
    this.flush();
    const alt = collapseWhitespace(img.getAttribute('alt') ?? '');
    const captionHtml = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '';
    this.push({
      kind: 'figure',
      html: `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">${captionHtml}</figure>`,
      text: caption ?? '',
      linkChars: 0,
      source: img,
    });
  }

  private writeFigure(element: Element, container: Element, total: number) {
    const captionElement = element.querySelector('figcaption');
    const caption = captionElement ? collapseWhitespace(captionElement.textContent ?? '') : '';
    const images = Array.from(element.querySelectorAll('img'));
    if (images.length === 0) {
      // A figure without an image (a quote card, a chart table): keep its text.
      this.walkChildren(element, container, total);
      this.flush();
      return;
    }
    images.forEach((img, index) => this.writeImage(img, index === images.length - 1 && caption ? caption : null));
    if (caption && !this.blocks.some((block) => block.source && images.includes(block.source as HTMLImageElement))) {
      this.push({ kind: 'caption', html: escapeHtml(caption), text: caption, linkChars: 0, source: captionElement });
    }
  }

  private writeTable(table: Element) {
    const rows: string[] = [];
    const lines: string[] = [];
    const caption = table.querySelector('caption');
    const captionText = caption ? collapseWhitespace(caption.textContent ?? '') : '';
    if (captionText) lines.push(captionText);
    for (const row of Array.from(table.querySelectorAll('tr'))) {
      const cells = Array.from(row.children).filter((cell) => /^T[DH]$/i.test(cell.tagName));
      const texts = cells.map((cell) => collapseWhitespace(cell.textContent ?? ''));
      if (!texts.some(Boolean)) continue;
      lines.push(texts.filter(Boolean).join(' '));
      rows.push(
        `<tr>${cells
          .map((cell, index) => {
            const name = cell.tagName.toUpperCase() === 'TH' ? 'th' : 'td';
            const span = ['colspan', 'rowspan']
              .map((attribute) => {
                const value = Number(cell.getAttribute(attribute));
                return value > 1 && value < 100 ? ` ${attribute}="${value}"` : '';
              })
              .join('');
            return `<${name}${span}>${escapeHtml(texts[index])}</${name}>`;
          })
          .join('')}</tr>`,
      );
    }
    if (!rows.length) return;
    const captionHtml = captionText ? `<caption>${escapeHtml(captionText)}</caption>` : '';
    this.push({
      kind: 'table',
      html: `<table>${captionHtml}<tbody>${rows.join('')}</tbody></table>`,
      text: lines.join('\n'),
      linkChars: 0,
      source: table,
    });
  }
}

/** Renders blocks as HTML: paragraphs in `<p>`, captions attached to the figure before them. */
/** `■ 부제`, `◆ 소제목`: a Korean subhead written as a paragraph. */
const SUBHEAD = /^[■◆◇□●▣◈]\s*\S/u;

export function blocksToHtml(blocks: BodyBlock[]): string {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'p') out.push(SUBHEAD.test(block.text) && block.text.length <= 120 ? `<p class="subhead">${block.html}</p>` : `<p>${block.html}</p>`);
    else if (block.kind === 'caption') {
      const previous = out[out.length - 1];
      if (previous && previous.startsWith('<figure>') && !previous.includes('<figcaption>')) {
        out[out.length - 1] = previous.replace('</figure>', `<figcaption>${block.html}</figcaption></figure>`);
      } else out.push(`<p class="caption">${block.html}</p>`);
    } else out.push(block.html);
  }
  return out.join('\n');
}

export function blocksToText(blocks: BodyBlock[]): string {
  return blocks
    .map((block) => block.text)
    .filter(Boolean)
    .join('\n');
}
