/**
 * The reader inside a web page: extracts the article, shows it in a shadow root over the page,
 * and puts the page back exactly as it was when closed (nothing of the page is changed but the
 * root's `overflow`, which is restored). Runs in the content script's isolated world.
 */
import { h, render } from 'preact';
import { ReaderView } from '@/components/reader/ReaderView';
import readerCss from '@/components/reader/reader.css?inline';
import { extractArticle } from '../extract';
import { createSanitizer } from '../extract/sanitize';
import type { ExtractedArticle, HtmlSanitizer } from '../extract/types';
import { t } from '../i18n';
import { sendMessage, type ReaderAction, type ReaderActionResult, type SaveResult } from '../messaging';
import { readerKey } from './keys';
import { createShadowHost } from './shadow-host';
import { DEFAULT_SETTINGS, loadSettings, stepFontSize, updateSettings, watchSettings, type ReaderSettings } from '../settings';

export const HOST_TAG = 'jeongdok-reader';

interface PageState {
  overflow: string;
  scrollX: number;
  scrollY: number;
  focus: Element | null;
}

export class ReaderController {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private article: ExtractedArticle | null = null;
  /** The page address `article` was extracted from (single-page sites change it without a reload). */
  private articleUrl: string | null = null;
  private pageState: PageState | null = null;
  private settings: ReaderSettings = DEFAULT_SETTINGS;
  private notice: { text: string; id: number } | null = null;
  private sanitizer: HtmlSanitizer | null = null;
  private stopWatching: (() => void) | null = null;
  private printSheet: CSSStyleSheet | null = null;

  constructor(private readonly win: Window) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  private get sanitize(): HtmlSanitizer {
    this.sanitizer ??= createSanitizer(this.win as never);
    return this.sanitizer;
  }

  async handle(action: ReaderAction, options: { force?: boolean; message?: string }): Promise<ReaderActionResult> {
    switch (action) {
      case 'ping':
        return { ok: true, open: this.isOpen };
      case 'toggle':
        return this.isOpen ? this.close() : this.open(!!options.force);
      case 'open':
        return this.open(!!options.force);
      case 'close':
        return this.close();
      case 'extract':
        return this.extract(!!options.force);
      case 'notify':
        this.notify(options.message ?? '');
        return { ok: true, open: this.isOpen };
    }
  }

  /** Extracts without showing anything (the save command). Reuses the last result for the same address. */
  extract(force: boolean): ReaderActionResult {
    if (this.article && this.articleUrl === this.win.location.href) return { ok: true, article: this.article, open: this.isOpen };
    try {
      const result = extractArticle(this.win.document, new URL(this.win.location.href), { sanitize: this.sanitize, force });
      if (result.isArticle || (force && result.article)) {
        this.articleUrl = this.win.location.href;
        return { ok: true, article: result.article! };
      }
      return { ok: false, error: 'not-an-article', message: t('notAnArticle') };
    } catch (error) {
      return { ok: false, error: 'failed', message: (error as Error).message };
    }
  }

  async open(force: boolean): Promise<ReaderActionResult> {
    // The settings read travels while the (synchronous) extraction runs.
    const settings = this.isOpen ? null : loadSettings().catch(() => DEFAULT_SETTINGS);
    const extracted = this.extract(force);
    this.article = extracted.article ?? null;
    if (settings) {
      this.settings = await settings;
      if (!this.isOpen) this.attach();
    }
    this.renderView();
    return { ok: true, open: true, article: this.article ?? undefined, error: this.article ? undefined : 'not-an-article' };
  }

  close(): ReaderActionResult {
    if (!this.host || !this.pageState) return { ok: true, open: false };
    render(null, this.mount!);
    this.host.remove();
    this.host = null;
    this.mount = null;
    this.stopWatching?.();
    this.stopWatching = null;
    this.win.removeEventListener('keydown', this.onKeyDown, true);
    if (this.printSheet) {
      const sheet = this.printSheet;
      this.win.document.adoptedStyleSheets = this.win.document.adoptedStyleSheets.filter((other) => other !== sheet);
      this.printSheet = null;
    }
    const { overflow, scrollX, scrollY, focus } = this.pageState;
    this.win.document.documentElement.style.overflow = overflow;
    if (this.win.scrollX !== scrollX || this.win.scrollY !== scrollY) this.win.scrollTo(scrollX, scrollY);
    (focus as HTMLElement | null)?.focus?.({ preventScroll: true });
    this.pageState = null;
    return { ok: true, open: false };
  }

  notify(text: string): void {
    if (!this.isOpen || !text) return;
    this.notice = { text, id: Date.now() };
    this.renderView();
  }

  private attach(): void {
    const doc = this.win.document;
    this.pageState = {
      overflow: doc.documentElement.style.overflow,
      scrollX: this.win.scrollX,
      scrollY: this.win.scrollY,
      focus: doc.activeElement,
    };
    const { host, mount } = createShadowHost(doc, HOST_TAG, readerCss);
    doc.documentElement.append(host);
    doc.documentElement.style.overflow = 'hidden';
    this.printSheet = adoptPrintSheet(doc, this.win);
    this.host = host;
    this.mount = mount;
    this.win.addEventListener('keydown', this.onKeyDown, true);
    this.stopWatching = watchSettings((settings) => {
      this.settings = settings;
      this.renderView();
    });
  }

  private renderView(): void {
    if (!this.mount) return;
    render(
      h(ReaderView, {
        article: this.article,
        settings: this.settings,
        sanitize: this.sanitize,
        notice: this.notice,
        onSettingsChange: (change) => this.changeSettings(change),
        onClose: () => this.close(),
        onSave: this.article ? () => this.save() : undefined,
        onTryAnyway: this.article ? undefined : () => void this.open(true),
      }),
      this.mount,
    );
  }

  private changeSettings(change: Partial<ReaderSettings>): void {
    this.settings = { ...this.settings, ...change };
    this.renderView();
    void updateSettings(change).catch(() => undefined);
  }

  private async save(): Promise<SaveResult> {
    if (!this.article) return { ok: false, error: 'not-an-article', message: t('notAnArticle') };
    try {
      return await sendMessage('saveArticle', { article: this.article });
    } catch {
      return { ok: false, error: 'storage', message: t('errorStorage') };
    }
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (!this.isOpen) return;
    const key = readerKey(event);
    if (key === null) return;
    event.preventDefault();
    event.stopPropagation();
    if (key === 'close') this.close();
    else this.changeSettings({ fontSize: stepFontSize(this.settings, key) });
  };

}

/**
 * While the reader is open, printing (Ctrl/⌘+P) prints the article alone: the page's body is
 * hidden for print only. A constructable sheet, so a strict page CSP cannot block it.
 */
const PRINT_CSS = `@media print { html > body { display: none !important; } html { overflow: visible !important; } }`;

function adoptPrintSheet(doc: Document, win: Window): CSSStyleSheet | null {
  try {
    const sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return null; // Firefox content scripts cannot adopt into the page; printing shows the page then.
  }
}
