/**
 * UI text from `_locales` (Korean and English), following the browser's language.
 */
import { browser } from 'wxt/browser';
import korean from '../public/_locales/ko/messages.json';

export type MessageKey = keyof typeof korean;

/** The translated message; Korean when the i18n API has nothing (tests, odd contexts). */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const args = substitutions.map(String);
  let message = '';
  try {
    message = browser.i18n.getMessage(key, args);
  } catch {
    message = '';
  }
  if (message) return message;
  return korean[key].message.replace(/\$(\d)/g, (_, index: string) => args[Number(index) - 1] ?? '');
}
