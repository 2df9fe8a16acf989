/**
 * Reading time with a Korean reading speed. Hangul is read by syllable, not by word: adult
 * readers manage roughly 500 syllables a minute in news prose, while English runs near 230 words.
 */
export const HANGUL_CHARS_PER_MINUTE = 500;
export const LATIN_WORDS_PER_MINUTE = 230;

export function readingMinutes(text: string): number {
  const hangul = text.match(/[가-힣]/gu)?.length ?? 0;
  const words = text.replace(/[가-힣]+/gu, ' ').match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g)?.length ?? 0;
  const minutes = hangul / HANGUL_CHARS_PER_MINUTE + words / LATIN_WORDS_PER_MINUTE;
  return text.trim() ? Math.max(1, Math.round(minutes)) : 0;
}
