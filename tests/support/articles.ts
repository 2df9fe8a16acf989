import type { ExtractedArticle } from '../../utils/extract/types';

/** A small valid article for database and message tests. */
export function sampleArticle(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    url: 'https://news.example/view/1',
    title: '표본 기사 제목',
    byline: '박현아 기자',
    reporters: ['박현아'],
    section: '산업·IT',
    subsection: '과학·전자',
    publishedAt: '2024-02-06T02:51:21+09:00',
    modifiedAt: null,
    siteName: '미디어경제뉴스',
    lang: 'ko',
    excerpt: '요약',
    contentHtml: '<p>본문 첫 문단입니다.</p>',
    textContent: '본문 첫 문단입니다.',
    leadImage: null,
    readingMinutes: 1,
    ...overrides,
  };
}
