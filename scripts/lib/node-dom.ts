/**
 * Node-side DOM for the CLI and benches: linkedom to parse pages (fast, and what the bench uses
 * for both extractors), jsdom only to host DOMPurify (which needs a fuller DOM than linkedom's).
 */
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { createSanitizer } from '../../utils/extract/sanitize';
import type { HtmlSanitizer } from '../../utils/extract/types';

const CHARSET_IN_HEAD = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const LEGACY_KOREAN = /^(?:euc-?kr|ks_c_5601-1987|cp949|windows-949|x-windows-949|ksc5601|korean)$/i;

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/**
 * Decodes saved HTML as a browser would (BOM, then `<meta charset>`, then UTF-8), except that a
 * page whose bytes are valid UTF-8 is read as UTF-8 even when it claims EUC-KR: saved copies are
 * often re-encoded without their meta tag being updated.
 */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  const bom = bomEncoding(bytes);
  if (bom) return { html: new TextDecoder(bom).decode(bytes), encoding: bom };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = CHARSET_IN_HEAD.exec(head)?.[1]?.toLowerCase() ?? null;
  try {
    const html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { html, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: trust the declaration, and read Korean legacy encodings as CP949 (a superset of EUC-KR).
  }
  const label = declared && !/^utf-?8$/i.test(declared) ? (LEGACY_KOREAN.test(declared) ? 'euc-kr' : declared) : 'euc-kr';
  try {
    return { html: new TextDecoder(label).decode(bytes), encoding: label };
  } catch {
    return { html: new TextDecoder('euc-kr').decode(bytes), encoding: 'euc-kr' };
  }
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

let sanitizer: HtmlSanitizer | null = null;
export function nodeSanitizer(): HtmlSanitizer {
  sanitizer ??= createSanitizer(new JSDOM('').window as never);
  return sanitizer;
}

const TEXT_BLOCKS = new Set(
  ('address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul caption img video audio iframe').split(' '),
);

/** Block-aware text of an HTML fragment (how the benchmarks turn expected HTML into text). */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1) {
        const tag = (child as Element).localName;
        if (tag === 'script' || tag === 'style' || tag === 'template') continue;
        const block = TEXT_BLOCKS.has(tag);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(document.body as unknown as Node);
  return parts.join('').replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ *\n[\s]*/g, '\n').trim();
}
