import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../scripts/lib/node-dom';
import { ARTICLE_SCORE_THRESHOLD, detectArticle } from '../../../utils/extract/detect';

const paragraphs = (count: number, length = 120) =>
  Array.from({ length: count }, (_, i) => `<p>${'본문 문장입니다. '.repeat(Math.ceil(length / 9)).slice(0, length)}${i}</p>`).join('');

const page = (head: string, body: string) => parseDocument(`<html lang="ko"><head>${head}</head><body>${body}</body></html>`);

describe('detectArticle', () => {
  it('finds an article from its text run, URL and metadata together', () => {
    const doc = page('<meta property="og:type" content="article">', `<div class="body">${paragraphs(8)}</div>`);
    const detection = detectArticle(doc, new URL('https://news.example/news/articleView.html?idxno=12345'));
    expect(detection.isArticle).toBe(true);
    expect(detection.signals).toMatchObject({ 'og:type=article': 2, 'article url': 1.5, 'long text run': 3 });
  });

  it('finds a short brief with a labelled date and no metadata', () => {
    const doc = page('', `<h1>속보 제목</h1><p>입력 2024.03.05 14:20</p><div>${paragraphs(2, 130)}</div>`);
    expect(detectArticle(doc, new URL('https://news.example/news/view.php?no=2024030512')).isArticle).toBe(true);
  });

  it('rejects a list page with many short summaries under many parents, even with og:type=article', () => {
    const items = Array.from({ length: 20 }, (_, i) => `<li><a href="/news/${i}">제목 ${i}</a><p>${'요약 '.repeat(40)}</p></li>`).join('');
    const doc = page('<meta property="og:type" content="article">', `<ul>${items}</ul>`);
    const detection = detectArticle(doc, new URL('https://news.example/news/articleList.html?sc_section_code=S1N2'));
    expect(detection.isArticle).toBe(false);
    expect(detection.score).toBeLessThan(ARTICLE_SCORE_THRESHOLD);
  });

  it('rejects a home page whatever its lead teaser says', () => {
    const doc = page('<meta property="og:type" content="website">', `<div class="lead">${paragraphs(3, 200)}</div>`);
    expect(detectArticle(doc, new URL('https://news.example/')).isArticle).toBe(false);
  });

  it('points at the element holding the main run of paragraphs', () => {
    const doc = page('', `<aside>${paragraphs(1)}</aside><div id="story">${paragraphs(6)}</div>`);
    expect(detectArticle(doc, new URL('https://news.example/a/1')).mainRun?.getAttribute('id')).toBe('story');
  });
});
