import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** SBS 뉴스: `.text_area[itemprop=articleBody]`, `작성` dates with seconds in itemprop meta. */
export const sbs: SiteRule = {
  id: 'sbs',
  name: 'SBS',
  hosts: ['news.sbs.co.kr'],
  matches: (url) => hostIs(url, 'news.sbs.co.kr'),
  title: ['h1.article_main_tit', '#news-title', '#vmNewsTitle'],
  body: ['.text_area[itemprop="articleBody"]', '.text_area', '.main_text .text_area'],
  byline: ['.w_author .reporter [itemprop="name"]', '.w_author .reporter', '.article_info .name'],
  remove: ['.article_copyright', '.w_article_relation', '.sns_area'],
};

/* Test URLs
https://news.sbs.co.kr/news/endPage.do?news_id=N1007512345
*/
