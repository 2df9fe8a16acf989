/**
 * Search text: how titles, reporters and bodies are normalized for matching, and how one
 * article's match is ranked. Pure; the database keeps a normalized copy of each article
 * (utils/db/search.ts) and scans it with these functions.
 */

/** Title hits rank above reporter hits, which rank above body hits (per query term). */
export const FIELD_WEIGHTS = { title: 100, reporters: 10, body: 1 } as const;

const SPACES = /\s+/gu;
// A syllable still being composed (ㅎ, ㅏ) at the end of the query: match what is complete so far.
const TRAILING_JAMO = /[\u1100-\u11ff\u3131-\u318e]+$/u;

/** NFC (a page may store decomposed Hangul), lower case, single spaces. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(SPACES, ' ').trim();
}

/** The terms of a query: every one must match somewhere. Empty when there is nothing to look for. */
export function queryTerms(query: string): string[] {
  const terms = normalizeSearchText(query)
    .split(' ')
    .map((term) => term.replace(TRAILING_JAMO, ''))
    .filter(Boolean);
  return [...new Set(terms)];
}

export interface SearchFields {
  title: string;
  reporters: string;
  body: string;
}

/** The score of an article for the terms: 0 when a term is missing, higher for title hits. */
export function scoreMatch(fields: SearchFields, terms: string[]): number {
  let score = 0;
  for (const term of terms) {
    if (fields.title.includes(term)) score += FIELD_WEIGHTS.title;
    else if (fields.reporters.includes(term)) score += FIELD_WEIGHTS.reporters;
    else if (fields.body.includes(term)) score += FIELD_WEIGHTS.body;
    else return 0;
  }
  return score;
}
