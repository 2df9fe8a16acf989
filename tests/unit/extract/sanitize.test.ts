import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSanitizer } from '../../../scripts/lib/node-dom';
import { extractHtml, FIXTURES } from '../../support/fixtures';

const hostile = readFileSync(join(FIXTURES, 'hostile/script-payloads.html'), 'utf8');

describe('hostile page HTML', () => {
  const result = extractHtml(hostile, 'https://test.example/news/view.php?no=1', true);
  const html = result.article!.contentHtml;

  it('keeps the article text', () => {
    expect(result.article!.textContent).toContain('둘째 문단에는 클릭 이벤트 처리기가 붙어 있지만');
    expect(result.article!.textContent).toContain("<script>alert('escaped')</script>");
  });

  it('drops scripts, handlers, javascript: links, frames, objects, forms and styles', () => {
    expect(html).not.toMatch(/<script|<iframe|<object|<svg|<form|<input|<button|\son\w+=|javascript:|style=/i);
    expect(html).toContain('<a href="https://safe.example/page">');
    expect(html).toContain('<img src="https://img.example/photo.jpg"');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps the title as text', () => {
    expect(result.article!.title).toBe('보안 점검 기사 <img src=x onerror=alert(1)>');
  });
});

describe('the sanitizer on its own', () => {
  const sanitize = nodeSanitizer();
  it.each([
    ['<img src=x onerror=alert(1)>', /onerror/],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:/],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', /onerror/],
    ['<svg><script>alert(1)</script></svg>', /script/],
    ['<p style="x:expression(alert(1))">t</p>', /style/],
  ])('neutralises %s', (input, forbidden) => {
    expect(sanitize(input)).not.toMatch(forbidden);
  });
});
