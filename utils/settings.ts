/**
 * Reader preferences, remembered in extension storage and applied at once wherever the reader runs.
 */
import { storage } from 'wxt/utils/storage';

export type FontFamily = 'sans' | 'serif' | 'system';
export type Theme = 'light' | 'sepia' | 'dark' | 'system';

export interface ReaderSettings {
  /** Body text size in CSS pixels. */
  fontSize: number;
  fontFamily: FontFamily;
  lineHeight: number;
  /** Maximum width of the text column, in `em` of the body text. */
  contentWidth: number;
  theme: Theme;
}

export const FONT_SIZE_MIN = 12;
export const FONT_SIZE_MAX = 32;
export const FONT_SIZE_STEP = 2;
export const LINE_HEIGHTS = [1.5, 1.7, 1.9, 2.1] as const;
export const CONTENT_WIDTHS = [30, 36, 42, 50] as const;

export const DEFAULT_SETTINGS: ReaderSettings = {
  fontSize: 18,
  fontFamily: 'sans',
  lineHeight: 1.9,
  contentWidth: 36,
  theme: 'system',
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Repairs whatever storage holds (older versions, hand edits) into valid settings. */
export function normalizeSettings(value: Partial<ReaderSettings> | null | undefined): ReaderSettings {
  const input = value ?? {};
  const number = (candidate: unknown, fallback: number) =>
    typeof candidate === 'number' && Number.isFinite(candidate) ? candidate : fallback;
  return {
    fontSize: clamp(Math.round(number(input.fontSize, DEFAULT_SETTINGS.fontSize)), FONT_SIZE_MIN, FONT_SIZE_MAX),
    fontFamily: (['sans', 'serif', 'system'] as const).includes(input.fontFamily as FontFamily)
      ? (input.fontFamily as FontFamily)
      : DEFAULT_SETTINGS.fontFamily,
    lineHeight: clamp(number(input.lineHeight, DEFAULT_SETTINGS.lineHeight), 1.2, 2.6),
    contentWidth: clamp(number(input.contentWidth, DEFAULT_SETTINGS.contentWidth), 24, 60),
    theme: (['light', 'sepia', 'dark', 'system'] as const).includes(input.theme as Theme)
      ? (input.theme as Theme)
      : DEFAULT_SETTINGS.theme,
  };
}

export const readerSettingsItem = storage.defineItem<ReaderSettings>('local:readerSettings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await readerSettingsItem.getValue());
}

export async function updateSettings(change: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...change });
  await readerSettingsItem.setValue(next);
  return next;
}

export function stepFontSize(settings: ReaderSettings, direction: 1 | -1): number {
  return clamp(settings.fontSize + direction * FONT_SIZE_STEP, FONT_SIZE_MIN, FONT_SIZE_MAX);
}

export function watchSettings(callback: (settings: ReaderSettings) => void): () => void {
  return readerSettingsItem.watch((value) => callback(normalizeSettings(value)));
}
