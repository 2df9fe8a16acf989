/** The page's language, and whether its wall-clock times are Korean time. */
import { HANGUL_GLOBAL } from './patterns';

/** A Korean page: declared `ko`, a `.kr` host, or mostly Hangul. */
export function isKoreanPage(doc: Document, url: URL, sample: string): boolean {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  if (lang.startsWith('ko')) return true;
  if (lang && !lang.startsWith('ko') && !url.hostname.endsWith('.kr')) {
    return (sample.match(HANGUL_GLOBAL)?.length ?? 0) > sample.length * 0.3;
  }
  return url.hostname.endsWith('.kr') || (sample.match(HANGUL_GLOBAL)?.length ?? 0) > sample.length * 0.15;
}

/** An English page of a Korean outlet prints Korean wall-clock times too. */
export function koreanOutlet(text: string): boolean {
  if (/\bKST\b|Korea Standard Time/.test(text)) return true;
  return (text.match(/\bKorea|\bSeoul\b/g)?.length ?? 0) >= 3;
}

export function detectLang(doc: Document, text: string, korean: boolean): string {
  const hangul = text.match(HANGUL_GLOBAL)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (hangul > 0 && hangul * 2 >= latin) return 'ko';
  const declared = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0];
  if (declared && declared !== 'ko') return declared;
  return korean && hangul > 0 ? 'ko' : latin > 0 ? 'en' : declared || 'und';
}
