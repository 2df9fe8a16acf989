import { t } from '@/utils/i18n';
import { FONT_SIZE_MAX, FONT_SIZE_MIN } from '@/utils/settings';

interface Props {
  /** Text size and display settings, shown when there is an article to read. */
  textControls: boolean;
  fontSize: number;
  onFontStep(direction: 1 | -1): void;
  settingsOpen: boolean;
  onToggleSettings(): void;
  onSave?: () => void;
  saveState: 'idle' | 'saving' | 'saved' | 'error';
  onClose(): void;
}

function FontButton({ direction, fontSize, onFontStep }: Pick<Props, 'fontSize' | 'onFontStep'> & { direction: 1 | -1 }) {
  // The accessible name starts with the visible text (WCAG 2.5.3), then says what it does.
  const visible = direction < 0 ? 'A−' : 'A+';
  const label = `${visible} ${direction < 0 ? t('fontSmaller') : t('fontLarger')}`;
  const atLimit = direction < 0 ? fontSize <= FONT_SIZE_MIN : fontSize >= FONT_SIZE_MAX;
  return (
    <button
      type="button"
      class="jd-button"
      data-testid={direction < 0 ? 'font-smaller' : 'font-larger'}
      aria-label={label}
      title={label}
      disabled={atLimit}
      onClick={() => onFontStep(direction)}
    >
      {visible}
    </button>
  );
}

export function ReaderToolbar(props: Props) {
  const { textControls, fontSize, onFontStep, settingsOpen, onToggleSettings, onSave, saveState, onClose } = props;
  return (
    <div class="jd-toolbar" role="toolbar" aria-label={t('readerToolbar')}>
      {textControls && <TextControls fontSize={fontSize} onFontStep={onFontStep} settingsOpen={settingsOpen} onToggleSettings={onToggleSettings} />}
      <span class="jd-spacer" />
      {onSave && (
        <button type="button" class="jd-button jd-button-primary" data-testid="save" disabled={saveState === 'saving'} onClick={onSave}>
          {saveState === 'saving' ? t('saving') : saveState === 'saved' ? t('alreadySaved') : t('save')}
        </button>
      )}
      <button type="button" class="jd-button" data-testid="close" aria-label={t('closeReader')} title={t('closeReader')} onClick={onClose}>
        ✕
      </button>
    </div>
  );
}

function TextControls({ fontSize, onFontStep, settingsOpen, onToggleSettings }: Pick<Props, 'fontSize' | 'onFontStep' | 'settingsOpen' | 'onToggleSettings'>) {
  return (
    <>
      <FontButton direction={-1} fontSize={fontSize} onFontStep={onFontStep} />
      <output class="jd-font-size" data-testid="font-size" aria-live="polite" aria-label={t('fontSizeValue', fontSize)}>
        {fontSize}
      </output>
      <FontButton direction={1} fontSize={fontSize} onFontStep={onFontStep} />
      <button
        type="button"
        class="jd-button"
        data-testid="settings-toggle"
        aria-expanded={settingsOpen}
        aria-controls="jd-settings-panel"
        aria-label={`Aa ${t('readerSettings')}`}
        title={t('readerSettings')}
        onClick={onToggleSettings}
      >
        Aa
      </button>
    </>
  );
}
