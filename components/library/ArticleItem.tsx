import type { SavedArticle } from '@/utils/db/schema';
import { formatDate } from '@/utils/format';
import { t } from '@/utils/i18n';

/** What a list can do with an article; `onExport` only where files can be saved (the library page). */
export interface ArticleActions {
  onOpen(article: SavedArticle): void;
  onToggleRead(article: SavedArticle): void;
  onDelete(article: SavedArticle): void;
  onExport?: (article: SavedArticle, format: 'html' | 'md') => void;
}

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** One saved article: opens the saved copy; the original, read state and delete beside it. */
export function ArticleItem({ article, actions }: { article: SavedArticle; actions: ArticleActions }) {
  const meta = [article.siteName, article.reporters.join('·'), formatDate(article.publishedAt)].filter(Boolean).join(' · ');
  const read = !!article.readAt;
  return (
    <div class={`article${read ? ' is-read' : ''}`} data-testid="article-item" data-article-id={article.id}>
      <button type="button" class="article-open" data-testid="open-saved" title={t('openSaved')} onClick={() => actions.onOpen(article)}>
        <span class="article-title">
          {!read && <span class="unread-dot" aria-label={t('unread')} />}
          {article.title}
        </span>
        {meta && <span class="article-meta">{meta}</span>}
      </button>
      <div class="article-actions">
        {isWebUrl(article.url) && (
          <a class="icon-button" href={article.url} target="_blank" rel="noopener noreferrer" data-testid="open-original" title={t('openOriginal')} aria-label={t('openOriginal')}>
            ↗
          </a>
        )}
        <button type="button" class="icon-button" data-testid="toggle-read" aria-pressed={read} title={read ? t('markUnread') : t('markRead')} aria-label={read ? t('markUnread') : t('markRead')} onClick={() => actions.onToggleRead(article)}>
          {read ? '○' : '●'}
        </button>
        {actions.onExport && (
          <>
            <button type="button" class="icon-button text" data-testid="export-html" title={t('exportHtml')} onClick={() => actions.onExport!(article, 'html')}>
              HTML
            </button>
            <button type="button" class="icon-button text" data-testid="export-md" title={t('exportMarkdown')} onClick={() => actions.onExport!(article, 'md')}>
              MD
            </button>
          </>
        )}
        <button type="button" class="icon-button" data-testid="delete" title={t('delete')} aria-label={t('delete')} onClick={() => actions.onDelete(article)}>
          ✕
        </button>
      </div>
    </div>
  );
}
