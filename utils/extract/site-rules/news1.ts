import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** 뉴스1: wire lead `(서울=뉴스1) 홍길동 김철수 기자 =`, a bare e-mail line, a 관련 키워드 box. */
export const news1: SiteRule = {
  id: 'news1',
  name: '뉴스1',
  hosts: ['www.news1.kr'],
  matches: (url) => hostIs(url, 'news1.kr'),
  title: ['.article-head-title h1', 'div.title h2', 'h1.article-h2-header-title', 'article h1'],
  body: ['#articleBodyContent', '#articles_detail', '.detail.sa_area'],
  byline: ['.article-head-info .author', '.byline'],
  remove: ['.keyword-wrap', '.related-keyword', '.article-ad'],
};

/* Test URLs
https://www.news1.kr/society/general-society/5678901
*/
