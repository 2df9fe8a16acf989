import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LibraryBrowser } from '@/components/library/LibraryBrowser';
import type { SavedArticle } from '@/utils/db/schema';
import { t } from '@/utils/i18n';
import { libraryPageUrl } from '@/utils/library/library-page';
import { sendMessage, type TabStatus } from '@/utils/messaging';
import { CurrentTabCard } from './CurrentTabCard';

const NO_TAB: TabStatus = { detected: false, isArticle: false, scriptable: false, url: null, title: null, savedId: null };

/** The tab the popup acts on: the active tab, or `?tab=ID` when opened as a page (tests, library). */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function PopupApp() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refreshStatus = async (id: number) => setStatus(await sendMessage('getTabStatus', { tabId: id }));

  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      setTabId(id);
      if (id === null) {
        setStatus(NO_TAB);
        return;
      }
      await refreshStatus(id).catch(() => setStatus(NO_TAB));
    })();
  }, []);

  const read = async (force: boolean) => {
    if (tabId === null) return;
    setBusy(true);
    const result = await sendMessage('toggleReader', { tabId, force });
    setBusy(false);
    if (result.ok) window.close();
    else setMessage(result.error === 'restricted-page' ? t('errorRestrictedPage') : t('errorExtraction'));
  };

  const save = async (force: boolean) => {
    if (tabId === null) return;
    setBusy(true);
    const result = await sendMessage('saveTab', { tabId, force });
    setBusy(false);
    setMessage(result.ok ? t(result.updated ? 'savedAgain' : 'saved') : (result.message ?? t('errorStorage')));
    await refreshStatus(tabId).catch(() => undefined);
  };

  // The saved copy opens offline in the library page's reader.
  const open = (article: SavedArticle) => {
    void browser.tabs.create({ url: libraryPageUrl(article.id) });
    window.close();
  };

  return (
    <main class="popup">
      <CurrentTabCard status={status} message={message} busy={busy} onRead={read} onSave={save} />
      <LibraryBrowser onOpen={open} openGroups={3} />
      <footer class="popup-footer">
        <a class="link" href={libraryPageUrl()} target="_blank" rel="noopener" data-testid="open-library">
          {t('openLibrary')}
        </a>
      </footer>
    </main>
  );
}
