/**
 * npm run demo: serves the bundled sample pages on 127.0.0.1, starts Chromium with the built
 * extension, opens the sample article in the reader and saves it, then shows the library in the
 * popup. Headed when a display exists (the browser stays open until you close it), otherwise
 * headless. Screenshots go to demo-output/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT,
  activeTabId,
  badgeText,
  launchExtension,
  openPage,
  readerLocator,
  runCommand,
  startFixtureServer,
  waitFor,
} from '../tests/browser/harness';

const OUTPUT = join(ROOT, 'demo-output');
const SAMPLE = '/korean/seed-mediaeconomy.html';

export async function runDemo(): Promise<void> {
  const headed = !!process.env.DISPLAY && process.env.DEMO_HEADLESS !== '1';
  mkdirSync(OUTPUT, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchExtension({ headless: !headed });
  try {
    console.log(`Sample pages served at ${server.origin} (Chromium ${headed ? 'headed' : 'headless'})`);
    const page = await openPage(browser.context, server.url(SAMPLE));
    const tabId = await activeTabId(browser.worker);
    const badge = await waitFor(() => badgeText(browser.worker, tabId), (text) => text !== '');
    console.log(`Detector: article found, badge "${badge}"`);

    await runCommand(browser.worker, 'toggle-reader', tabId);
    const title = await readerLocator(page, 'title').textContent();
    console.log(`Reader view: ${title}`);
    await page.screenshot({ path: join(OUTPUT, 'reader.png') });

    await readerLocator(page, 'save').click();
    await waitFor(() => readerLocator(page, 'toast').textContent(), (text) => !!text);
    console.log(`Saved: ${await readerLocator(page, 'toast').textContent()}`);

    const popup = await openPage(browser.context, `chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.locator('[data-testid="article-item"]').first().waitFor();
    await popup.screenshot({ path: join(OUTPUT, 'popup.png') });
    console.log(`Screenshots: ${join(OUTPUT, 'reader.png')} and ${join(OUTPUT, 'popup.png')}`);

    if (headed) {
      await page.bringToFront();
      console.log('The browser stays open: try Alt+Shift+R after binding it at chrome://extensions/shortcuts. Close it to finish.');
      await new Promise<void>((done) => browser.context.on('close', () => done()));
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}
