import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { createSanitizer } from '../../../utils/extract/sanitize';
import { articleFileName, articleToHtml, articleToMarkdown } from '../../../utils/library/article-export';
import { sampleArticle } from '../../support/articles';

// A window of its own: the jsdom environment and WXT's test plugin disagree about TextEncoder.
const { window } = new JSDOM('');
const sanitize = createSanitizer(window as never);
const saved = (overrides = {}) => ({ ...sampleArticle(overrides), id: 1, savedAt: '2024-03-01T00:00:00.000Z', updatedAt: '2024-03-01T00:00:00.000Z', readAt: null });

describe('articleToHtml', () => {
  it('is a standalone page with escaped metadata, the body sanitized again, and no scripts', () => {
    const html = articleToHtml(
      saved({ title: '<script>alert(1)</script> 제목', contentHtml: '<p>본문</p><img src="https://a.example/x.jpg" onerror="alert(1)"><a href="javascript:alert(1)">x</a><script>alert(2)</script>' }),
      sanitize,
    );
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'");
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; 제목</h1>');
    expect(html).toContain('<img src="https://a.example/x.jpg">');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('산업·IT › 과학·전자');
    expect(html).toContain('박현아 기자 · 미디어경제뉴스');
    expect(html).toContain('입력 2024.02.06 02:51');
  });
});

describe('articleToMarkdown', () => {
  it('turns headings, emphasis, links, images, lists, quotes and tables into Markdown', () => {
    const markdown = articleToMarkdown(
      saved({
        title: '제목 *별표*',
        contentHtml:
          '<h2>■ 소제목</h2><p>첫 <strong>굵게</strong> <em>기울임</em> <a href="https://a.example/">링크</a><br>다음 줄</p>' +
          '<figure><img src="https://a.example/i.jpg" alt="사진"><figcaption>설명</figcaption></figure>' +
          '<ul><li>하나</li><li>둘</li></ul><blockquote><p>인용</p></blockquote>' +
          '<table><tr><th>가</th><th>나</th></tr><tr><td>1</td><td>2|3</td></tr></table><a href="javascript:alert(1)">나쁜 링크</a>',
      }),
      sanitize,
      new window.DOMParser(),
    );
    expect(markdown).toBe(
      [
        '# 제목 \\*별표\\*',
        '산업·IT › 과학·전자  \n박현아 기자 · 미디어경제뉴스  \n입력 2024.02.06 02:51',
        '## ■ 소제목',
        '첫 **굵게** *기울임* [링크](<https://a.example/>)  \n다음 줄',
        '![사진](<https://a.example/i.jpg>)\n\n*설명*',
        '- 하나\n- 둘',
        '> 인용',
        '| 가 | 나 |\n| --- | --- |\n| 1 | 2\\|3 |',
        '나쁜 링크',
        '[원문 보기](<https://news.example/view/1>)',
      ].join('\n\n') + '\n',
    );
  });
});

describe('articleFileName', () => {
  it('starts with the date and drops characters file systems refuse', () => {
    expect(articleFileName(saved({ title: 'AI: 무엇이 "바뀌나"?/2' }), 'md')).toBe('2024-02-06-AI-무엇이-바뀌나-2.md');
  });
});
