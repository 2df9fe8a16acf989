/**
 * npm run bench:reader: the reader's costs in real Chromium, as ratios to baselines measured in
 * the same run (these machines are shared and noisy; absolute times are printed for context).
 * - detector size: the minified content script that runs on every page;
 * - detector/extract: the detector's run on a non-article page against a full extraction of
 *   the same page, both in the page;
 * - open/parse: from the toggle command to the reader painted, against plain Readability
 *   parsing the same page in the same tab.
 * Last line: `bench:reader: detector <KB> KB | detector/extract <ratio> | open/parse <ratio>`.
 */
import { build } from 'esbuild';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import {
  EXTENSION_PATH,
  FIXTURES,
  ROOT,
  activeTabId,
  launchExtension,
  openPage,
  runCommand,
  startFixtureServer,
} from '../tests/browser/harness';

const RUNS = 15;
const NON_ARTICLE = '/non-articles/naver-news-home.html';
/** Article pages of every template in the fixtures. */
const ARTICLE_FOLDERS = ['korean', 'sites', 'generic'];

/** The extractor and the detector as one script for the page's own world, exposing `__jeongdokBench`. */
async function pageBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { Readability } from '@mozilla/readability';
        import { detectArticle } from './utils/extract/detect';
        import { extractArticle } from './utils/extract';
        import { createSanitizer } from './utils/extract/sanitize';
        const sanitize = createSanitizer(window);
        globalThis.__jeongdokBench = {
          detect: () => detectArticle(document, new URL(location.href)).isArticle,
          extract: () => extractArticle(document, new URL(location.href), { sanitize, force: true }).article?.title,
          readability: () => new Readability(document.cloneNode(true)).parse()?.title,
        };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Milliseconds of the first run of `name` in the page: compiled cold, as the reader's first open is. */
async function timeFirstRun(page: Page, name: 'readability'): Promise<number> {
  return page.evaluate((fn) => {
    const bench = (globalThis as unknown as { __jeongdokBench: Record<string, () => unknown> }).__jeongdokBench;
    const started = performance.now();
    bench[fn]();
    return performance.now() - started;
  }, name);
}

/** Median milliseconds of `name` run in the page, after two untimed runs. */
async function timeInPage(page: Page, name: 'detect' | 'extract' | 'readability'): Promise<number> {
  return page.evaluate(
    ([fn, runs]) => {
      const bench = (globalThis as unknown as { __jeongdokBench: Record<string, () => unknown> }).__jeongdokBench;
      bench[fn]();
      bench[fn]();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        bench[fn]();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    },
    [name, RUNS] as const,
  );
}

/**
 * Resolves with Date.now() once the reader's title is in the shadow root and its frame has been
 * painted (a message posted from the frame's animation callback arrives after the paint).
 */
function watchForPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const painted = () =>
          !!document.querySelector('jeongdok-reader')?.shadowRoot?.querySelector('[data-testid="title"]');
        const finish = () =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done(Date.now());
            channel.port2.postMessage(null);
          });
        if (painted()) return finish();
        const observer = new MutationObserver(() => {
          if (!painted()) return;
          observer.disconnect();
          finish();
        });
        observer.observe(document.documentElement, { childList: true, subtree: true });
      }),
  );
}

function articlePaths(): string[] {
  return ARTICLE_FOLDERS.flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((file) => file.endsWith('.json') && JSON.parse(readFileSync(join(FIXTURES, folder, file), 'utf8')).isArticle)
      .map((file) => `/${folder}/${file.replace(/\.json$/, '.html')}`),
  );
}

/** Milliseconds from the toggle command to the reader painted. */
async function timeOpen(page: Page, tabId: number, worker: Worker): Promise<number> {
  const painted = watchForPaint(page);
  const started = Date.now();
  await runCommand(worker, 'toggle-reader', tabId);
  return (await painted) - started;
}

export async function runReaderBench(): Promise<void> {
  const detectorKb = statSync(join(EXTENSION_PATH, 'detector.js')).size / 1024;
  const bundle = await pageBundle();
  const server = await startFixtureServer();
  const browser = await launchExtension();
  try {
    const listPage = await openPage(browser.context, server.url(NON_ARTICLE));
    await listPage.addScriptTag({ content: bundle });
    const detectMs = await timeInPage(listPage, 'detect');
    const extractMs = await timeInPage(listPage, 'extract');
    await listPage.close();

    // Each page: plain Readability's parse (warm, in the page), then the reader opened by the
    // command on a freshly loaded page (script injected, cold), then opened again (warm).
    const firstOpens: number[] = [];
    const reopens: number[] = [];
    const parses: number[] = [];
    const coldParses: number[] = [];
    const ratios: number[] = [];
    for (const path of articlePaths()) {
      const page = await openPage(browser.context, server.url(path));
      const tabId = await activeTabId(browser.worker);
      await page.addScriptTag({ content: bundle });
      coldParses.push(await timeFirstRun(page, 'readability'));
      const parseMs = await timeInPage(page, 'readability');
      const firstMs = await timeOpen(page, tabId, browser.worker);
      await runCommand(browser.worker, 'toggle-reader', tabId);
      const reopenMs = await timeOpen(page, tabId, browser.worker);
      await page.close();
      parses.push(parseMs);
      firstOpens.push(firstMs);
      reopens.push(reopenMs);
      ratios.push(firstMs / parseMs);
    }
    const openMs = median(firstOpens);
    const parseMs = median(parses);

    console.log(`detector script        ${detectorKb.toFixed(1)} KB (minified, runs on every page)`);
    console.log(`detector, non-article  median ${detectMs.toFixed(2)} ms; full extraction of the same page ${extractMs.toFixed(2)} ms`);
    console.log(`pages                  ${ratios.length} article pages (${ARTICLE_FOLDERS.join(', ')} fixtures)`);
    console.log(`reader first open      median ${openMs.toFixed(1)} ms, command → painted, script injected into a fresh page`);
    console.log(`reader open again      median ${median(reopens).toFixed(1)} ms`);
    console.log(`Readability parse      median ${parseMs.toFixed(1)} ms, same pages and tabs, warm (the baseline)`);
    console.log(`Readability first run  median ${median(coldParses).toFixed(1)} ms, cold, for context only`);
    console.log(
      `bench:reader: detector ${detectorKb.toFixed(1)} KB | detector/extract ${(detectMs / extractMs).toFixed(3)} | open/parse ${median(ratios).toFixed(2)}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
