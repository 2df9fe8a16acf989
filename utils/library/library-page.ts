import { browser } from 'wxt/browser';

/** The library page, optionally with a saved article open in its reader (`#article=ID`). */
export function libraryPageUrl(articleId?: number): string {
  const page = browser.runtime.getURL('/library.html');
  return articleId === undefined ? page : `${page}#article=${articleId}`;
}

/** The article id in the library page's hash, or null. */
export function articleIdFromHash(hash: string): number | null {
  const id = Number(/^#article=(\d+)$/.exec(hash)?.[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
