/** Loading fixture pages and gold answers in unit tests (Node side: linkedom + jsdom-hosted DOMPurify). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeHtml, nodeSanitizer, parseDocument } from '../../scripts/lib/node-dom';
import { extractArticle, type ExtractionResult } from '../../utils/extract';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export interface Gold {
  url: string;
  isArticle: boolean;
  title: string | null;
  reporters: string[];
  section: string | null;
  subsection: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  siteName: string | null;
  lang: string;
  bodyParagraphs: string[];
  mustKeep?: string[];
  mustNotContain?: string[];
}

export interface GoldPage {
  name: string;
  html: string;
  gold: Gold;
}

/** Every `X.html` with an `X.json` beside it in a fixtures folder. */
export function goldPages(folder: string): GoldPage[] {
  const dir = join(FIXTURES, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.json$/, '');
      return {
        name,
        html: decodeHtml(readFileSync(join(dir, `${name}.html`))).html,
        gold: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold,
      };
    });
}

export function extractHtml(html: string, url: string, force = false): ExtractionResult {
  return extractArticle(parseDocument(html), new URL(url), { sanitize: nodeSanitizer(), force });
}
