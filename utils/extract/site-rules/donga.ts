import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** 동아일보: `.news_view` text split by `<br><br>`, 입력/업데이트 in the header. */
export const donga: SiteRule = {
  id: 'donga',
  name: '동아일보',
  hosts: ['www.donga.com'],
  matches: (url) => hostIs(url, 'donga.com'),
  title: ['.head_group h1', '.article_title h1', 'h1.title'],
  body: ['.news_view', '.article_txt'],
  byline: ['.author_info', '.byline .author', '.repoter'],
  remove: ['.view_ad', '.article_relation', '.btn_page', '.sub_content', '.txt_ban'],
};

/* Test URLs
https://www.donga.com/news/Economy/article/all/20240305/123456789/1
*/
