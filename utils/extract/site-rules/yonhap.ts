import type { SiteRule } from './types';
import { attributeOf, hostIs } from './helpers';

/** 연합뉴스: wire leads `(서울=연합뉴스) 홍길동 기자 =`, 송고 times, `aside` boxes inside the story. */
export const yonhap: SiteRule = {
  id: 'yonhap',
  name: '연합뉴스',
  hosts: ['www.yna.co.kr', 'm.yna.co.kr'],
  matches: (url) => hostIs(url, 'yna.co.kr', 'yonhapnews.co.kr'),
  title: ['h1.tit01', 'h1.tit', '.title-article01 h1'],
  body: ['.story-news.article', '.story-news', '.article-txt'],
  byline: ['.txt-con .tit-name', '.writer-zone01 .tit-name', '#newsWriterCarousel01 strong'],
  remove: ['aside', '.txt-copyright', '.writer-zone01', '.article-ad-box', '.related-zone', '.keyword-zone'],
  dates: (doc) => ({
    published: attributeOf(doc, '.update-time[data-published-time]', 'data-published-time'),
    modified: null,
  }),
};

/* Test URLs
https://www.yna.co.kr/view/AKR20240305123400001
*/
