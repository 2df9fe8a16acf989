import { useEffect } from 'preact/hooks';
import { t } from '@/utils/i18n';

const UNDO_MS = 8_000;

/** "삭제했습니다 · 되돌리기" for a few seconds after a delete. */
export function UndoBar({ text, onUndo, onDismiss }: { text: string; onUndo(): void; onDismiss(): void }) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, UNDO_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="undo-bar" role="status" data-testid="undo-bar">
      <span class="undo-text">{text}</span>
      <button type="button" class="button" data-testid="undo" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
