/** Tells a full disk or exhausted storage quota apart from other storage failures (Dexie wraps them). */
export function isQuotaError(error: unknown): boolean {
  const failure = error as { name?: string; inner?: { name?: string } } | null;
  return /Quota/i.test(failure?.name ?? '') || /Quota/i.test(failure?.inner?.name ?? '');
}
