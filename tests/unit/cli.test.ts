/** The `extract` command line, exactly as DESIGN.md §6 states its contract. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const seed = join(FIXTURES, 'korean/seed-mediaeconomy.html');
const seedGold = JSON.parse(readFileSync(join(FIXTURES, 'korean/seed-mediaeconomy.json'), 'utf8'));

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/extract.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
  const lines = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  return { status: run.status, lines, stdout: run.stdout };
}

describe('npm run -s extract', () => {
  it('prints one JSON object with every contract field', () => {
    const { status, lines } = extract(seed, '--url', seedGold.url);
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    for (const field of [
      'isArticle', 'title', 'byline', 'reporters', 'section', 'subsection', 'publishedAt', 'modifiedAt',
      'siteName', 'lang', 'excerpt', 'textContent', 'contentHtml', 'readingMinutes', 'timing',
    ]) {
      expect(line).toHaveProperty(field);
    }
    expect(line).toMatchObject({ isArticle: true, title: seedGold.title, reporters: ['박현아'], section: '산업·IT' });
    expect(line.timing.parseMs).toBeGreaterThan(0);
    expect(line.timing.extractMs).toBeGreaterThan(0);
  });

  it('takes --url before the single file too, and batches files in order', () => {
    const single = extract('--url', 'https://other.example/news/1', seed);
    expect(single.status).toBe(0);
    const batch = extract(
      join(FIXTURES, 'encoding/euc-kr.html'), '--url', 'https://hanbit.example/news/view.php?no=1',
      seed, '--url', seedGold.url,
    );
    expect(batch.lines.map((line) => line.title)).toEqual(['지역 도서관 밤 10시까지 연장 운영', seedGold.title]);
  });

  it('reports an unreadable file on its own line, runs the rest and exits 1', () => {
    const { status, lines } = extract(join(FIXTURES, 'does-not-exist.html'), seed, '--url', seedGold.url);
    expect(status).toBe(1);
    expect(lines[0]).toMatchObject({ file: join(FIXTURES, 'does-not-exist.html') });
    expect(lines[0].error).toEqual(expect.any(String));
    expect(lines[1]).toMatchObject({ isArticle: true, title: seedGold.title });
  });

  it.each(['euc-kr.html', 'mislabelled-utf8.html', 'no-charset-euc-kr.html'])('decodes %s like a browser would', (file) => {
    const { lines } = extract(join(FIXTURES, 'encoding', file), '--url', 'https://hanbit.example/news/view.php?no=1');
    expect(lines[0]).toMatchObject({
      title: '지역 도서관 밤 10시까지 연장 운영',
      reporters: ['김한빛'],
      siteName: '한빛일보',
      publishedAt: '2024-05-02T09:30:00+09:00',
    });
    expect(lines[0].textContent).toContain('시립도서관 세 곳의 운영 시간을');
    expect(lines[0].textContent).not.toContain('hanbit@hanbit.example');
  });
});
