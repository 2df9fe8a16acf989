import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** 뉴시스: wire lead `[서울=뉴시스]홍길동 기자 =`, closing `◎공감언론 뉴시스 email`. */
export const newsis: SiteRule = {
  id: 'newsis',
  name: '뉴시스',
  hosts: ['www.newsis.com'],
  matches: (url) => hostIs(url, 'newsis.com'),
  title: ['.subject h1', 'h1.tit', '.viewnewstitle', '.article_tit h1'],
  body: ['#textBody', '#articleBody', '.view_text'],
  byline: ['.subject .byline', '.view_byline'],
  remove: ['.summury', '.relation', '.thumb_box + .ad'],
};

/* Test URLs
https://www.newsis.com/view/NISX20260106_0003012345
*/
