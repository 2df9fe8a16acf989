import type { TabStatus } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n';

interface Props {
  status: TabStatus | null;
  message: string | null;
  busy: boolean;
  onRead(force: boolean): void;
  onSave(force: boolean): void;
}

/** The current tab: read or save it, or say there is no article (with "try anyway"). */
export function CurrentTabCard({ status, message, busy, onRead, onSave }: Props) {
  if (!status) return <section class="card" data-testid="tab-card">{t('checking')}</section>;
  if (!status.scriptable) {
    return (
      <section class="card" data-testid="tab-card">
        <p class="card-note">{t('errorRestrictedPage')}</p>
      </section>
    );
  }
  return (
    <section class="card" data-testid="tab-card" aria-label={t('currentPage')}>
      {status.isArticle ? (
        <>
          <p class="card-title" data-testid="tab-title">
            {status.title}
          </p>
          <div class="card-actions">
            <button type="button" class="button primary" data-testid="read" disabled={busy} onClick={() => onRead(false)}>
              {t('readerMode')}
            </button>
            <button type="button" class="button" data-testid="save" disabled={busy} onClick={() => onSave(false)}>
              {status.savedId ? t('alreadySaved') : t('save')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p class="card-note" data-testid="not-article">
            {t('notAnArticle')}
          </p>
          <div class="card-actions">
            <button type="button" class="button" data-testid="try-anyway" disabled={busy} onClick={() => onRead(true)}>
              {t('tryAnyway')}
            </button>
          </div>
        </>
      )}
      {message && (
        <p class="card-message" role="status" data-testid="tab-message">
          {message}
        </p>
      )}
    </section>
  );
}
