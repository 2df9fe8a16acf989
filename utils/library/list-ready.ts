/**
 * Marks the moment a page's first article list is on screen (`performance` entry
 * `jeongdok:list-ready`, once per page), which `npm run bench:library` reads.
 */
export const LIST_READY_MARK = 'jeongdok:list-ready';

export function markListReady(): void {
  if (performance.getEntriesByName(LIST_READY_MARK).length === 0) performance.mark(LIST_READY_MARK);
}
