import type { SiteRule } from './types';
import { hostIs, metaContent, pressFromPortalLabel } from './helpers';

/** Daum News (v.daum.net): partner stories; `og:regDate` is KST wall clock, the press is in `og:article:author`. */
export const daumNews: SiteRule = {
  id: 'daum-news',
  name: '다음 뉴스',
  hosts: ['v.daum.net', 'news.v.daum.net'],
  matches: (url) => hostIs(url, 'v.daum.net'),
  title: ['h3.tit_view', 'h2.tit_head', '.head_view .tit_view'],
  body: ['.article_view [data-translation-body]', '.article_view', '[dmcf-ptype="body"]'],
  byline: ['.info_view .txt_info:first-child'],
  remove: ['[dmcf-ptype="button"]', '.link_news', '.box_relate', '.txt_copyright'],
  siteName: (doc) =>
    metaContent(doc, 'og:article:author') ?? pressFromPortalLabel(metaContent(doc, 'og:site_name')) ?? doc.querySelector('#kakaoServiceLogo')?.textContent?.trim() ?? null,
};

/* Test URLs
https://v.daum.net/v/20231031221852404
*/
