import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleGroups } from '@/components/library/ArticleGroups';
import { groupByReporter, groupBySection } from '@/utils/db/articles';
import type { SavedArticle } from '@/utils/db/schema';
import { t } from '@/utils/i18n';
import { sendMessage, type TabStatus } from '@/utils/messaging';
import { useLiveQuery } from '@/utils/use-live-query';
import { CurrentTabCard } from './CurrentTabCard';

type LibraryTab = 'section' | 'reporter';

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
  const [libraryTab, setLibraryTab] = useState<LibraryTab>('section');
  const sections = useLiveQuery(() => groupBySection(), []);
  const reporters = useLiveQuery(() => groupByReporter(), []);

  const refreshStatus = async (id: number) => setStatus(await sendMessage('getTabStatus', { tabId: id }));

  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      setTabId(id);
      if (id === null) {
        setStatus({ detected: false, isArticle: false, scriptable: false, url: null, title: null, savedId: null });
        return;
      }
      await refreshStatus(id).catch(() =>
        setStatus({ detected: false, isArticle: false, scriptable: false, url: null, title: null, savedId: null }),
      );
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

  const open = (article: SavedArticle) => {
    void browser.tabs.create({ url: article.url });
    window.close();
  };

  const groups = libraryTab === 'section' ? sections : reporters;
  return (
    <main class="popup">
      <CurrentTabCard status={status} message={message} busy={busy} onRead={read} onSave={save} />
      <section class="library" aria-label={t('library')}>
        <div class="tabs" role="tablist">
          {(['section', 'reporter'] as const).map((tab) => (
            <button
              key={tab}
              type="button"
              role="tab"
              class="tab"
              data-testid={`tab-${tab}`}
              aria-selected={libraryTab === tab}
              onClick={() => setLibraryTab(tab)}
            >
              {tab === 'section' ? t('bySection') : t('byReporter')}
            </button>
          ))}
        </div>
        <div role="tabpanel">
          {groups.error ? (
            <p class="error" role="alert">
              {t('errorStorage')}
            </p>
          ) : groups.value ? (
            <ArticleGroups groups={groups.value} onOpen={open} testId={`groups-${libraryTab}`} />
          ) : null}
        </div>
      </section>
    </main>
  );
}
