import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** MBC 뉴스: `<br>` scripts in `.news_txt`, closing `MBC뉴스 홍길동입니다.` */
export const mbc: SiteRule = {
  id: 'mbc',
  name: 'MBC',
  hosts: ['imnews.imbc.com'],
  matches: (url) => hostIs(url, 'imnews.imbc.com'),
  title: ['h2.art_title', '.art_title'],
  body: ['.news_txt[itemprop="articleBody"]', '.news_txt'],
  byline: ['span.writer', '.writer'],
  remove: ['.hashtag', '.reaction', '.news_tag'],
};

/* Test URLs
https://imnews.imbc.com/news/2026/society/article/6543210_36438.html
*/
