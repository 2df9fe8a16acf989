/**
 * Talks to the reader script in a tab, injecting it first when the tab does not have it yet.
 * The reader (Readability, Preact, the UI) is only loaded into pages where it is asked for.
 */
import { browser } from 'wxt/browser';
import { sendTabMessage, type ReaderAction, type ReaderActionResult } from '../messaging';

/** Built by WXT from entrypoints/reader/index.ts. */
export const READER_SCRIPT = '/reader.js';

async function hasReader(tabId: number): Promise<boolean> {
  try {
    const reply = await sendTabMessage(tabId, 'readerAction', { action: 'ping' });
    return !!reply?.ok;
  } catch {
    return false;
  }
}

export async function injectReader(tabId: number): Promise<boolean> {
  if (await hasReader(tabId)) return true;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
    return true;
  } catch {
    // chrome://, the web store, PDF viewers and other pages no extension may script.
    return false;
  }
}

export async function runReaderAction(
  tabId: number,
  action: ReaderAction,
  options: { force?: boolean; message?: string } = {},
): Promise<ReaderActionResult> {
  if (!(await injectReader(tabId))) return { ok: false, error: 'restricted-page' };
  try {
    const reply = await sendTabMessage(tabId, 'readerAction', { action, ...options });
    return reply ?? { ok: false, error: 'failed' };
  } catch (error) {
    return { ok: false, error: 'failed', message: (error as Error).message };
  }
}
