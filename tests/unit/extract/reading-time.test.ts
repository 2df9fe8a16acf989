import { describe, expect, it } from 'vitest';
import { HANGUL_CHARS_PER_MINUTE, LATIN_WORDS_PER_MINUTE, readingMinutes } from '../../../utils/extract/reading-time';

describe('readingMinutes', () => {
  it('reads Korean by syllables, not by space-separated words', () => {
    const korean = '가'.repeat(HANGUL_CHARS_PER_MINUTE * 4);
    expect(readingMinutes(korean)).toBe(4);
    // The same syllables in few "words" take as long: spacing does not change reading time.
    expect(readingMinutes(korean.replace(/(.{50})/g, '$1 '))).toBe(4);
  });

  it('reads English by words', () => {
    expect(readingMinutes(Array(LATIN_WORDS_PER_MINUTE * 3).fill('word').join(' '))).toBe(3);
  });

  it('adds both for mixed text, and never says 0 for a short article', () => {
    expect(readingMinutes(`${'한'.repeat(HANGUL_CHARS_PER_MINUTE)} ${Array(LATIN_WORDS_PER_MINUTE).fill('AI').join(' ')}`)).toBe(2);
    expect(readingMinutes('짧은 속보.')).toBe(1);
    expect(readingMinutes('   ')).toBe(0);
  });
});
