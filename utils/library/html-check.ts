import DOMPurify, { type WindowLike } from 'dompurify';
import { SANITIZE_CONFIG } from '../extract/sanitize';

/**
 * For imports: true when the article sanitizer would remove nothing from the HTML. A file whose
 * bodies carry scripts, handlers or `javascript:` links is hostile and is refused as a whole.
 */
export function createHtmlSafetyCheck(window: WindowLike): (html: string) => boolean {
  const purify = DOMPurify(window);
  return (html) => {
    purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false });
    // DOMPurify always reports the <body> it parsed into; that one only counts if it carried attributes.
    return purify.removed.every((entry) => {
      const element = (entry as { element?: Element }).element;
      return element?.nodeName === 'BODY' && element.attributes.length === 0;
    });
  };
}
