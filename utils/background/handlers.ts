/**
 * The background's work: badges from detector reports, the two keyboard commands, and every
 * write to the library. Entry: `startBackground()` from entrypoints/background.ts.
 */
import { browser } from 'wxt/browser';
import type { Tabs } from 'webextension-polyfill';
import { findArticleIdByUrl, saveArticle } from '../db/articles';
import { isQuotaError } from '../db/errors';
import { t } from '../i18n';
import { onMessages, type SaveResult, type TabStatus } from '../messaging';
import { validateArticle } from './validate-article';
import { forgetTab, getTabDetection, setTabDetection } from './tab-state';
import { runReaderAction } from './reader-bridge';

export const COMMANDS = { toggleReader: 'toggle-reader', saveArticle: 'save-article' } as const;

function isScriptableUrl(url: string | undefined | null): boolean {
  return !!url && /^(?:https?|file):/i.test(url);
}

async function activeTab(): Promise<Tabs.Tab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

function describeStorageError(error: unknown): SaveResult {
  if (isQuotaError(error)) return { ok: false, error: 'quota', message: t('errorQuota') };
  return { ok: false, error: 'storage', message: t('errorStorage') };
}

export async function storeArticle(candidate: unknown): Promise<SaveResult> {
  const article = validateArticle(candidate);
  if (!article) return { ok: false, error: 'invalid', message: t('errorInvalidArticle') };
  try {
    const { id, updated } = await saveArticle(article);
    return { ok: true, id, updated };
  } catch (error) {
    return describeStorageError(error);
  }
}

/** Extracts the article in a tab (through the reader script) and saves it. */
export async function saveFromTab(tabId: number, force = false): Promise<SaveResult> {
  const extracted = await runReaderAction(tabId, 'extract', { force });
  if (!extracted.ok || !extracted.article) {
    if (extracted.error === 'restricted-page') return { ok: false, error: 'restricted-page', message: t('errorRestrictedPage') };
    return { ok: false, error: 'not-an-article', message: t('notAnArticle') };
  }
  return storeArticle(extracted.article);
}

export async function getTabStatus(tabId: number): Promise<TabStatus> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const detection = await getTabDetection(tabId);
  const url = detection?.canonicalUrl ?? tab?.url ?? null;
  const savedId = url ? await findArticleIdByUrl(url).catch(() => null) : null;
  return {
    detected: !!detection,
    isArticle: detection?.isArticle ?? false,
    scriptable: isScriptableUrl(tab?.url ?? detection?.url),
    url: tab?.url ?? detection?.url ?? null,
    title: detection?.title ?? tab?.title ?? null,
    savedId,
  };
}

/** The keyboard commands: the same code path whether the key, the popup or a test calls it. */
export async function handleCommand(command: string, tab?: Tabs.Tab): Promise<unknown> {
  const target = tab?.id !== undefined ? tab : await activeTab();
  if (target?.id === undefined) return { ok: false, error: 'no-tab' };
  const tabId = target.id;
  if (command === COMMANDS.toggleReader) return runReaderAction(tabId, 'toggle');
  if (command === COMMANDS.saveArticle) {
    const result = await saveFromTab(tabId);
    const message = result.ok ? t(result.updated ? 'savedAgain' : 'saved') : (result.message ?? t('errorStorage'));
    await runReaderAction(tabId, 'notify', { message }).catch(() => undefined);
    return result;
  }
  return { ok: false, error: 'unknown-command' };
}

export function startBackground(): void {
  onMessages({
    reportDetection: async (data, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return;
      await setTabDetection(tabId, {
        isArticle: !!data.isArticle,
        score: Number(data.score) || 0,
        url: sender.tab?.url ?? null,
        canonicalUrl: typeof data.canonicalUrl === 'string' ? data.canonicalUrl : null,
        title: typeof data.title === 'string' ? data.title.slice(0, 300) : null,
      });
    },
    saveArticle: (data, sender) => {
      if (!sender.tab) return { ok: false, error: 'invalid' };
      return storeArticle(data.article);
    },
    getTabStatus: (data) => getTabStatus(data.tabId),
    toggleReader: (data) => runReaderAction(data.tabId, data.force ? 'open' : 'toggle', { force: data.force }),
    saveTab: (data) => saveFromTab(data.tabId, data.force),
  });
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // Expose the command handler to the browser tests, which cannot press extension shortcuts headless.
  (globalThis as { jeongdok?: unknown }).jeongdok = { handleCommand };
}
