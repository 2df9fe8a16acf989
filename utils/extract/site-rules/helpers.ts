/** Small pieces the site rules share. */

/** True when the page's host is `domain` or one of its subdomains. */
export function hostIs(url: URL, ...domains: string[]): boolean {
  const host = url.hostname.toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The trimmed text of the first element matching any selector. */
export function textOf(doc: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const text = doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return null;
}

/** An attribute of the first element matching `selector`. */
export function attributeOf(doc: Document, selector: string, attribute: string): string | null {
  return doc.querySelector(selector)?.getAttribute(attribute)?.trim() || null;
}

export function metaContent(doc: Document, key: string): string | null {
  return attributeOf(doc, `meta[property="${key}"], meta[name="${key}"]`, 'content');
}

/** Portals name the press as `언론사 | 네이버` or `다음 - 언론사`. */
export function pressFromPortalLabel(label: string | null): string | null {
  if (!label) return null;
  const parts = label.split(/\s*[|]\s*|\s+-\s+/).map((part) => part.trim()).filter(Boolean);
  const press = parts.find((part) => !/^(?:네이버|naver|다음|daum|네이버\s*뉴스|다음\s*뉴스)$/i.test(part));
  return press ?? null;
}
