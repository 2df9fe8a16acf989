/**
 * Display helpers shared by the reader, the popup and the library.
 */

/** `2024-02-06T02:51:21+09:00` → `2024.02.06 02:51`, in the wall-clock time the string states. */
export function formatDateTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return null;
  const [, y, m, d, h, min] = match;
  return `${y}.${m}.${d} ${h}:${min}`;
}

/** `2024-02-06T…` → `2024.02.06`. */
export function formatDate(iso: string | null | undefined): string | null {
  return formatDateTime(iso)?.slice(0, 10) ?? null;
}

/** `["김가나", "이다라"]` → `김가나·이다라 기자` for Korean names, `A, B` otherwise. */
export function formatReporters(names: string[], lang: string): string {
  if (names.length === 0) return '';
  const korean = names.every((name) => /^[가-힣]{2,4}$/u.test(name));
  if (korean && lang === 'ko') return `${names.join('·')} 기자`;
  return names.join(', ');
}

export function sectionPath(section: string | null, subsection: string | null): string | null {
  if (!section) return null;
  return subsection ? `${section} › ${subsection}` : section;
}
