/**
 * Body scores, computed the way the outside checks compute them (../shared/tools/*.mjs):
 * - `koreanBodyScore`: Hangul/CJK runs as character bigrams, other letters/digits as words,
 *   precision/recall over token multisets.
 * - `shingleBodyScore`: the article-extraction-benchmark method: `\w+` tokens (each Hangul,
 *   Han or Kana character its own token), 4-token shingles.
 */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{N}]/u;

export function koreanTokens(text: string): string[] {
  const normalized = String(text ?? '').normalize('NFKC').toLowerCase();
  const out: string[] = [];
  let run = '';
  let kind: 'cjk' | 'word' | null = null;
  const flush = () => {
    if (!run) return;
    if (kind === 'cjk') {
      const chars = Array.from(run);
      if (chars.length === 1) out.push(chars[0]);
      else for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    } else out.push(run);
    run = '';
    kind = null;
  };
  for (const char of normalized) {
    const next = CJK.test(char) ? 'cjk' : WORD.test(char) ? 'word' : null;
    if (next !== kind) flush();
    if (next) {
      kind = next;
      run += char;
    }
  }
  flush();
  return out;
}

function bag(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

export function prfOfBags(predicted: Map<string, number>, gold: Map<string, number>): Prf {
  let predictedCount = 0;
  let goldCount = 0;
  let overlap = 0;
  for (const count of predicted.values()) predictedCount += count;
  for (const [token, count] of gold) {
    goldCount += count;
    overlap += Math.min(count, predicted.get(token) ?? 0);
  }
  const precision = predictedCount ? overlap / predictedCount : 0;
  const recall = goldCount ? overlap / goldCount : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function koreanBodyScore(predicted: string, gold: string): Prf {
  return prfOfBags(bag(koreanTokens(predicted)), bag(koreanTokens(gold)));
}

const SHINGLE_TOKEN = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{P}\p{S}\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

export function shingles(text: string, size = 4): string[] {
  const tokens = String(text ?? '').toLowerCase().match(SHINGLE_TOKEN) ?? [];
  if (tokens.length < size) return tokens.length ? [tokens.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(' '));
  return out;
}

export function shingleBodyScore(predicted: string, gold: string): Prf {
  return prfOfBags(bag(shingles(predicted)), bag(shingles(gold)));
}

/** Text without whitespace, for mustKeep / mustNotContain checks. */
export function squash(text: string): string {
  return String(text ?? '').normalize('NFC').replace(/\s+/g, '');
}
