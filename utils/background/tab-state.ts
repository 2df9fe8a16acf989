/**
 * What the detector said about each tab, and the toolbar badge that shows it. Kept in session
 * storage as well as memory, because an MV3 service worker can be stopped between events.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';

export interface TabDetection {
  isArticle: boolean;
  score: number;
  url: string | null;
  /** The page's canonical address, which is what the library stores. */
  canonicalUrl: string | null;
  title: string | null;
}

const memory = new Map<number, TabDetection>();
const sessionKey = (tabId: number) => `tab:${tabId}`;
const BADGE_COLOR = '#1f6f5c';

function sessionArea() {
  return (browser.storage as { session?: typeof browser.storage.local }).session ?? null;
}

export async function setTabDetection(tabId: number, detection: TabDetection): Promise<void> {
  memory.set(tabId, detection);
  await sessionArea()?.set({ [sessionKey(tabId)]: detection }).catch(() => undefined);
  await showBadge(tabId, detection.isArticle);
}

export async function getTabDetection(tabId: number): Promise<TabDetection | null> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = await sessionArea()?.get(sessionKey(tabId)).catch(() => null);
  const value = (stored?.[sessionKey(tabId)] as TabDetection | undefined) ?? null;
  if (value) memory.set(tabId, value);
  return value;
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await sessionArea()?.remove(sessionKey(tabId)).catch(() => undefined);
}

export async function showBadge(tabId: number, isArticle: boolean): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text: isArticle ? t('badgeArticle') : '' });
    if (isArticle) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  } catch {
    // The tab closed while we were answering.
  }
}
