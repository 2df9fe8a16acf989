/**
 * The saved-articles library in real Chromium with real IndexedDB: saving (and refusing a
 * non-article), the popup's tabs, counts, live updates, Korean search, read state, delete with
 * undo, the library page's offline reader, filters, export and import through the UI, the
 * extension pages' CSP, and a real quota failure that loses nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { koreanSentences, syntheticArticles } from '../../scripts/lib/synthetic-library';
import { FIXTURES, SCREENSHOTS, activeTabId, launchExtension, openPage, runCommand, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SEED = { path: '/korean/seed-mediaeconomy.html', section: '산업·IT', subsection: '과학·전자', reporter: '박현아' };
const WILDFIRE = { path: '/korean/gbn-broadcast-wildfire.html', section: '사회', reporter: '정하늘' };

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

/** Saves the article at `path` through the save command's code path. */
async function saveFixture(path: string): Promise<any> {
  const page = await openPage(browser.context, server.url(path));
  const result = await runCommand(browser.worker, 'save-article', await activeTabId(browser.worker));
  await page.close();
  return result;
}

/** All records, read with raw IndexedDB in the extension's origin (the real database). */
function readRecords(page: Page): Promise<any[]> {
  return page.evaluate(
    () =>
      new Promise<any[]>((resolve, reject) => {
        const open = indexedDB.open('jeongdok');
        open.onsuccess = () => {
          const request = open.result.transaction('articles').objectStore('articles').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/** Serious or critical axe-core findings on a page (injected through the debugger: the CSP forbids inline scripts). */
async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation: any) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node: any) => node.target.join(' ')).slice(0, 3) }));
  });
  return violations.filter((violation: { impact: string }) => violation.impact === 'serious' || violation.impact === 'critical');
}

function article(overrides: Record<string, unknown>) {
  return {
    url: 'https://lib.example/1',
    title: '제목',
    byline: null,
    reporters: [],
    section: '과학',
    subsection: null,
    publishedAt: '2024-05-01T09:00:00+09:00',
    modifiedAt: null,
    siteName: '도서관일보',
    lang: 'ko',
    excerpt: null,
    contentHtml: '<p>본문</p>',
    textContent: '본문',
    leadImage: null,
    readingMinutes: 1,
    savedAt: '2024-05-01T00:00:00.000Z',
    updatedAt: '2024-05-01T00:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

function libraryFile(articles: object[], header: Record<string, unknown> = {}) {
  return JSON.stringify({ format: 'jeongdok-library', schemaVersion: 2, exportedAt: '2024-05-02T00:00:00.000Z', articleCount: articles.length, articles, ...header });
}

async function importText(page: Page, text: string): Promise<string> {
  const before = await page.locator('[data-testid="transfer-message"]').count();
  if (before) await page.evaluate(() => document.querySelector('[data-testid="transfer-message"]')?.remove());
  await page.setInputFiles('[data-testid="import-file"]', { name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect.poll(() => page.locator('[data-testid="transfer-message"]').count()).toBe(1);
  return (await page.locator('[data-testid="transfer-message"]').textContent()) ?? '';
}

describe('saving', () => {
  it('says so and stores nothing for a page that is not an article', async () => {
    const result = await saveFixture('/non-articles/naver-news-home.html');
    expect(result).toMatchObject({ ok: false, error: 'not-an-article' });
    const library = await openPage(browser.context, extensionUrl('library.html'));
    expect(await readRecords(library)).toEqual([]);
    await library.close();
  });

  it('stores the sanitized article with all its metadata', async () => {
    expect(await saveFixture(SEED.path)).toMatchObject({ ok: true, updated: false });
    const library = await openPage(browser.context, extensionUrl('library.html'));
    const [record] = await readRecords(library);
    expect(record).toMatchObject({ section: SEED.section, subsection: SEED.subsection, reporters: [SEED.reporter], readAt: null, lang: 'ko' });
    expect(record.contentHtml).not.toMatch(/<script|onerror=|javascript:/i);
    expect(record.savedAt).toBe(record.updatedAt);
    await library.close();
  });
});

describe('popup', () => {
  let popup: Page;

  beforeAll(async () => {
    popup = await openPage(browser.context, extensionUrl('popup.html'));
  });

  afterAll(async () => {
    await popup?.close();
  });

  it('lists 섹션별 with section › subsection counts, and updates live when another article is saved', async () => {
    const seedGroup = popup.locator(`[data-testid="groups-section"] details[data-group="${SEED.section}"]`);
    await expect.poll(() => seedGroup.locator('[data-testid="group-count"]').textContent()).toBe('1건');
    expect(await seedGroup.locator(`details[data-group="${SEED.subsection}"] [data-testid="subgroup-count"]`).textContent()).toBe('1건');

    expect(await saveFixture(WILDFIRE.path)).toMatchObject({ ok: true });
    const wildfireGroup = popup.locator(`[data-testid="groups-section"] details[data-group="${WILDFIRE.section}"]`);
    await expect.poll(() => wildfireGroup.locator('[data-testid="group-count"]').textContent()).toBe('1건');
  });

  it('lists 기자별 and 최근 (newest first)', async () => {
    await popup.locator('[data-testid="tab-reporter"]').click();
    await expect.poll(() => popup.locator(`[data-testid="groups-reporter"] details[data-group="${WILDFIRE.reporter}"] [data-testid="group-count"]`).textContent()).toBe('1건');
    await popup.locator('[data-testid="tab-recent"]').click();
    const items = popup.locator('[data-testid="recent-list"] [data-testid="article-item"] .article-title');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.first().textContent()).toContain('건조경보');
  });

  it('searches Korean partial words and reporter names', async () => {
    const search = popup.locator('[data-testid="search"]');
    const list = popup.locator('[data-testid="search-results"]');
    await search.fill('건조');
    await expect.poll(() => list.getAttribute('data-list-key')).toBe('search:건조:');
    const results = list.locator('[data-testid="article-item"]');
    expect(await results.count()).toBe(1);
    expect(await results.first().textContent()).toContain('건조경보');
    await search.fill('현아');
    await expect.poll(() => list.getAttribute('data-list-key')).toBe('search:현아:');
    expect(await results.count()).toBe(1);
    expect(await results.first().textContent()).toContain('LG AI연구원');
    await search.fill('');
  });

  it('marks read and unread', async () => {
    await popup.locator('[data-testid="tab-recent"]').click();
    const toggle = popup.locator('[data-testid="recent-list"] [data-testid="toggle-read"]').first();
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect((await readRecords(popup)).filter((record) => record.readAt).length).toBe(1);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('deletes with undo, and undo brings the same record back', async () => {
    const before = await readRecords(popup);
    const items = popup.locator('[data-testid="recent-list"] [data-testid="article-item"]');
    await items.first().locator('[data-testid="delete"]').click();
    await expect.poll(() => items.count()).toBe(1);
    await popup.locator('[data-testid="undo"]').click();
    await expect.poll(() => items.count()).toBe(2);
    expect(await readRecords(popup)).toEqual(before);
  });

  it('opens the saved copy offline in the library page reader', async () => {
    const opened = browser.context.waitForEvent('page');
    await popup.locator('[data-testid="recent-list"] [data-testid="open-saved"]').first().click();
    const reader = await opened;
    await reader.waitForLoadState();
    expect(reader.url()).toMatch(/\/library\.html#article=\d+$/);
    const title = reader.locator('jeongdok-saved-reader [data-testid="title"]');
    await expect.poll(() => title.textContent()).toContain('건조경보');
    await reader.close();
    if (popup.isClosed()) popup = await openPage(browser.context, extensionUrl('popup.html'));
  });
});

describe('library page', () => {
  let library: Page;

  beforeAll(async () => {
    library = await openPage(browser.context, extensionUrl('library.html'));
  });

  afterAll(async () => {
    await library?.close();
  });

  it('shows a saved article offline with the reader controls, sanitized again, and Esc closes it', async () => {
    // A record written around the save path, as a tampered database might hold it.
    const id = await library.evaluate(
      (record) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('jeongdok');
          open.onsuccess = () => {
            const request = open.result.transaction('articles', 'readwrite').objectStore('articles').add(record);
            request.onsuccess = () => resolve(request.result as number);
            request.onerror = () => reject(request.error);
          };
        }),
      { ...article({ url: 'https://tampered.example/1', title: '변조된 기록', contentHtml: '<p class="kept">본문</p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script><a href="javascript:alert(1)">링크</a>' }), sectionKey: '과학', subsectionKey: '' },
    );
    await library.evaluate((articleId) => (location.hash = `article=${articleId}`), id);
    const body = library.locator('jeongdok-saved-reader [data-testid="body"]');
    await expect.poll(() => body.locator(".kept").count()).toBe(1);
    const html = await body.innerHTML();
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(await library.evaluate(() => (window as any).__pwned)).toBeUndefined();

    const size = library.locator('jeongdok-saved-reader [data-testid="font-size"]');
    const before = Number(await size.textContent());
    await library.locator('jeongdok-saved-reader [data-testid="font-larger"]').click();
    await expect.poll(async () => Number(await size.textContent())).toBe(before + 2);
    await library.keyboard.press('Escape');
    await expect.poll(() => library.locator('jeongdok-saved-reader').count()).toBe(0);
    // Opening it marked it read.
    expect((await readRecords(library)).find((record) => record.id === id)?.readAt).not.toBeNull();
  });

  it('runs no inline script (strict CSP on extension pages)', async () => {
    const manifest = await library.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(manifest.content_security_policy.extension_pages).toContain("script-src 'self'");
    const ran = await library.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      return (window as any).__inline;
    });
    expect(ran).toBeUndefined();
  });

  it('imports a file, merging duplicates by URL, and finds 생물학자 by 생물학, title hits first', async () => {
    const message = await importText(
      library,
      libraryFile([
        article({ url: 'https://lib.example/body', title: '연구소 소식', textContent: '생물학자들이 모였다', contentHtml: '<p>생물학자들이 모였다</p>' }),
        article({ url: 'https://lib.example/title', title: '생물학자의 하루', section: '자연사', reporters: ['한가람'] }),
        article({ url: 'https://lib.example/title', title: '생물학자의 하루 (고침)', section: '자연사', reporters: ['한가람'], updatedAt: '2024-05-03T00:00:00.000Z' }),
      ]),
    );
    expect(message).toContain('새 기사 2건');
    await library.locator('[data-testid="search"]').fill('생물학');
    const titles = library.locator('[data-testid="search-results"] .article-title');
    await expect.poll(() => titles.count()).toBe(2);
    expect(await titles.allTextContents()).toEqual(['생물학자의 하루 (고침)', '연구소 소식']);
    await library.locator('[data-testid="search"]').fill('');
  });

  it('shows a progress bar while a large file is imported', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jeongdok-import-'));
    try {
      const path = join(folder, 'large.json');
      writeFileSync(path, libraryFile(syntheticArticles(3_000, koreanSentences([FIXTURES]))));
      await library.evaluate(() => {
        (window as any).__progressSeen = [];
        new MutationObserver(() => {
          const bar = document.querySelector<HTMLProgressElement>('[data-testid="transfer-progress"]');
          if (bar) (window as any).__progressSeen.push(bar.value);
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
      });
      await library.setInputFiles('[data-testid="import-file"]', path);
      await expect.poll(() => library.locator('[data-testid="transfer-message"]').textContent(), { timeout: 60_000 }).toContain('새 기사 3000건');
      const seen: number[] = await library.evaluate(() => (window as any).__progressSeen);
      expect(seen.length).toBeGreaterThan(3);
      expect(seen.some((value) => value > 0 && value < 1)).toBe(true);
      expect(await library.locator('[data-testid="transfer-progress"]').count()).toBe(0);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await library.screenshot({ path: join(SCREENSHOTS, 'library.png') });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says so when the article in the address is gone', async () => {
    await library.evaluate(() => (location.hash = 'article=999999'));
    await expect.poll(() => library.locator('[data-testid="article-missing"]').count()).toBe(1);
    await library.evaluate(() => (location.hash = ''));
  });

  it('refuses malformed, truncated and hostile files and changes nothing', async () => {
    const before = await readRecords(library);
    const good = libraryFile([article({ url: 'https://lib.example/new' })]);
    expect(await importText(library, '{"format": "jeongdok-library", "articles": [')).toContain('아무것도 바꾸지 않았습니다');
    expect(await importText(library, good.slice(0, good.length - 40))).toContain('잘렸습니다');
    expect(await importText(library, libraryFile([article({ url: 'https://lib.example/new' }), article({ url: 'javascript:alert(1)' })]))).toContain('2번째 기사');
    expect(await importText(library, libraryFile([article({ contentHtml: '<img src=x onerror=alert(1)>' })]))).toContain('허용되지 않는 코드');
    expect(await importText(library, libraryFile([article({})], { articleCount: 5 }))).toContain('5건');
    expect(await readRecords(library)).toEqual(before);
  });

  it('filters by section, reporter, site and date', async () => {
    await library.locator('[data-testid="filter-section"]').selectOption('자연사');
    const items = library.locator('[data-testid="filtered-list"] [data-testid="article-item"]');
    await expect.poll(() => items.count()).toBe(1);
    await library.locator('[data-testid="filter-reset"]').click();
    await expect.poll(() => library.locator('[data-testid="filtered-list"]').count()).toBe(0);
    await library.locator('[data-testid="filter-reporter"]').fill(SEED.reporter);
    await library.locator('[data-testid="filter-reporter"]').dispatchEvent('change');
    await expect.poll(() => items.first().textContent()).toContain('LG AI연구원');
    expect(await items.count()).toBe(1);
    await library.locator('[data-testid="filter-reset"]').click();
    await expect.poll(() => library.locator('[data-testid="filtered-list"]').count()).toBe(0);
    await library.locator('[data-testid="filter-site"]').selectOption('도서관일보');
    await library.locator('[data-testid="filter-from"]').fill('2024-05-01');
    await library.locator('[data-testid="filter-to"]').fill('2024-05-01');
    await expect.poll(() => library.locator('[data-testid="filtered-list"]').getAttribute('data-list-key')).toContain('2024-05-01');
    await expect.poll(() => items.count()).toBe(3);
    await library.locator('[data-testid="filter-reset"]').click();
    await expect.poll(() => library.locator('[data-testid="filtered-list"]').count()).toBe(0);
  });

  it('exports the library as JSON and one article as HTML and Markdown', async () => {
    const records = await readRecords(library);
    const download = library.waitForEvent('download');
    await library.locator('[data-testid="export-library"]').click();
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'jeongdok-library', schemaVersion: 2, articleCount: records.length });
    expect(file.articles.map((item: any) => item.url).sort()).toEqual(records.map((record) => record.url).sort());

    await library.locator('[data-testid="tab-recent"]').click();
    const item = library.locator('[data-testid="recent-list"] [data-testid="article-item"]').filter({ hasText: '변조된 기록' });
    const html = library.waitForEvent('download');
    await item.locator('[data-testid="export-html"]').click();
    const htmlText = readFileSync((await (await html).path())!, 'utf8');
    expect(htmlText).toContain('<h1>변조된 기록</h1>');
    expect(htmlText).toContain("default-src 'none'");
    expect(htmlText).not.toMatch(/<script|onerror|javascript:/i);
    const markdown = library.waitForEvent('download');
    await item.locator('[data-testid="export-md"]').click();
    expect(readFileSync((await (await markdown).path())!, 'utf8')).toMatch(/^# 변조된 기록\n/);
  });
});

describe('accessibility', () => {
  it('has no serious or critical axe violations in the popup and the library page', async () => {
    for (const path of ['popup.html', 'library.html']) {
      const page = await openPage(browser.context, extensionUrl(path));
      await page.locator('[data-testid="article-item"]').first().waitFor();
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
  });
});

describe('a full disk', () => {
  it('is reported to the user and loses nothing already saved (a real quota failure)', async () => {
    // A browser of its own: Chromium caches its free-space check for half a minute, so the small
    // quota must be in place before this profile writes anything.
    const own = await launchExtension();
    try {
      const library = await openPage(own.context, `chrome-extension://${own.extensionId}/library.html`);
      const origin = `chrome-extension://${own.extensionId}`;
      const cdp = await own.context.newCDPSession(library);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2 * 1024 * 1024 });
      const save = (data: object) =>
        library.evaluate((article) => (globalThis as any).chrome.runtime.sendMessage({ jeongdok: 1, type: 'saveArticle', data: { article } }), data);
      expect(await save(article({ url: 'https://small.example/1', title: '작은 기사' }))).toMatchObject({ ok: true });
      const before = await readRecords(library);

      // Random syllables: IndexedDB compresses values, so repeated text would still fit.
      let seed = 1;
      const noise = Array.from({ length: 1_500_000 }, () => String.fromCharCode(0xac00 + ((seed = (seed * 48271) % 2147483647) % 11172))).join('');
      const big = article({ url: 'https://big.example/1', contentHtml: `<p>${noise}</p>`, textContent: noise });
      const refused = await save(big);
      expect(refused).toMatchObject({ ok: false, error: 'quota' });
      expect(refused.message).toContain('저장 공간이 부족');
      // An update of a saved article that no longer fits leaves the saved copy as it was.
      expect(await save({ ...big, url: 'https://small.example/1' })).toMatchObject({ ok: false, error: 'quota' });
      expect(await readRecords(library)).toEqual(before);

      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    } finally {
      await own.close();
    }
  });
});
