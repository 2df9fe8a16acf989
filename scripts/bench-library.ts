/**
 * npm run bench:library: a synthetic library (scripts/lib/synthetic-library.ts) imported through
 * the library page into the built extension in Debian's Chromium, then measured where users feel
 * it, against a 100-article baseline in the same run:
 *   - popup first list render (the `jeongdok:list-ready` mark, from navigation start), median of runs;
 *   - search: in-page time from the input event to the results for that query on screen;
 *   - saving one more article through the background, as the reader does;
 *   - export of the whole library (click to download) and import of that file into an empty
 *     library (file chosen to "imported" message), checked to round-trip every field.
 * Figures are printed, never asserted.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES, ROOT, launchExtension, type ExtensionBrowser } from '../tests/browser/harness';
import { LIST_READY_MARK } from '../utils/library/list-ready';
import { libraryFileArticle, libraryFileStart, LIBRARY_FILE_END } from '../utils/library/library-file';
import { REPORTER_COUNT, SECTION_COUNT, koreanSentences, reporterName, syntheticArticles } from './lib/synthetic-library';

const LARGE = 10_000;
const SMALL = 100;
const RENDER_RUNS = 7;
/** Words and parts of words at every frequency, reporters by part of the name, and misses. */
const QUERIES = ['생물학', '생물학자', '경제', '정부', '연구', '시장', '기업', '대통령', '서울', '발표', '지난해', '관계자', '전망', '투자', '주택', '산불', '경보', 'AI', '윤리', '수출', '반도체', '없는말', '협력 강화', reporterName(17).slice(1), reporterName(250)];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))];
const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

function writeLibraryFile(path: string, count: number, sentences: string[]): void {
  const articles = syntheticArticles(count, sentences);
  const now = new Date('2024-06-01T00:00:00Z');
  const text = libraryFileStart(articles.length, now) + articles.map((article, index) => libraryFileArticle({ ...article, id: index + 1 }, index)).join('') + LIBRARY_FILE_END;
  writeFileSync(path, text);
}

async function libraryPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  return page;
}

/** Imports a file through the library page; the time from choosing it to the "imported" message. */
async function importFile(page: Page, path: string): Promise<number> {
  const started = Date.now();
  await page.setInputFiles('[data-testid="import-file"]', path);
  const message = page.locator('[data-testid="transfer-message"]');
  await message.waitFor({ timeout: 600_000 });
  const text = (await message.textContent()) ?? '';
  if ((await message.getAttribute('role')) === 'alert') throw new Error(`import failed: ${text}`);
  return Date.now() - started;
}

/** Exports through the library page: click to a finished download. */
async function exportFile(page: Page, path: string): Promise<number> {
  const started = Date.now();
  const download = page.waitForEvent('download', { timeout: 600_000 });
  await page.locator('[data-testid="export-library"]').click();
  await (await download).saveAs(path);
  const elapsed = Date.now() - started;
  await page.locator('[data-testid="transfer-message"]').waitFor();
  return elapsed;
}

/** Opens the popup afresh `runs` times; the median time to its first list on screen. */
async function popupRender(browser: ExtensionBrowser, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 380, height: 580 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, LIST_READY_MARK, { timeout: 60_000 });
    times.push(await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, LIST_READY_MARK));
    await page.close();
  }
  // The first run warms the browser's caches for the extension's files; it is not counted.
  return median(times.slice(1));
}

/** Types each query into the popup's search box; in-page time until its results are on screen. */
async function searchTimes(browser: ExtensionBrowser, queries: string[]): Promise<{ times: number[]; totals: number[] }> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, LIST_READY_MARK);
  const times: number[] = [];
  const totals: number[] = [];
  for (const query of queries) {
    const { elapsed, total } = await page.evaluate(
      (text) =>
        new Promise<{ elapsed: number; total: number }>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
          const key = `search:${text}:`;
          const shown = () => document.querySelector(`[data-testid="search-results"][data-list-key="${CSS.escape(key)}"]`);
          const started = performance.now();
          const observer = new MutationObserver(() => {
            const list = shown();
            if (!list) return;
            observer.disconnect();
            resolve({ elapsed: performance.now() - started, total: Number(list.getAttribute('data-total')) });
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query,
    );
    times.push(elapsed);
    totals.push(total);
  }
  await page.close();
  return { times, totals };
}

/**
 * Saves new articles one at a time through the background (the reader's message), sent from a
 * page of its own while the library page stays open and follows the changes; the median time.
 */
async function saveTimes(browser: ExtensionBrowser, articles: object[]): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/icon/128.png`);
  const times = await page.evaluate(async (items) => {
    const elapsed: number[] = [];
    for (const article of items) {
      const started = performance.now();
      const result = await (globalThis as any).chrome.runtime.sendMessage({ jeongdok: 1, type: 'saveArticle', data: { article } });
      if (!result.ok) throw new Error(result.message);
      elapsed.push(performance.now() - started);
    }
    return elapsed;
  }, articles);
  await page.close();
  return median(times);
}

/** The articles of an export file, without its export time: what must survive a round trip. */
const articlesOf = (path: string) => {
  const text = readFileSync(path, 'utf8');
  return text.slice(text.indexOf('"articles":'));
};

export async function runLibraryBench(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'jeongdok-bench-'));
  const sentences = koreanSentences([FIXTURES, join(ROOT, '../shared/fixtures')].filter((dir) => {
    try {
      return statSync(dir).isDirectory();
    } catch {
      return false;
    }
  }));
  const smallFile = join(work, `library-${SMALL}.json`);
  const largeFile = join(work, `library-${LARGE}.json`);
  const exported = join(work, 'exported.json');
  const reexported = join(work, 're-exported.json');
  writeLibraryFile(smallFile, SMALL, sentences);
  writeLibraryFile(largeFile, LARGE, sentences);
  const megabytes = (path: string) => `${(statSync(path).size / 1024 / 1024).toFixed(0)} MB`;
  console.log(`bench:library — ${LARGE} synthetic articles (~3 KB of Korean text each, ${sentences.length} fixture sentences), ${SECTION_COUNT} sections, ${REPORTER_COUNT} reporters; baseline ${SMALL}`);

  const browsers: ExtensionBrowser[] = [];
  const launch = async () => {
    const browser = await launchExtension();
    browsers.push(browser);
    return browser;
  };
  try {
    const small = await launch();
    await importFile(await libraryPage(small), smallFile);
    const smallRender = await popupRender(small, RENDER_RUNS);
    const smallSearch = await searchTimes(small, QUERIES);

    const large = await launch();
    const largePage = await libraryPage(large);
    const firstImport = await importFile(largePage, largeFile);
    console.log(`  import of the generated ${LARGE}-article file (${megabytes(largeFile)}): ${seconds(firstImport)}`);
    const largeRender = await popupRender(large, RENDER_RUNS);
    const largeSearch = await searchTimes(large, QUERIES);
    const newArticles = syntheticArticles(LARGE + 11, sentences).slice(LARGE + 1).map(({ savedAt, updatedAt, readAt, ...article }) => article);
    const saveMs = await saveTimes(large, newArticles);
    const exportMs = await exportFile(largePage, exported);

    const empty = await launch();
    const emptyPage = await libraryPage(empty);
    const importMs = await importFile(emptyPage, exported);
    await exportFile(emptyPage, reexported);
    const identical = articlesOf(exported) === articlesOf(reexported);

    const renderRatio = largeRender / smallRender;
    const searchMedian = median(largeSearch.times);
    console.log(`  popup first list render (median of ${RENDER_RUNS - 1}): ${SMALL} articles ${ms(smallRender)} · ${LARGE} articles ${ms(largeRender)} · ratio ${renderRatio.toFixed(2)}`);
    console.log(
      `  search over title, reporters and body (${QUERIES.length} queries, ${Math.min(...largeSearch.totals)}–${Math.max(...largeSearch.totals)} hits): ` +
        `median ${ms(searchMedian)}, p95 ${ms(percentile(largeSearch.times, 0.95))}, first query (reads the search entries) ${ms(largeSearch.times[0])}; ` +
        `at ${SMALL} articles median ${ms(median(smallSearch.times))} (ratio ${(searchMedian / median(smallSearch.times)).toFixed(2)})`,
    );
    console.log(`  saving one more article at ${LARGE} (message → background → IndexedDB, library page open): median ${ms(saveMs)} of ${newArticles.length}`);
    console.log(`  export ${LARGE} (${megabytes(exported)}): ${seconds(exportMs)} · import into an empty library: ${seconds(importMs)} · round trip ${identical ? 'identical, every field' : 'DIFFERS'}`);
    console.log(`bench:library: render ratio ${renderRatio.toFixed(2)} | search median ${searchMedian.toFixed(1)} ms | export+import ${((exportMs + importMs) / 1000).toFixed(1)} s`);
  } finally {
    for (const browser of browsers) await browser.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}
