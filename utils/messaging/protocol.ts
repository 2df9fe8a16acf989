/**
 * The one message protocol between Jeongdok's parts. Each entry names its direction, its
 * payload and its reply. Types only: the detector imports this file without pulling in code.
 *
 *   detector (page) ──reportDetection──► background
 *   reader (page)   ──saveArticle──────► background ──► Dexie
 *   popup/library   ──getTabStatus, toggleReader, saveTab──► background
 *   background      ──readerAction─────► reader (page)
 */
import type { ExtractedArticle } from '../extract/types';

/** `ping`: is the reader loaded here; `notify`: show a short message in the page. */
export type ReaderAction = 'ping' | 'toggle' | 'open' | 'close' | 'extract' | 'notify';

export interface SaveResult {
  ok: boolean;
  /** Database id of the saved record. */
  id?: number;
  /** True when the URL was already saved and the record was updated. */
  updated?: boolean;
  /** Why nothing was saved: not an article, storage full, unreadable page… */
  error?: 'not-an-article' | 'no-tab' | 'restricted-page' | 'quota' | 'storage' | 'invalid';
  message?: string;
}

export interface ReaderActionResult {
  ok: boolean;
  /** Whether the reader is showing after the action. */
  open?: boolean;
  /** For `extract`: the article, when the page has one. */
  article?: ExtractedArticle;
  error?: 'not-an-article' | 'restricted-page' | 'no-tab' | 'failed';
  message?: string;
}

export interface TabStatus {
  /** The detector has reported on this tab. */
  detected: boolean;
  isArticle: boolean;
  /** The page can run content scripts at all (not chrome://, the store, PDF viewers…). */
  scriptable: boolean;
  url: string | null;
  title: string | null;
  /** An article with this URL is already in the library. */
  savedId: number | null;
}

export interface ProtocolMap {
  /** detector → background: the page was scored. */
  reportDetection: { data: { isArticle: boolean; score: number; canonicalUrl: string | null; title: string | null }; result: void };
  /** reader → background: save this (already sanitized) article. */
  saveArticle: { data: { article: ExtractedArticle }; result: SaveResult };
  /** popup → background: what the current tab holds. */
  getTabStatus: { data: { tabId: number }; result: TabStatus };
  /** popup → background: open or close the reader in a tab (`force`: try anyway). */
  toggleReader: { data: { tabId: number; force?: boolean }; result: ReaderActionResult };
  /** popup → background: extract the tab's article and save it. */
  saveTab: { data: { tabId: number; force?: boolean }; result: SaveResult };
  /** background → reader: do something in the page. */
  readerAction: { data: { action: ReaderAction; force?: boolean; message?: string }; result: ReaderActionResult };
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = ProtocolMap[K]['data'];
export type MessageResult<K extends MessageType> = ProtocolMap[K]['result'];

export interface Message<K extends MessageType = MessageType> {
  /** Marks our messages apart from anything else on the runtime channel. */
  jeongdok: 1;
  type: K;
  data: MessageData<K>;
}

export function isMessage(value: unknown): value is Message {
  return !!value && typeof value === 'object' && (value as Message).jeongdok === 1 && typeof (value as Message).type === 'string';
}
