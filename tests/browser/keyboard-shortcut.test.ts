/**
 * A real Alt+Shift+R, typed by xdotool into headed Chromium under Xvfb. Playwright's own
 * keyboard never reaches browser commands, so this is the only honest test of the shortcut.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { launchExtension, openPage, readerLocator, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';

function xdotool(...args: string[]): string {
  return execFileSync('xdotool', args, { encoding: 'utf8' }).trim();
}

describe('keyboard shortcut', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    if (!process.env.DISPLAY) throw new Error('This test needs a display: run it under xvfb-run (npm test does).');
    server = await startFixtureServer();
    browser = await launchExtension({ headless: false });
    // Unpacked extensions get no shortcut from suggested_key; bind it the way a user would,
    // on the browser's own shortcuts page.
    const shortcuts = await browser.context.newPage();
    await shortcuts.goto('chrome://extensions/shortcuts');
    await shortcuts.evaluate(
      (extensionId) =>
        Promise.all(
          [
            ['toggle-reader', 'Alt+Shift+R'],
            ['save-article', 'Alt+Shift+S'],
          ].map(([commandName, keybinding]) =>
            chrome.developerPrivate.updateExtensionCommand({ extensionId, commandName, keybinding }),
          ),
        ),
      browser.extensionId,
    );
    await shortcuts.close();
    page = await openPage(browser.context, server.url('/korean/seed-mediaeconomy.html'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pressInBrowserWindow = async (keys: string) => {
    const title = await page.title();
    const windowId = xdotool('search', '--sync', '--limit', '1', '--name', title.slice(0, 20));
    xdotool('windowfocus', '--sync', windowId);
    xdotool('key', '--window', windowId, keys);
  };

  it('Alt+Shift+R opens the reader and Alt+Shift+R closes it again', async () => {
    await pressInBrowserWindow('alt+shift+r');
    await expect.poll(() => readerLocator(page, 'title').textContent(), { timeout: 15_000 }).toContain('LG AI연구원');

    await pressInBrowserWindow('alt+shift+r');
    await expect.poll(() => page.locator('jeongdok-reader').count(), { timeout: 15_000 }).toBe(0);
  });

  it('Alt+Shift+S saves the article', async () => {
    await pressInBrowserWindow('alt+shift+s');
    await expect
      .poll(
        () =>
          browser.worker.evaluate(
            () =>
              new Promise<number>((done) => {
                const open = indexedDB.open('jeongdok');
                open.onsuccess = () => {
                  const names = Array.from(open.result.objectStoreNames);
                  if (!names.includes('articles')) return done(0);
                  const request = open.result.transaction('articles').objectStore('articles').count();
                  request.onsuccess = () => done(request.result);
                };
              }),
          ),
        { timeout: 15_000 },
      )
      .toBe(1);
  });
});
