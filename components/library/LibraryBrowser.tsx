import { useEffect, useRef, useState } from 'preact/hooks';
import {
  countArticles,
  deleteArticle,
  getArticles,
  listRecentArticles,
  listReporterGroups,
  listSectionGroups,
  restoreArticle,
  setArticleRead,
} from '@/utils/db/articles';
import type { SavedArticle } from '@/utils/db/schema';
import { searchArticles } from '@/utils/db/search';
import { t } from '@/utils/i18n';
import { useLiveQuery } from '@/utils/use-live-query';
import { ArticleGroups } from './ArticleGroups';
import type { ArticleActions } from './ArticleItem';
import { ArticleList, type ArticlePage } from './ArticleList';
import { UndoBar } from './UndoBar';

export type LibraryTab = 'section' | 'reporter' | 'recent';
const TABS: Array<{ tab: LibraryTab; label: () => string }> = [
  { tab: 'section', label: () => t('bySection') },
  { tab: 'reporter', label: () => t('byReporter') },
  { tab: 'recent', label: () => t('recent') },
];

interface Props {
  onOpen(article: SavedArticle): void;
  onExport?: ArticleActions['onExport'];
  /** The ids that pass the library page's filters, newest first, and a key new with each result; null when no filter is set. */
  filter?: { key: string; ids: number[] } | null;
  /** How many of the first groups start open. */
  openGroups: number;
}

/**
 * The saved-articles list shared by the popup and the library page: search, the 섹션별 / 기자별 /
 * 최근 tabs, read state and delete with undo. Everything follows the database live.
 */
export function LibraryBrowser({ onOpen, onExport, filter = null, openGroups }: Props) {
  const [tab, setTab] = useState<LibraryTab>('section');
  const [query, setQuery] = useState('');
  const [deleted, setDeleted] = useState<SavedArticle | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const guard = (work: Promise<unknown>) => work.catch(() => setFailure(t('errorStorage')));
  const actions: ArticleActions = {
    onOpen,
    onExport,
    onToggleRead: (article) => void guard(setArticleRead(article.id, !article.readAt)),
    onDelete: (article) =>
      void guard(
        deleteArticle(article.id).then((removed) => {
          setFailure(null);
          setDeleted(removed);
        }),
      ),
  };
  const undo = () => {
    if (deleted) void guard(restoreArticle(deleted));
    setDeleted(null);
  };

  const searching = query.trim() !== '';
  return (
    <section class="library" aria-label={t('library')}>
      <SearchBox query={query} onQuery={setQuery} />
      {searching ? (
        <SearchResults query={query} filter={filter} actions={actions} />
      ) : filter ? (
        <ArticleList
          load={(limit) => pageOf(filter.ids, limit)}
          listKey={`filter:${filter.key}`}
          actions={actions}
          testId="filtered-list"
          empty={t('filterEmpty')}
          heading={(total) => t('filterResults', total)}
        />
      ) : (
        <>
          <div class="tabs" role="tablist">
            {TABS.map(({ tab: name, label }) => (
              <button key={name} type="button" role="tab" class="tab" data-testid={`tab-${name}`} aria-selected={tab === name} onClick={() => setTab(name)}>
                {label()}
              </button>
            ))}
          </div>
          <div role="tabpanel">
            <TabContent tab={tab} actions={actions} openGroups={openGroups} />
          </div>
        </>
      )}
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      {deleted && <UndoBar key={deleted.id} text={t('deleted', deleted.title)} onUndo={undo} onDismiss={() => setDeleted(null)} />}
    </section>
  );
}

async function pageOf(ids: number[], limit: number): Promise<ArticlePage> {
  return { articles: await getArticles(ids.slice(0, limit)), total: ids.length };
}

function TabContent({ tab, actions, openGroups }: { tab: LibraryTab; actions: ArticleActions; openGroups: number }) {
  if (tab === 'recent') {
    return (
      <ArticleList
        load={async (limit) => ({ articles: await listRecentArticles(limit), total: await countArticles() })}
        listKey="recent"
        actions={actions}
        testId="recent-list"
        empty={t('libraryEmpty')}
      />
    );
  }
  return <GroupTab key={tab} tab={tab} actions={actions} openGroups={openGroups} />;
}

function GroupTab({ tab, actions, openGroups }: { tab: 'section' | 'reporter'; actions: ArticleActions; openGroups: number }) {
  const groups = useLiveQuery(() => (tab === 'section' ? listSectionGroups() : listReporterGroups()), [tab]);
  if (groups.error) return <p class="error" role="alert">{t('errorStorage')}</p>;
  if (!groups.value) return null;
  return <ArticleGroups groups={groups.value} actions={actions} testId={`groups-${tab}`} openCount={openGroups} />;
}

function SearchResults({ query, filter, actions }: { query: string; filter: Props['filter']; actions: ArticleActions }) {
  const within = filter ? new Set(filter.ids) : undefined;
  return (
    <ArticleList
      load={(limit) => searchArticles(query, { limit, within })}
      listKey={`search:${query}:${filter?.key ?? ''}`}
      actions={actions}
      testId="search-results"
      empty={t('searchEmpty')}
      heading={(total) => t('searchResults', total)}
    />
  );
}

/**
 * The search box, focused from the start. The first search reads the search entries into memory
 * (about 0.25 s at 10,000 articles); reading them ahead of time was tried and slowed the next
 * popup's first list, so it waits for a query.
 */
function SearchBox({ query, onQuery }: { query: string; onQuery(query: string): void }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <div class="search">
      <input
        ref={input}
        type="search"
        class="search-input"
        data-testid="search"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchPlaceholder')}
        value={query}
        onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}
