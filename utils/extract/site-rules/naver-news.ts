import type { SiteRule } from './types';
import { attributeOf, hostIs, metaContent, pressFromPortalLabel, textOf } from './helpers';

/** Naver's `sid`/`sid1` section codes. */
const NAVER_SECTIONS: Record<string, string> = {
  '100': '정치', '101': '경제', '102': '사회', '103': '생활/문화', '104': '세계', '105': 'IT/과학', '110': '오피니언',
};

/**
 * Naver News: partner outlets' stories on Naver. The press, not Naver, is the site; the byline
 * meta (`og:article:author`) is the press name. Current `n.news.naver.com` and legacy
 * `news.naver.com/main/read.nhn` layouts.
 */
export const naverNews: SiteRule = {
  id: 'naver-news',
  name: '네이버 뉴스',
  hosts: ['n.news.naver.com', 'news.naver.com', 'm.entertain.naver.com', 'm.sports.naver.com'],
  matches: (url) => hostIs(url, 'news.naver.com', 'entertain.naver.com', 'sports.naver.com'),
  title: ['#title_area', '.media_end_head_headline', 'h3#articleTitle', 'h2.end_tit', '.news_headline .title'],
  body: ['#dic_area', '#articleBodyContents', '#newsEndContents', '._article_content', '#articeBody'],
  byline: ['.media_end_head_journalist_name', '.byline_s', '.byline .b_text', '.journalistcard_summary_name'],
  remove: ['.media_end_linked', '.reporter_area', '.promotion', '.link_news', '.end_btn'],
  siteName: (doc) =>
    attributeOf(doc, 'img.media_end_head_top_logo_img', 'alt') ??
    attributeOf(doc, 'img.media_end_head_top_logo_img', 'title') ??
    attributeOf(doc, '.press_logo img', 'alt') ??
    pressFromPortalLabel(metaContent(doc, 'og:article:author')) ??
    metaContent(doc, 'twitter:creator') ??
    metaContent(doc, 'me2:category1'),
  section: (doc, url) => {
    const shown = textOf(doc, ['em.media_end_categorize_item', '.media_end_categorize_item']);
    if (shown) return { section: shown, subsection: null };
    const code = url.searchParams.get('sid') ?? url.searchParams.get('sid1');
    const legacy = metaContent(doc, 'me2:category2');
    if (legacy) return { section: legacy, subsection: null };
    return code && NAVER_SECTIONS[code] ? { section: NAVER_SECTIONS[code], subsection: null } : null;
  },
  dates: (doc) => ({
    published: attributeOf(doc, '._ARTICLE_DATE_TIME', 'data-date-time'),
    modified: attributeOf(doc, '._ARTICLE_MODIFY_DATE_TIME', 'data-modify-date-time'),
  }),
};

/* Test URLs
https://n.news.naver.com/mnews/article/001/0014567890?sid=101
https://news.naver.com/main/read.nhn?mode=LSD&mid=sec&sid1=102&oid=081&aid=0003214567
*/
