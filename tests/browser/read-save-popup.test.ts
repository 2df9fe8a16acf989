/**
 * The first end-to-end path on the seed page: badge → reader (through the command's code path)
 * → font size → save → popup groups, all in Debian's Chromium with the built extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  FIXTURES,
  SCREENSHOTS,
  activeTabId,
  badgeText,
  launchExtension,
  openPage,
  readerLocator,
  runCommand,
  startFixtureServer,
  waitFor,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const gold = JSON.parse(readFileSync(join(FIXTURES, 'korean/seed-mediaeconomy.json'), 'utf8'));

describe('read → save → popup on the seed page', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchExtension();
    page = await openPage(browser.context, server.url('/korean/seed-mediaeconomy.html'));
    tabId = await activeTabId(browser.worker);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('puts a badge on the toolbar icon of an article tab', async () => {
    const badge = await waitFor(() => badgeText(browser.worker, tabId), (text) => text !== '');
    expect(badge).toBe('읽기');
  });

  it('opens the reader with the article and none of the clutter', async () => {
    await page.evaluate(() => window.scrollTo(0, 400));
    const result = await runCommand(browser.worker, 'toggle-reader', tabId);
    expect(result).toMatchObject({ ok: true, open: true });

    await expect.poll(() => readerLocator(page, 'title').textContent()).toBe(gold.title);
    expect(await readerLocator(page, 'section').textContent()).toBe(`${gold.section} › ${gold.subsection}`);
    expect(await readerLocator(page, 'reporters').textContent()).toContain('박현아');
    expect(await readerLocator(page, 'published').textContent()).toContain('2024.02.06 02:51');
    expect(await readerLocator(page, 'modified').textContent()).toContain('2025.05.22 01:00');
    expect(await readerLocator(page, 'site-name').textContent()).toBe(gold.siteName);

    const body = (await readerLocator(page, 'body').textContent()) ?? '';
    for (const kept of gold.mustKeep) expect(body.replace(/\s/g, '')).toContain(kept.replace(/\s/g, ''));
    for (const clutter of gold.mustNotContain) expect(body).not.toContain(clutter);
    // The reader covers the page; the page itself is untouched underneath.
    expect(await page.evaluate(() => window.scrollY)).toBe(400);
  });

  it('changes the font size at once with A+ and remembers it', async () => {
    const bodySize = () => readerLocator(page, 'body').evaluate((node) => getComputedStyle(node).fontSize);
    const before = parseFloat(await bodySize());
    await readerLocator(page, 'font-larger').click();
    await expect.poll(async () => parseFloat(await bodySize())).toBe(before + 2);
    expect(await readerLocator(page, 'font-size').textContent()).toBe(String(before + 2));
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get('readerSettings'));
    expect(stored.readerSettings.fontSize).toBe(before + 2);

  });

  it('saves the article from the reader', async () => {
    await readerLocator(page, 'save').click();
    await expect.poll(() => readerLocator(page, 'toast').textContent()).toBe('저장했습니다');
  });

  it('closes with Esc and gives the page back as it was', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('jeongdok-reader').count()).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(400);
    expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('');
    expect(await page.locator('h1.view_tit').isVisible()).toBe(true);
  });

  it('keeps the font size for the next article', async () => {
    await runCommand(browser.worker, 'toggle-reader', tabId);
    await expect.poll(() => readerLocator(page, 'font-size').textContent()).toBe('20');
    await runCommand(browser.worker, 'toggle-reader', tabId);
    await expect.poll(() => page.locator('jeongdok-reader').count()).toBe(0);
  });

  it('lists the saved article in the popup by section and by reporter, after a reload too', async () => {
    const popup = await openPage(browser.context, `chrome-extension://${browser.extensionId}/popup.html`);
    const sectionGroup = popup.locator(`[data-testid="groups-section"] details[data-group="${gold.section}"]`);
    await expect.poll(() => sectionGroup.count()).toBe(1);
    expect(await sectionGroup.locator('[data-testid="article-item"]').first().textContent()).toContain(gold.title);
    expect(await sectionGroup.locator('[data-testid="group-count"]').textContent()).toBe('1건');

    await popup.locator('[data-testid="tab-reporter"]').click();
    const reporterGroup = popup.locator('[data-testid="groups-reporter"] details[data-group="박현아"]');
    // A group reads its articles once it is open, just after its heading appears.
    await expect.poll(() => reporterGroup.textContent()).toContain(gold.title);

    await popup.reload();
    await expect.poll(() => popup.locator(`details[data-group="${gold.section}"]`).count()).toBe(1);
    await popup.close();
  });

  it('saves the same URL twice as one record', async () => {
    const again = await runCommand(browser.worker, 'save-article', tabId);
    expect(again).toMatchObject({ ok: true, updated: true });
    const count = await browser.worker.evaluate(
      () =>
        new Promise<number>((done, fail) => {
          const open = indexedDB.open('jeongdok');
          open.onsuccess = () => {
            const request = open.result.transaction('articles').objectStore('articles').count();
            request.onsuccess = () => done(request.result);
            request.onerror = () => fail(request.error);
          };
          open.onerror = () => fail(open.error);
        }),
    );
    expect(count).toBe(1);
  });

  it('shows the popup card for the article tab and the saved list (screenshot)', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('[data-testid="tab-title"]').textContent()).toContain('LG AI연구원');
    expect(await popup.locator('[data-testid="read"]').textContent()).toBe('읽기 모드');
    expect(await popup.locator('[data-testid="save"]').textContent()).toBe('저장됨');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png') });

    await popup.locator('[data-testid="read"]').click();
    await expect.poll(() => readerLocator(page, 'title').textContent()).toBe(gold.title);
  });
});
