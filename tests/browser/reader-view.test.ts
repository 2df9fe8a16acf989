/**
 * The reader view in real Chromium: every control applied at once and remembered, the page
 * given back with its scripts alive, isolation from strict CSPs and hostile CSS, the
 * not-an-article message, sanitizing, keyboard use and accessibility (axe-core), printing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  SCREENSHOTS,
  activeTabId,
  launchExtension,
  openPage,
  readerLocator,
  runCommand,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SEED = '/korean/seed-mediaeconomy.html';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchExtension();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` in a new tab and the reader in it through the command's code path. */
async function openReader(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await openPage(browser.context, server.url(path));
  const tabId = await activeTabId(browser.worker);
  const result = await runCommand(browser.worker, 'toggle-reader', tabId);
  expect(result.ok).toBe(true);
  await readerLocator(page, 'reader').waitFor();
  return { page, tabId };
}

const styleOf = (page: Page, testId: string, property: string) =>
  readerLocator(page, testId).evaluate((node, name) => getComputedStyle(node).getPropertyValue(name), property);

describe('reader controls', () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await openReader(SEED));
  });

  afterAll(() => page.close());

  it('changes font, line spacing, width and theme at once', async () => {
    await readerLocator(page, 'settings-toggle').click();
    const panel = readerLocator(page, 'settings-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);

    const fontBefore = await styleOf(page, 'article', 'font-family');
    await panel.locator('[data-testid="setting-font"] label', { hasText: '명조' }).click();
    await expect.poll(() => styleOf(page, 'article', 'font-family')).not.toBe(fontBefore);
    expect(await styleOf(page, 'article', 'font-family')).toContain('Myeongjo');

    await panel.locator('[data-testid="setting-line-height"] label').first().click();
    const fontSize = parseFloat(await styleOf(page, 'article', 'font-size'));
    await expect.poll(async () => parseFloat(await styleOf(page, 'article', 'line-height')) / fontSize).toBeCloseTo(1.5, 1);

    await panel.locator('[data-testid="setting-width"] label').last().click();
    await expect.poll(async () => parseFloat(await styleOf(page, 'article', 'max-width')) / fontSize).toBeCloseTo(50, 0);

    await panel.locator('[data-testid="setting-theme"] label', { hasText: '어둡게' }).click();
    await expect.poll(() => styleOf(page, 'reader', 'background-color')).toBe('rgb(23, 24, 26)');

    await panel.locator('[data-testid="setting-theme"] label', { hasText: '세피아' }).click();
    await expect.poll(() => styleOf(page, 'reader', 'background-color')).toBe('rgb(246, 239, 226)');
  });

  it('changes the size with the - and + keys by their code, even with a Korean IME', async () => {
    const size = async () => Number(await readerLocator(page, 'font-size').textContent());
    const before = await size();
    await page.keyboard.press('Equal');
    await expect.poll(size).toBe(before + 2);
    await page.keyboard.press('NumpadSubtract');
    await page.keyboard.press('Minus');
    await expect.poll(size).toBe(before - 2);
  });

  it('remembers every choice for the next page', async () => {
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get('readerSettings'));
    expect(stored.readerSettings).toMatchObject({ fontFamily: 'serif', lineHeight: 1.5, contentWidth: 50, theme: 'sepia' });
    const { page: next } = await openReader('/pages/counting-article.html');
    expect(await styleOf(next, 'reader', 'background-color')).toBe('rgb(246, 239, 226)');
    expect(await styleOf(next, 'article', 'font-family')).toContain('Myeongjo');
    await next.close();
    // Back to the defaults for the tests that follow.
    await browser.worker.evaluate(() => chrome.storage.local.remove('readerSettings'));
  });
});

describe('giving the page back', () => {
  it('keeps the page scripts, listeners and scroll position working', async () => {
    const page = await openPage(browser.context, server.url('/pages/counting-article.html'));
    const tabId = await activeTabId(browser.worker);
    await page.evaluate(() => window.scrollTo(0, 300));
    const count = () => page.locator('#counter').getAttribute('data-count').then(Number);

    await runCommand(browser.worker, 'toggle-reader', tabId);
    await readerLocator(page, 'title').waitFor();
    const whileOpen = await count();
    await expect.poll(count).toBeGreaterThan(whileOpen);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('jeongdok-reader').count()).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(300);
    const afterClose = await count();
    await expect.poll(count).toBeGreaterThan(afterClose);
    await page.locator('#page-button').click();
    expect(await page.locator('#clicks').textContent()).toBe('1');
    await page.close();
  });

  it('moves focus into the reader, keeps Tab inside it, and gives focus back on close', async () => {
    const page = await openPage(browser.context, server.url('/pages/counting-article.html'));
    const tabId = await activeTabId(browser.worker);
    await page.locator('#page-button').focus();
    await runCommand(browser.worker, 'toggle-reader', tabId);
    await readerLocator(page, 'title').waitFor();
    const focused = () =>
      page.evaluate(() => {
        const host = document.querySelector('jeongdok-reader');
        const active = host?.shadowRoot?.activeElement as HTMLElement | null;
        return active ? active.dataset.testid ?? active.tagName : document.activeElement?.id ?? null;
      });
    await expect.poll(focused).toBe('title');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('JEONGDOK-READER');
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-button');
    await page.close();
  });
});

describe('isolation', () => {
  it('renders styled on a page with a strict Content-Security-Policy', async () => {
    const { page } = await openReader(`/csp${SEED}`);
    const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    expect(csp).toBe("default-src 'self'");
    expect(parseFloat(await styleOf(page, 'title', 'font-size'))).toBeGreaterThan(24);
    expect(await styleOf(page, 'reader', 'background-color')).toBe('rgb(255, 255, 255)');
    expect(await readerLocator(page, 'title').textContent()).toContain('LG AI연구원');
    await page.close();
  });

  it('ignores the page’s hostile CSS', async () => {
    const { page } = await openReader('/pages/hostile-css-article.html');
    expect(parseFloat(await styleOf(page, 'body', 'font-size'))).toBe(18);
    expect(await styleOf(page, 'title', 'color')).not.toBe('rgb(255, 0, 0)');
    expect(await styleOf(page, 'reader', 'background-color')).toBe('rgb(255, 255, 255)');
    await page.close();
  });
});

describe('not an article', () => {
  it('says so in the page and offers "try anyway"', async () => {
    const { page } = await openReader('/non-articles/naver-news-home.html');
    await expect.poll(() => readerLocator(page, 'not-article').textContent()).toContain('기사를 찾지 못했습니다');
    await page.screenshot({ path: join(SCREENSHOTS, 'not-article.png') });
    await readerLocator(page, 'try-anyway').click();
    await expect.poll(() => readerLocator(page, 'article').count()).toBe(1);
    await page.close();
  });

  it('says so in the popup, whose "try anyway" opens the reader', async () => {
    const page = await openPage(browser.context, server.url('/non-articles/daum-news-home.html'));
    const tabId = await activeTabId(browser.worker);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('[data-testid="not-article"]').textContent()).toContain('기사를 찾지 못했습니다');
    await popup.locator('[data-testid="try-anyway"]').click();
    await expect.poll(() => readerLocator(page, 'article').count()).toBe(1);
    await page.close();
  });
});

describe('sanitizing', () => {
  it('runs none of the script, handler or javascript: payloads of an article', async () => {
    const page = await openPage(browser.context, server.url('/hostile/script-payloads.html'));
    const tabId = await activeTabId(browser.worker);
    // The page's own markup runs its payloads on load; only what runs after the reader opens counts.
    await page.evaluate(() => ((window as { __pwned?: string | null }).__pwned = null));
    await runCommand(browser.worker, 'toggle-reader', tabId);
    const body = readerLocator(page, 'body');
    await body.waitFor();
    expect(await body.locator('a[href^="javascript"]').count()).toBe(0);
    await body.locator('a').first().evaluate((link) => link.addEventListener('click', (event) => event.preventDefault()));
    await body.locator('a').first().click();
    await body.locator('img').first().dispatchEvent('error');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned ?? null)).toBeNull();
    const html = await body.evaluate((node) => node.innerHTML);
    expect(html).not.toMatch(/<script|<iframe|<object|<svg|<form|\son\w+=|javascript:/i);
    expect(await body.textContent()).toContain("<script>alert('escaped')</script>");
    await page.close();
  });
});

describe('accessibility', () => {
  for (const theme of ['light', 'sepia', 'dark'] as const) {
    it(`has no serious or critical axe violations in the ${theme} theme`, async () => {
      await browser.worker.evaluate((value) => chrome.storage.local.set({ readerSettings: { theme: value } }), theme);
      const { page } = await openReader(SEED);
      if (theme !== 'sepia') await page.screenshot({ path: join(SCREENSHOTS, `reader-${theme}.png`) });
      await readerLocator(page, 'settings-toggle').click();
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
        const result = await axe.run({ include: [['jeongdok-reader']] }, { resultTypes: ['violations'] });
        return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length }));
      });
      expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'), JSON.stringify(violations)).toEqual([]);
      await page.close();
    });
  }

  it('prints the article alone', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.remove('readerSettings'));
    const { page } = await openReader(SEED);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
    expect(await readerLocator(page, 'title').isVisible()).toBe(true);
    expect(await readerLocator(page, 'settings-toggle').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    await page.close();
  });
});
