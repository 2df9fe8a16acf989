/**
 * npm run bench: Jeongdok's extractor beside plain @mozilla/readability, in one process, on the
 * same DOM (linkedom), over the project's fixtures and, when present, ../shared/bench-data and
 * ../shared/fixtures. Prints body precision/recall/F1 per suite (the article-extraction-benchmark
 * shingle method; Korean suites also with Hangul bigrams), Korean field accuracy, and median/p95
 * time. Time excludes HTML parsing for both, and excludes DOMPurify for ours (plain Readability
 * does not sanitize; ours' sanitizing time is printed on its own).
 */
import { Readability } from '@mozilla/readability';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { extractArticle } from '../utils/extract';
import type { HtmlSanitizer } from '../utils/extract/types';
import { decodeHtml, htmlToText, nodeSanitizer, parseDocument } from './lib/node-dom';
import { aggregateShingles, koreanBodyScore, shingleCase, type Prf, type ShingleCase } from './lib/scoring';

const ROOT = resolve(import.meta.dirname ?? '.', '../../..');

interface GoldFields {
  isArticle?: boolean;
  title?: string | null;
  reporters?: string[];
  section?: string | null;
  publishedAt?: string | null;
}

interface BenchCase {
  id: string;
  url: string;
  html: () => string;
  trueText: string;
  gold?: GoldFields;
}

interface Outcome {
  ms: number;
  text: string;
  isArticle: boolean;
  title: string | null;
  reporters: string[];
  section: string | null;
  publishedAt: string | null;
}

interface CaseResult {
  id: string;
  ours: Outcome;
  readability: Outcome;
  sanitizeMs: number;
}

function projectRoot(): string {
  for (const candidate of [process.cwd(), ROOT]) if (existsSync(join(candidate, 'wxt.config.ts'))) return candidate;
  return process.cwd();
}

function goldFolder(dir: string): BenchCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json') && existsSync(join(dir, file.replace(/\.json$/, '.html'))))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const path = join(dir, file.replace(/\.json$/, '.html'));
      return {
        id: file.replace(/\.json$/, ''),
        url: gold.url,
        html: () => decodeHtml(readFileSync(path)).html,
        trueText: (gold.bodyParagraphs ?? []).join('\n'),
        gold,
      };
    });
}

function aebCases(dir: string): BenchCase[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id].url || 'https://example.com/',
      html: () => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
      trueText: truth[id].articleBody ?? '',
    }));
}

function rtpCases(dir: string): BenchCase[] {
  return readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'source.html')))
    .sort()
    .map((id) => ({
      id,
      url: 'http://fakehost/test/page.html',
      html: () => readFileSync(join(dir, id, 'source.html'), 'utf8'),
      trueText: htmlToText(readFileSync(join(dir, id, 'expected.html'), 'utf8')),
    }));
}

function runOurs(html: string, url: string, sanitize: HtmlSanitizer): { outcome: Outcome; sanitizeMs: number } {
  const doc = parseDocument(html);
  let sanitizeMs = 0;
  const timedSanitize: HtmlSanitizer = (input) => {
    const started = performance.now();
    const output = sanitize(input);
    sanitizeMs += performance.now() - started;
    return output;
  };
  const started = performance.now();
  const result = extractArticle(doc, new URL(url), { sanitize: timedSanitize, force: true });
  const ms = performance.now() - started - sanitizeMs;
  const article = result.article;
  return {
    sanitizeMs,
    outcome: {
      ms,
      text: article?.textContent ?? '',
      isArticle: result.isArticle,
      title: article?.title ?? null,
      reporters: article?.reporters ?? [],
      section: article?.section ?? null,
      publishedAt: article?.publishedAt ?? null,
    },
  };
}

function runReadability(html: string): Outcome {
  const doc = parseDocument(html);
  const started = performance.now();
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(doc.cloneNode(true) as Document).parse();
  } catch {
    parsed = null;
  }
  const ms = performance.now() - started;
  return {
    ms,
    text: parsed?.textContent ?? '',
    isArticle: !!parsed,
    title: parsed?.title ?? null,
    reporters: parsed?.byline ? [parsed.byline] : [],
    section: null,
    publishedAt: parsed?.publishedTime ?? null,
  };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (position - low);
};
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const f3 = (value: number) => value.toFixed(3);
const norm = (value: string | null | undefined) => (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim() || null;
const sameInstant = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? null) === null ? (b ?? null) === null : !!b && /(?:Z|[+-]\d\d:?\d\d)$/.test(b) && Date.parse(a!) === Date.parse(b);

function fieldAccuracy(results: CaseResult[], cases: BenchCase[], side: 'ours' | 'readability'): Record<string, number> {
  const articles = results.filter((_, i) => cases[i].gold?.isArticle);
  const golds = cases.filter((c) => c.gold?.isArticle).map((c) => c.gold!);
  const share = (test: (got: Outcome, gold: GoldFields) => boolean) =>
    articles.length ? articles.filter((r, i) => test(r[side], golds[i])).length / articles.length : NaN;
  return {
    title: share((got, gold) => norm(got.title) === norm(gold.title)),
    reporters: share((got, gold) => [...got.reporters].sort().join('|') === [...(gold.reporters ?? [])].sort().join('|')),
    section: share((got, gold) => norm(got.section) === norm(gold.section)),
    publishedAt: share((got, gold) => sameInstant(gold.publishedAt, got.publishedAt)),
  };
}

function printSuite(
  name: string,
  cases: BenchCase[],
  results: CaseResult[],
  worst: number,
): { ours: ShingleCase[]; readability: ShingleCase[] } {
  const scored = results.filter((_, i) => cases[i].trueText);
  const scoredCases = cases.filter((c) => c.trueText);
  const ours = scored.map((r, i) => shingleCase(scoredCases[i].trueText, r.ours.text));
  const readability = scored.map((r, i) => shingleCase(scoredCases[i].trueText, r.readability.text));
  const line = (label: string, prf: Prf, times: number[]) =>
    `  ${label.padEnd(12)} P ${f3(prf.precision)}  R ${f3(prf.recall)}  F1 ${f3(prf.f1)}   median ${quantile(times, 0.5).toFixed(1)} ms  p95 ${quantile(times, 0.95).toFixed(1)} ms`;
  console.log(`\n${name} (${cases.length} pages${scored.length !== cases.length ? `, ${scored.length} with a body` : ''})`);
  console.log(line('jeongdok', aggregateShingles(ours), results.map((r) => r.ours.ms)));
  console.log(line('readability', aggregateShingles(readability), results.map((r) => r.readability.ms)));
  if (cases.some((c) => c.gold)) {
    const bigram = (side: 'ours' | 'readability') => {
      const scores = scored.map((r, i) => koreanBodyScore(r[side].text, scoredCases[i].trueText).f1);
      return scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
    };
    const withGold = cases.filter((c) => c.gold);
    const detection = (side: 'ours' | 'readability') =>
      results.filter((r, i) => cases[i].gold && r[side].isArticle === (cases[i].gold!.isArticle ?? true)).length / withGold.length;
    for (const side of ['ours', 'readability'] as const) {
      const fields = fieldAccuracy(results, cases, side);
      console.log(
        `  ${(side === 'ours' ? 'jeongdok' : 'readability').padEnd(12)} Hangul-bigram F1 ${f3(bigram(side))}  isArticle ${pct(detection(side))}  ` +
          Object.entries(fields).map(([field, value]) => `${field} ${pct(value)}`).join('  '),
      );
    }
  }
  if (worst > 0) {
    const rows = scored
      .map((r, i) => ({ id: r.id, ours: ours[i], readability: readability[i] }))
      .sort((a, b) => a.ours.f1 - a.readability.f1 - (b.ours.f1 - b.readability.f1))
      .slice(0, worst);
    for (const row of rows) {
      console.log(
        `    ${row.id.slice(0, 40).padEnd(40)} ours P ${f3(row.ours.precision)} R ${f3(row.ours.recall)} | readability P ${f3(row.readability.precision)} R ${f3(row.readability.recall)}`,
      );
    }
  }
  const sanitize = results.map((r) => r.sanitizeMs);
  console.log(`  jeongdok sanitizing (DOMPurify on jsdom, not in the times above): median ${quantile(sanitize, 0.5).toFixed(1)} ms`);
  return { ours, readability };
}

export async function runBench(argv: string[] = []): Promise<void> {
  const worstIndex = argv.indexOf('--worst');
  const worst = worstIndex >= 0 ? Number(argv[worstIndex + 1]) || 10 : 0;
  const onlyIndex = argv.indexOf('--suite');
  const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : null;
  const root = projectRoot();
  const shared = resolve(root, '../shared');
  const suites: Array<[string, BenchCase[]]> = [];
  const own = ['korean', 'sites', 'generic', 'holdout', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6', 'holdout-7', 'holdout-8', 'non-articles'].flatMap((folder) => goldFolder(join(root, 'tests/fixtures', folder)));
  const ownIds = new Set(own.map((c) => c.id));
  const sharedKorean = goldFolder(join(shared, 'fixtures/korean')).filter((c) => !ownIds.has(c.id));
  suites.push(['korean fixtures (project + ../shared)', [...own, ...sharedKorean]]);
  const aebDir = join(shared, 'bench-data/article-extraction-benchmark');
  if (existsSync(join(aebDir, 'ground-truth.json'))) suites.push(['article-extraction-benchmark', aebCases(aebDir)]);
  const rtpDir = join(shared, 'bench-data/readability-test-pages');
  if (existsSync(rtpDir)) suites.push(['readability-test-pages', rtpCases(rtpDir)]);

  const sanitize = nodeSanitizer();
  // Warm both extractors up on a few pages of every suite, so JIT compilation is not charged
  // to whichever pages happen to come first.
  const warm = suites.flatMap(([, cases]) => cases.filter((_, i) => i % 15 === 0).slice(0, 6));
  for (const c of warm) {
    runOurs(c.html(), c.url, sanitize);
    runReadability(c.html());
  }

  const allOurs: ShingleCase[] = [];
  const allReadability: ShingleCase[] = [];
  const oursTimes: number[] = [];
  const readabilityTimes: number[] = [];
  for (const [name, cases] of suites) {
    if (only && !name.includes(only)) continue;
    const results: CaseResult[] = cases.map((c) => {
      const html = c.html();
      const { outcome, sanitizeMs } = runOurs(html, c.url, sanitize);
      return { id: c.id, ours: outcome, readability: runReadability(html), sanitizeMs };
    });
    const scores = printSuite(name, cases, results, worst);
    allOurs.push(...scores.ours);
    allReadability.push(...scores.readability);
    oursTimes.push(...results.map((r) => r.ours.ms));
    readabilityTimes.push(...results.map((r) => r.readability.ms));
  }
  const ratio = quantile(oursTimes, 0.5) / quantile(readabilityTimes, 0.5);
  console.log(
    `\nbench: f1 ${f3(aggregateShingles(allOurs).f1)} vs ${f3(aggregateShingles(allReadability).f1)} | speed ratio ${ratio.toFixed(2)}`,
  );
}
