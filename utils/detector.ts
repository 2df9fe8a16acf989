/**
 * The on-every-page detector: scores the page and tells the background, which sets the badge.
 * It avoids the polyfill and the UI so that it stays a few kilobytes (see bench:reader).
 */
import { detectArticle } from './extract/detect';
import type { Message } from './messaging/protocol';

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown> | void;
}

export function reportDetection(doc: Document, location: Location, runtime: RuntimeLike): void {
  let url: URL;
  try {
    url = new URL(location.href);
  } catch {
    return;
  }
  const detection = detectArticle(doc, url);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  let canonicalUrl: string | null = null;
  try {
    canonicalUrl = canonical ? new URL(canonical, url).href : null;
  } catch {
    canonicalUrl = null;
  }
  const message: Message<'reportDetection'> = {
    jeongdok: 1,
    type: 'reportDetection',
    data: {
      isArticle: detection.isArticle,
      score: detection.score,
      canonicalUrl,
      title: doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title ?? null,
    },
  };
  try {
    const sent = runtime.sendMessage(message);
    if (sent && typeof (sent as Promise<unknown>).catch === 'function') (sent as Promise<unknown>).catch(() => undefined);
  } catch {
    // The extension was reloaded under this page; nothing to tell.
  }
}
