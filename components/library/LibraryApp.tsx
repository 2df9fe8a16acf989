import { useEffect, useMemo, useState } from 'preact/hooks';
import { countArticles, filterArticleIds, getArticle, hasFilters, setArticleRead, type LibraryFilters as Filters } from '@/utils/db/articles';
import type { SavedArticle } from '@/utils/db/schema';
import { createSanitizer } from '@/utils/extract/sanitize';
import { t } from '@/utils/i18n';
import { articleFileName, articleToHtml, articleToMarkdown } from '@/utils/library/article-export';
import { downloadFile } from '@/utils/library/download';
import { articleIdFromHash } from '@/utils/library/library-page';
import { useLiveQuery } from '@/utils/use-live-query';
import { LibraryBrowser } from './LibraryBrowser';
import { LibraryFilters } from './LibraryFilters';
import { SavedArticleReader } from './SavedArticleReader';
import { TransferPanel } from './TransferPanel';

let filterRuns = 0;

/**
 * The library page (library.html): the list at full size with filters, export and import, and a
 * saved article opened offline in the reader (`#article=ID`, so the popup can link to it).
 */
export function LibraryApp() {
  const [articleId, setArticleId] = useState(() => articleIdFromHash(location.hash));
  const [filters, setFilters] = useState<Filters>({});
  const sanitize = useMemo(() => createSanitizer(window), []);

  useEffect(() => {
    const onHashChange = () => setArticleId(articleIdFromHash(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const filterKey = JSON.stringify(filters);
  // Each result names itself, so a list never shows one filter's ids under another's name.
  const filtered = useLiveQuery(
    async () => (hasFilters(filters) ? { key: `${filterKey}#${++filterRuns}`, ids: await filterArticleIds(filters) } : null),
    [filterKey],
  );
  const total = useLiveQuery(() => countArticles(), []);
  const opened = useLiveQuery(() => (articleId ? getArticle(articleId).then((found) => found ?? null) : Promise.resolve(null)), [articleId]);

  useEffect(() => {
    if (opened.value && !opened.value.readAt) void setArticleRead(opened.value.id, true).catch(() => undefined);
  }, [opened.value?.id]);

  const open = (article: SavedArticle) => {
    location.hash = `article=${article.id}`;
  };
  const close = () => {
    history.pushState(null, '', location.pathname + location.search);
    setArticleId(null);
  };
  const exportArticle = (article: SavedArticle, format: 'html' | 'md') => {
    const text = format === 'html' ? articleToHtml(article, sanitize) : articleToMarkdown(article, sanitize, new DOMParser());
    downloadFile(document, [text], format === 'html' ? 'text/html' : 'text/markdown', articleFileName(article, format));
  };

  return (
    <div class="library-page">
      <header class="page-header">
        <h1>{t('libraryTitle')}</h1>
        {total.value !== undefined && (
          <span class="page-total" data-testid="library-total">
            {t('libraryTotal', total.value)}
          </span>
        )}
        <TransferPanel />
      </header>
      <div class="page-body">
        <aside class="page-filters">
          <LibraryFilters filters={filters} onChange={(change) => setFilters((current) => (change ? { ...current, ...change } : {}))} />
        </aside>
        <main class="page-list">
          <LibraryBrowser
            onOpen={open}
            onExport={exportArticle}
            filter={filtered.value ?? null}
            openGroups={8}
          />
        </main>
      </div>
      {articleId !== null && opened.value === null && (
        <p class="error page-notice" role="alert" data-testid="article-missing">
          {t('articleNotFound')}
        </p>
      )}
      {opened.value && <SavedArticleReader article={opened.value} sanitize={sanitize} onClose={close} />}
    </div>
  );
}
