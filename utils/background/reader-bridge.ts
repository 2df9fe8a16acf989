/**
 * Talks to the reader script in a tab, injecting it first when the tab does not have it yet.
 * The reader (Readability, Preact, the UI) is only loaded into pages where it is asked for.
 */
import { browser } from 'wxt/browser';
import { sendTabMessage, type ReaderAction, type ReaderActionResult } from '../messaging';

/** Built by WXT from entrypoints/reader/index.ts. */
export const READER_SCRIPT = '/reader.js';

export async function injectReader(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
    return true;
  } catch {
    // chrome://, the web store, PDF viewers and other pages no extension may script.
    return false;
  }
}

/**
 * Sends an action to the tab's reader; when the tab has none yet (first use, or the page was
 * reloaded), injects it and sends again. One round trip when the reader is already there.
 */
export async function runReaderAction(
  tabId: number,
  action: ReaderAction,
  options: { force?: boolean; message?: string } = {},
): Promise<ReaderActionResult> {
  try {
    const reply = await sendTabMessage(tabId, 'readerAction', { action, ...options });
    if (reply) return reply;
  } catch {
    // No reader in this tab yet.
  }
  if (!(await injectReader(tabId))) return { ok: false, error: 'restricted-page' };
  try {
    const reply = await sendTabMessage(tabId, 'readerAction', { action, ...options });
    return reply ?? { ok: false, error: 'failed' };
  } catch (error) {
    return { ok: false, error: 'failed', message: (error as Error).message };
  }
}
