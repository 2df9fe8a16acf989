import DOMPurify, { type Config, type WindowLike } from 'dompurify';
import type { HtmlSanitizer } from './types';

/** Only what an article needs. No scripts, handlers, forms, frames, objects or styles. */
export const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS: [
    'p', 'br', 'h2', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'figure', 'figcaption', 'img', 'table', 'caption',
    'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'pre', 'code', 'a', 'strong', 'em', 'b', 'i', 'u', 's', 'sub', 'sup', 'mark',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'class'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  FORBID_TAGS: ['style', 'script', 'form', 'iframe', 'object', 'embed', 'svg', 'math', 'input', 'button'],
};

/** A sanitizer bound to a window: the page's in the browser, a jsdom window in Node. */
export function createSanitizer(window: WindowLike): HtmlSanitizer {
  const purify = DOMPurify(window);
  if (!purify.isSupported) throw new Error('DOMPurify is not supported by this DOM implementation');
  // The reader sanitizes what extraction just sanitized; the same input needs the work once.
  let last: { input: string; output: string } | null = null;
  return (html: string) => {
    if (last?.input === html) return last.output;
    const output = purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
    last = { input: html, output };
    return output;
  };
}
