import { useEffect, useState } from 'preact/hooks';
import type { SavedArticle } from '@/utils/db/schema';
import { t } from '@/utils/i18n';
import { markListReady } from '@/utils/library/list-ready';
import { useLiveQuery } from '@/utils/use-live-query';
import { ArticleItem, type ArticleActions } from './ArticleItem';

export const PAGE_SIZE = 30;

export interface ArticlePage {
  articles: SavedArticle[];
  total: number;
}

interface Props {
  /** Reads the first `limit` articles and the total; re-run live when the library changes. */
  load(limit: number): Promise<ArticlePage>;
  /** What the list shows (a query, a tab): a new key starts again from the first page. */
  listKey: string;
  actions: ArticleActions;
  testId: string;
  empty: string;
  /** A line above the list, given the total (e.g. "검색 결과 12건"). */
  heading?: (total: number) => string;
}

/** A flat list that follows the library live and grows a page at a time. */
export function ArticleList({ load, listKey, actions, testId, empty, heading }: Props) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => setLimit(PAGE_SIZE), [listKey]);
  // The key travels with the result: until the new list arrives, the old one says what it shows.
  const page = useLiveQuery(async () => ({ ...(await load(limit)), key: listKey }), [listKey, limit]);
  useEffect(() => {
    if (page.value) markListReady();
  }, [page.value]);
  if (page.error) return <p class="error" role="alert">{t('errorStorage')}</p>;
  if (!page.value) return null;
  const { articles, total, key } = page.value;
  return (
    <div class="article-list" data-testid={testId} data-list-key={key} data-total={total}>
      {heading && <p class="list-heading" data-testid="list-heading">{heading(total)}</p>}
      {articles.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <ArticleRows articles={articles} actions={actions} />
      )}
      {total > articles.length && <MoreButton remaining={total - articles.length} onMore={() => setLimit(limit + PAGE_SIZE)} />}
    </div>
  );
}

export function ArticleRows({ articles, actions }: { articles: SavedArticle[]; actions: ArticleActions }) {
  return (
    <ul class="articles">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleItem article={article} actions={actions} />
        </li>
      ))}
    </ul>
  );
}

export function MoreButton({ remaining, onMore }: { remaining: number; onMore(): void }) {
  return (
    <button type="button" class="more" data-testid="more" onClick={onMore}>
      {t('showMore', remaining)}
    </button>
  );
}
