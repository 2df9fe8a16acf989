import { t, type MessageKey } from '@/utils/i18n';
import { CONTENT_WIDTHS, LINE_HEIGHTS, type FontFamily, type ReaderSettings, type Theme } from '@/utils/settings';

interface Props {
  settings: ReaderSettings;
  onChange(change: Partial<ReaderSettings>): void;
}

interface Choice<T> {
  value: T;
  label: string;
}

/** One labelled group of native radio buttons: arrow keys move, screen readers announce the group. */
function ChoiceGroup<T extends string | number>(props: {
  name: string;
  legend: string;
  choices: Choice<T>[];
  value: T;
  onSelect(value: T): void;
}) {
  return (
    <fieldset class="jd-choice" data-testid={`setting-${props.name}`}>
      <legend>{props.legend}</legend>
      <div class="jd-choice-options">
        {props.choices.map((choice) => (
          <label key={String(choice.value)} class="jd-choice-option">
            <input
              type="radio"
              name={`jd-${props.name}`}
              value={String(choice.value)}
              checked={choice.value === props.value}
              onChange={() => props.onSelect(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const FONTS: Array<[FontFamily, MessageKey]> = [
  ['sans', 'fontSans'],
  ['serif', 'fontSerif'],
  ['system', 'fontSystem'],
];
const STEP_LABELS: MessageKey[] = ['stepNarrow', 'stepNormal', 'stepWide', 'stepWidest'];
const THEMES: Array<[Theme, MessageKey]> = [
  ['light', 'themeLight'],
  ['sepia', 'themeSepia'],
  ['dark', 'themeDark'],
  ['system', 'themeSystem'],
];

/** Font, line spacing, width and theme: each applied at once and remembered. */
export function ReaderSettingsPanel({ settings, onChange }: Props) {
  const steps = <T extends number>(values: readonly T[]) => values.map((value, index) => ({ value, label: t(STEP_LABELS[index]) }));
  return (
    <div class="jd-settings" data-testid="settings-panel" role="group" aria-label={t('readerSettings')}>
      <ChoiceGroup
        name="font"
        legend={t('fontFamily')}
        choices={FONTS.map(([value, key]) => ({ value, label: t(key) }))}
        value={settings.fontFamily}
        onSelect={(fontFamily) => onChange({ fontFamily })}
      />
      <ChoiceGroup
        name="line-height"
        legend={t('lineHeight')}
        choices={steps(LINE_HEIGHTS)}
        value={nearest(LINE_HEIGHTS, settings.lineHeight)}
        onSelect={(lineHeight) => onChange({ lineHeight })}
      />
      <ChoiceGroup
        name="width"
        legend={t('contentWidth')}
        choices={steps(CONTENT_WIDTHS)}
        value={nearest(CONTENT_WIDTHS, settings.contentWidth)}
        onSelect={(contentWidth) => onChange({ contentWidth })}
      />
      <ChoiceGroup
        name="theme"
        legend={t('theme')}
        choices={THEMES.map(([value, key]) => ({ value, label: t(key) }))}
        value={settings.theme}
        onSelect={(theme) => onChange({ theme })}
      />
    </div>
  );
}

function nearest<T extends number>(values: readonly T[], value: number): T {
  return values.reduce((best, candidate) => (Math.abs(candidate - value) < Math.abs(best - value) ? candidate : best), values[0]);
}
