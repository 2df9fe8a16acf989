import type { ExtractedArticle } from '@/utils/extract/types';
import { formatDateTime, formatReporters, sectionPath } from '@/utils/format';
import { t } from '@/utils/i18n';

/** Section › subsection, title, reporters, 입력/수정, site name and reading time, all as text. */
export function ArticleHeader({ article }: { article: ExtractedArticle }) {
  const section = sectionPath(article.section, article.subsection);
  const published = formatDateTime(article.publishedAt);
  const modified = formatDateTime(article.modifiedAt);
  const reporters = formatReporters(article.reporters, article.lang);
  return (
    <header class="jd-header">
      {section && (
        <p class="jd-section" data-testid="section">
          {section}
        </p>
      )}
      <h1 class="jd-title" data-testid="title" tabIndex={-1}>
        {article.title}
      </h1>
      <p class="jd-meta">
        {reporters && (
          <span class="jd-reporters" data-testid="reporters">
            {reporters}
          </span>
        )}
        {article.siteName && (
          <span class="jd-site" data-testid="site-name">
            {article.siteName}
          </span>
        )}
      </p>
      <p class="jd-meta jd-dates">
        {published && (
          <span data-testid="published">
            {t('published')} <time dateTime={article.publishedAt ?? undefined}>{published}</time>
          </span>
        )}
        {modified && (
          <span data-testid="modified">
            {t('modified')} <time dateTime={article.modifiedAt ?? undefined}>{modified}</time>
          </span>
        )}
        {article.readingMinutes > 0 && <span data-testid="reading-time">{t('readingTime', article.readingMinutes)}</span>}
      </p>
    </header>
  );
}
