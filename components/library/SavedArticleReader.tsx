import { h, render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ReaderView } from '@/components/reader/ReaderView';
import readerCss from '@/components/reader/reader.css?inline';
import type { SavedArticle } from '@/utils/db/schema';
import { readerKey } from '@/utils/reader/keys';
import { createShadowHost } from '@/utils/reader/shadow-host';
import type { HtmlSanitizer } from '@/utils/extract/types';
import { DEFAULT_SETTINGS, loadSettings, stepFontSize, updateSettings, watchSettings, type ReaderSettings } from '@/utils/settings';

const HOST_TAG = 'jeongdok-saved-reader';

interface Props {
  article: SavedArticle;
  sanitize: HtmlSanitizer;
  onClose(): void;
}

/**
 * A saved article, offline, in the reader's own layout and controls (ReaderView in a shadow root
 * with the reader's stylesheet, as in a web page). Its HTML is sanitized again by ReaderView.
 */
export function SavedArticleReader({ article, sanitize, onClose }: Props) {
  const mount = useRef<HTMLElement | null>(null);
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);

  useEffect(() => {
    void loadSettings().then(setSettings, () => undefined);
    const stopWatching = watchSettings(setSettings);
    const { host, mount: root } = createShadowHost(document, HOST_TAG, readerCss);
    mount.current = root;
    document.body.append(host);
    const overflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
    return () => {
      stopWatching();
      render(null, mount.current!);
      host.remove();
      document.documentElement.style.overflow = overflow;
    };
  }, []);

  const change = (update: Partial<ReaderSettings>) => {
    setSettings((current) => ({ ...current, ...update }));
    void updateSettings(update).catch(() => undefined);
  };

  // Esc closes; - and + change the size, as in the reader on a page (not while typing).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = readerKey(event);
      if (key === null) return;
      event.preventDefault();
      if (key === 'close') onClose();
      else change({ fontSize: stepFontSize(settings, key) });
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [settings, onClose]);

  useEffect(() => {
    if (!mount.current) return;
    render(h(ReaderView, { article, settings, sanitize, onSettingsChange: change, onClose }), mount.current);
  }, [article, settings, sanitize]);

  return null;
}
