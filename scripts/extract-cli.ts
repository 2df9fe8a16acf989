/** The `extract` command: one JSON line per file (DESIGN.md §6). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../utils/extract';
import { decodeHtml, nodeSanitizer, parseDocument } from './lib/node-dom';

interface Job {
  file: string;
  url: string | null;
}

export function parseArgs(argv: string[]): Job[] {
  const jobs: Job[] = [];
  let pendingUrl: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (value === undefined) throw new Error('--url needs a value');
      const last = jobs[jobs.length - 1];
      if (last && last.url === null) last.url = value;
      else pendingUrl = value;
      continue;
    }
    jobs.push({ file: arg, url: pendingUrl });
    pendingUrl = null;
  }
  return jobs;
}

function pageUrl(job: Job, doc: Document): URL {
  const declared =
    job.url ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  if (declared) {
    try {
      return new URL(declared);
    } catch {
      // fall through to the file's own address
    }
  }
  return pathToFileURL(resolve(job.file));
}

export async function runExtractCli(argv: string[]): Promise<number> {
  let jobs: Job[];
  try {
    jobs = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`extract: ${(error as Error).message}\n`);
    return 2;
  }
  if (jobs.length === 0) {
    process.stderr.write('usage: npm run -s extract -- FILE... [--url URL]\n');
    return 2;
  }
  let failed = false;
  for (const job of jobs) {
    try {
      const bytes = readFileSync(job.file);
      const started = performance.now();
      const doc = parseDocument(decodeHtml(bytes).html);
      const parsed = performance.now();
      const url = pageUrl(job, doc);
      // Always extract (force): a page the detector doubts still gets its fields, and
      // `isArticle` carries the verdict.
      const result = extractArticle(doc, url, { sanitize: nodeSanitizer(), force: true });
      const extractMs = performance.now() - parsed;
      const article = result.article;
      const line = {
        isArticle: result.isArticle,
        title: article?.title ?? null,
        byline: article?.byline ?? null,
        reporters: article?.reporters ?? [],
        section: article?.section ?? null,
        subsection: article?.subsection ?? null,
        publishedAt: article?.publishedAt ?? null,
        modifiedAt: article?.modifiedAt ?? null,
        siteName: article?.siteName ?? null,
        lang: article?.lang ?? null,
        excerpt: article?.excerpt ?? null,
        textContent: article?.textContent ?? '',
        contentHtml: article?.contentHtml ?? '',
        readingMinutes: article?.readingMinutes ?? 0,
        url: article?.url ?? url.href,
        timing: { parseMs: round(parsed - started), extractMs: round(extractMs) },
      };
      process.stdout.write(JSON.stringify(line) + '\n');
    } catch (error) {
      failed = true;
      process.stdout.write(JSON.stringify({ file: job.file, error: (error as Error).message ?? String(error) }) + '\n');
    }
  }
  return failed ? 1 : 0;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
