import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExtractedArticle, HtmlSanitizer } from '@/utils/extract/types';
import { t } from '@/utils/i18n';
import type { SaveResult } from '@/utils/messaging/protocol';
import { stepFontSize, type ReaderSettings } from '@/utils/settings';
import { ArticleHeader } from './ArticleHeader';
import { ReaderSettingsPanel } from './ReaderSettingsPanel';
import { ReaderToolbar } from './ReaderToolbar';

export interface ReaderViewProps {
  article: ExtractedArticle | null;
  settings: ReaderSettings;
  sanitize: HtmlSanitizer;
  onSettingsChange(change: Partial<ReaderSettings>): void;
  onClose(): void;
  onSave?: () => Promise<SaveResult>;
  onTryAnyway?: () => void;
  /** A message to show briefly (e.g. after the save command). */
  notice?: { text: string; id: number } | null;
}

const FONT_STACKS: Record<ReaderSettings['fontFamily'], string> = {
  sans: 'var(--jd-sans)',
  serif: 'var(--jd-serif)',
  system: 'var(--jd-system)',
};

function prefersDark(): boolean {
  return !!globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches;
}

/** `system` follows the operating system's light or dark preference. */
export function resolveTheme(theme: ReaderSettings['theme'], systemDark = prefersDark()): Exclude<ReaderSettings['theme'], 'system'> {
  if (theme !== 'system') return theme;
  return systemDark ? 'dark' : 'light';
}

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside the reader: the page underneath is covered and must not take focus. */
function trapFocus(event: KeyboardEvent, container: HTMLElement | null): void {
  if (event.key !== 'Tab' || !container) return;
  const focusable = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => element.offsetParent !== null);
  if (!focusable.length) return;
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

export function ReaderView(props: ReaderViewProps) {
  const { article, settings, sanitize } = props;
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [toast, setToast] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [systemDark, setSystemDark] = useState(() => prefersDark());
  const root = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLDivElement>(null);

  // `system` follows the OS setting live.
  useEffect(() => {
    const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    const update = () => setSystemDark(!!query?.matches);
    query?.addEventListener?.('change', update);
    return () => query?.removeEventListener?.('change', update);
  }, []);

  // Shown content is sanitized again here, whatever produced it.
  const bodyHtml = useMemo(() => (article ? sanitize(article.contentHtml) : ''), [article, sanitize]);

  useEffect(() => {
    (heading.current?.querySelector('h1, [data-testid="try-anyway"]') as HTMLElement | null)?.focus();
  }, [article]);

  useEffect(() => {
    if (!props.notice) return;
    setToast(props.notice.text);
    const timer = setTimeout(() => setToast(null), 2500);
    return () => clearTimeout(timer);
  }, [props.notice?.id]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    const max = element.scrollHeight - element.clientHeight;
    setProgress(max > 0 ? Math.min(1, element.scrollTop / max) : 1);
  };

  const save = props.onSave
    ? async () => {
        setSaveState('saving');
        const result = await props.onSave!();
        setSaveState(result.ok ? 'saved' : 'error');
        setToast(result.ok ? t(result.updated ? 'savedAgain' : 'saved') : (result.message ?? t('errorStorage')));
        setTimeout(() => setToast(null), 2500);
      }
    : undefined;

  const style = {
    '--jd-font-size': `${settings.fontSize}px`,
    '--jd-line-height': String(settings.lineHeight),
    '--jd-width': `${settings.contentWidth}em`,
    '--jd-font': FONT_STACKS[settings.fontFamily],
  } as Record<string, string>;

  return (
    <div
      class="jd-root"
      ref={root}
      data-theme={resolveTheme(settings.theme, systemDark)}
      style={style}
      data-testid="reader"
      role="dialog"
      aria-modal="true"
      aria-label={t('readerMode')}
      onKeyDown={(event) => trapFocus(event, root.current)}
    >
      <div
        class="jd-progress"
        role="progressbar"
        aria-label={t('readingProgress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <div class="jd-progress-bar" style={{ transform: `scaleX(${progress})` }} />
      </div>
      <ReaderToolbar
        textControls={!!article}
        fontSize={settings.fontSize}
        onFontStep={(direction) => props.onSettingsChange({ fontSize: stepFontSize(settings, direction) })}
        settingsOpen={settingsOpen}
        onToggleSettings={() => setSettingsOpen(!settingsOpen)}
        onSave={article ? save : undefined}
        saveState={saveState}
        onClose={props.onClose}
      />
      {settingsOpen && (
        <div id="jd-settings-panel" class="jd-settings-wrap">
          <ReaderSettingsPanel settings={settings} onChange={props.onSettingsChange} />
        </div>
      )}
      <div class="jd-scroll" ref={scroller} onScroll={onScroll}>
        <div ref={heading}>
          {article ? (
            <article class="jd-article" lang={article.lang} data-testid="article">
              <ArticleHeader article={article} />
              <div class="jd-body" data-testid="body" role="region" aria-label={t('articleBody')} dangerouslySetInnerHTML={{ __html: bodyHtml }} />
              <p class="jd-original">
                <a href={article.url} target="_blank" rel="noopener noreferrer">
                  {t('originalLink')}
                </a>
              </p>
            </article>
          ) : (
            <section class="jd-article jd-empty" data-testid="not-article">
              <h1 class="jd-title" tabIndex={-1}>
                {t('notAnArticle')}
              </h1>
              <p>{t('notAnArticleHint')}</p>
              {props.onTryAnyway && (
                <button type="button" class="jd-button jd-button-primary" data-testid="try-anyway" onClick={props.onTryAnyway}>
                  {t('tryAnyway')}
                </button>
              )}
            </section>
          )}
        </div>
      </div>
      <div class="jd-toast" role="status" aria-live="polite" data-testid="toast" hidden={!toast}>
        {toast}
      </div>
    </div>
  );
}
