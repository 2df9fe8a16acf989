import type { ArticleGroup } from '@/utils/db/articles';
import type { SavedArticle } from '@/utils/db/schema';
import { formatDate } from '@/utils/format';
import { t } from '@/utils/i18n';

interface Props {
  groups: ArticleGroup[];
  onOpen(article: SavedArticle): void;
  testId: string;
}

/** Saved articles under collapsible group headings (a section, a reporter) with counts. */
export function ArticleGroups({ groups, onOpen, testId }: Props) {
  if (groups.length === 0) return <p class="empty">{t('libraryEmpty')}</p>;
  return (
    <div class="groups" data-testid={testId}>
      {groups.map((group) => (
        <details class="group" key={group.key} open data-group={group.label}>
          <summary>
            <span class="group-label">{group.label}</span>
            <span class="count" data-testid="group-count">
              {t('articleCount', group.count)}
            </span>
          </summary>
          <ul class="articles">
            {group.articles.map((article) => (
              <li key={article.id}>
                <ArticleItem article={article} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

export function ArticleItem({ article, onOpen }: { article: SavedArticle; onOpen(article: SavedArticle): void }) {
  const meta = [article.siteName, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
  return (
    <button type="button" class="article" data-testid="article-item" onClick={() => onOpen(article)}>
      <span class="article-title">{article.title}</span>
      {meta && <span class="article-meta">{meta}</span>}
    </button>
  );
}
