/** The reader's keys, shared by the reader on a page and the saved-article reader. */
const FONT_KEYS: Record<string, 1 | -1> = { Minus: -1, NumpadSubtract: -1, Equal: 1, NumpadAdd: 1 };

export type ReaderKey = 'close' | 1 | -1 | null;

/**
 * Esc closes; `-`/`+` change the text size. Matched by `KeyboardEvent.code`, not `key`, so they
 * work while a Korean IME is in Hangul mode. Typing in a text field is typing, not a shortcut.
 */
export function readerKey(event: KeyboardEvent): ReaderKey {
  if (event.key === 'Escape') return 'close';
  const target = event.composedPath()[0] as HTMLElement | undefined;
  const typing =
    target &&
    (target.isContentEditable ||
      /^(?:TEXTAREA|SELECT)$/.test(target.tagName) ||
      (target.tagName === 'INPUT' && !/^(?:radio|checkbox|button|submit|reset|range)$/i.test((target as HTMLInputElement).type)));
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return null;
  return FONT_KEYS[event.code] ?? null;
}
