import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** 매일경제: `p[refid]` paragraphs with ◆ mid-titles; `meta author` is the paper, not the reporter. */
export const mk: SiteRule = {
  id: 'mk',
  name: '매일경제',
  hosts: ['www.mk.co.kr'],
  matches: (url) => hostIs(url, 'mk.co.kr'),
  title: ['h2.news_ttl', '.news_title_text h2', '.top_title'],
  body: ['.news_cnt_detail_wrap', '#article_body .art_txt'],
  byline: ['.author .name', '.news_title_author .author'],
  remove: ['.ad_wrap', '.ad_boundary', '.news_relation', '.news_cnt_detail_wrap .related_news'],
};

/* Test URLs
https://www.mk.co.kr/news/economy/10912345
*/
