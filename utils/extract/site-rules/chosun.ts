import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** 조선일보 on Arc/Fusion: the DOM is rendered from `Fusion.globalContent`; the URL carries the section. */
export const chosun: SiteRule = {
  id: 'chosun',
  name: '조선일보',
  hosts: ['www.chosun.com'],
  matches: (url) => hostIs(url, 'chosun.com'),
  title: ['h1.article-header__headline', '.article-header__headline span', '#news_title_text_id'],
  body: ['section.article-body', '.article-body', '#news_body_id'],
  byline: ['.article-byline__author', '.byline .author'],
  remove: ['.article-body__ad', '.arc_ad', '.related-articles', '.article-byline'],
};

/* Test URLs
https://www.chosun.com/national/national_general/2024/05/29/R5VY66HXWJBABNVWSII3TYYKDQ/
*/
