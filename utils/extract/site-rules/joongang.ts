import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** 중앙일보: `#article_body` paragraphs with `data-divno`; the reporter line `.ab_byline` closes the body. */
export const joongang: SiteRule = {
  id: 'joongang',
  name: '중앙일보',
  hosts: ['www.joongang.co.kr'],
  matches: (url) => hostIs(url, 'joongang.co.kr', 'joins.com'),
  title: ['h1.headline', '.article_header h1'],
  body: ['#article_body'],
  byline: ['.article_header .byline', '.byline'],
  remove: ['.ab_byline', '.ab_related_article', '.ab_subtitle_wrap + .ad', '.ad_wrap', '.related_article'],
};

/* Test URLs
https://www.joongang.co.kr/article/25123456
*/
