import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** 한겨레: CSS-module class names with hashes (`ArticleDetailView_title__9kRU_`), matched by prefix. */
export const hani: SiteRule = {
  id: 'hani',
  name: '한겨레',
  hosts: ['www.hani.co.kr'],
  matches: (url) => hostIs(url, 'hani.co.kr'),
  title: ['[class^="ArticleDetailView_title"]', '#article_view_headline .title'],
  body: ['.article-text', '[class^="ArticleDetailContent_contentWrap"]'],
  byline: ['[class^="ArticleDetailView_reporterList"]', '.kiza-info'],
  remove: ['[class^="ArticleDetailContent_adWrap"]', '[class*="RelatedArticle"]', '.article-ad'],
};

/* Test URLs
https://www.hani.co.kr/arti/economy/economy_general/1123456.html
*/
