import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** 한국경제: JSON-LD NewsArticle names every author; the body is `#articletxt` split by `<br class="paragraph">`. */
export const hankyung: SiteRule = {
  id: 'hankyung',
  name: '한국경제',
  hosts: ['www.hankyung.com'],
  matches: (url) => hostIs(url, 'hankyung.com'),
  title: ['h1.headline', '.article-tit', '#container h1'],
  body: ['#articletxt', '.article-body'],
  byline: ['.author-list', '.article-info .author'],
  remove: ['.ad-wrap', '.ad_article', '.article-ad', '.relation-news', '.article-related'],
};

/* Test URLs
https://www.hankyung.com/article/2026010612345
*/
