import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  loadSettings,
  normalizeSettings,
  stepFontSize,
  updateSettings,
} from '../../utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('reader settings', () => {
  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('remembers a change and keeps the other choices', async () => {
    await updateSettings({ fontSize: 22 });
    await updateSettings({ theme: 'dark' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, fontSize: 22, theme: 'dark' });
  });

  it('steps the font size by 2px within 12–32px', () => {
    expect(stepFontSize({ ...DEFAULT_SETTINGS, fontSize: 18 }, 1)).toBe(20);
    expect(stepFontSize({ ...DEFAULT_SETTINGS, fontSize: FONT_SIZE_MAX }, 1)).toBe(FONT_SIZE_MAX);
    expect(stepFontSize({ ...DEFAULT_SETTINGS, fontSize: FONT_SIZE_MIN }, -1)).toBe(FONT_SIZE_MIN);
  });

  it('repairs whatever storage holds', () => {
    expect(normalizeSettings({ fontSize: 99, theme: 'neon' as never, lineHeight: Number.NaN })).toEqual({
      ...DEFAULT_SETTINGS,
      fontSize: FONT_SIZE_MAX,
    });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
