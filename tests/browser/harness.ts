/**
 * Browser-test helpers: a fixture server on 127.0.0.1 and Debian's Chromium with the built
 * extension loaded (.output/chrome-mv3), driven by playwright-core. Never downloads a browser.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

/** The project folder (this file may run from a bundle in node_modules/.cache, as in the demo). */
function findProjectRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'wxt.config.ts'))) return dir;
  }
  return resolve(start, '../..');
}

export const ROOT = existsSync(join(process.cwd(), 'wxt.config.ts')) ? process.cwd() : findProjectRoot(import.meta.dirname);
export const EXTENSION_PATH = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures. A path under `/csp/` is served with a strict Content-Security-Policy,
 * as news sites with strict CSPs do.
 */
export async function startFixtureServer(root = FIXTURES): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const strict = pathname.startsWith('/csp/');
    const relative = normalize(decodeURIComponent(strict ? pathname.slice(4) : pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, relative);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (strict) headers['content-security-policy'] = "default-src 'self'";
    response.writeHead(200, headers);
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchExtension(options: { headless?: boolean; lang?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const userDataDir = mkdtempSync(join(tmpdir(), 'jeongdok-profile-'));
  const lang = options.lang ?? 'ko';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: lang === 'ko' ? 'ko-KR' : 'en-US',
    viewport: { width: 1200, height: 860 },
    // Chromium on Linux takes its UI language (and so chrome.i18n's) from the environment.
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'ko' ? 'ko_KR.UTF-8' : 'en_US.UTF-8' },
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The id of the active tab, as the background sees it (no `tabs` permission needed). */
export async function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id!;
  });
}

export async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Runs a keyboard command through the background's own handler (the code path the key uses). */
export async function runCommand(worker: Worker, command: string, tabId: number): Promise<any> {
  return worker.evaluate(
    ([name, id]) => (globalThis as any).jeongdok.handleCommand(name, { id }),
    [command, tabId] as const,
  );
}

/** Waits until `predicate` is true, polling; for state the page does not announce. */
export async function waitFor<T>(read: () => Promise<T>, predicate: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!predicate(value)) {
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((done) => setTimeout(done, 100));
    value = await read();
  }
  return value;
}

export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  return page;
}

export function readerLocator(page: Page, testId: string) {
  return page.locator(`jeongdok-reader [data-testid="${testId}"]`);
}
