import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** 경향신문: `#articleBody p.content_text`; the byline sits in the article header. */
export const khan: SiteRule = {
  id: 'khan',
  name: '경향신문',
  hosts: ['www.khan.co.kr'],
  matches: (url) => hostIs(url, 'khan.co.kr'),
  title: ['article header h1', '.art_header h1', '#article_title'],
  body: ['#articleBody', '.art_cont'],
  byline: ['header .bottom .editor', '.byline em', '.editor'],
  remove: ['.art_photo_wrap + .ad', '.banner', '.article-relation', '.art_subtit + .ad'],
};

/* Test URLs
https://www.khan.co.kr/article/202403051420001
*/
