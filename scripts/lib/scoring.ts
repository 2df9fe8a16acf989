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

/**
 * The article-extraction-benchmark metric (its evaluate.py): `\w+` tokens, except that every
 * Hangul, Han or Kana character is a token of its own; 4-token shingles; per page TP/FP/FN
 * normalised by their sum; precision and recall averaged over pages, F1 of the two means.
 */
const CJK_CLASS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}';
const SHINGLE_TOKEN = new RegExp(`[${CJK_CLASS}]|(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}_])+`, 'gu');

export interface ShingleCase {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function shingleCounts(tokens: string[], size: number): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + size);
    if (!shingle.length) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleCase(gold: string, predicted: string, size = 4): ShingleCase {
  const goldCounts = shingleCounts((gold || '').normalize('NFC').match(SHINGLE_TOKEN) ?? [], size);
  const predictedCounts = shingleCounts((predicted || '').normalize('NFC').match(SHINGLE_TOKEN) ?? [], size);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of goldCounts) {
    const other = predictedCounts.get(key) ?? 0;
    tp += Math.min(count, other);
    fn += Math.max(0, count - other);
  }
  for (const [key, count] of predictedCounts) fp += Math.max(0, count - (goldCounts.get(key) ?? 0));
  const sum = tp + fp + fn;
  [tp, fp, fn] = sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
  const precision = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function aggregateShingles(cases: ShingleCase[]): Prf {
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const precision = mean(cases.filter((c) => c.tp + c.fp > 0).map((c) => c.precision));
  const recall = mean(cases.filter((c) => c.tp + c.fn > 0).map((c) => c.recall));
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Text without whitespace, for mustKeep / mustNotContain checks. */
export function squash(text: string): string {
  return String(text ?? '').normalize('NFC').replace(/\s+/g, '');
}
