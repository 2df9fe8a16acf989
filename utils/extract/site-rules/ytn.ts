import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** YTN: the reporter is only in the closing `YTN 홍길동 (hong@ytn.co.kr)`; the date has no label. */
export const ytn: SiteRule = {
  id: 'ytn',
  name: 'YTN',
  hosts: ['www.ytn.co.kr'],
  matches: (url) => hostIs(url, 'ytn.co.kr'),
  title: ['h2.news_title span', 'h2.news_title', '.news_title_wrap h2'],
  body: ['#CmAdContent', '.news_view .paragraph'],
  remove: ['.vodbox', '.bx_tag', '.reaction'],
};

/* Test URLs
https://www.ytn.co.kr/_ln/0103_202601061823145210
*/
