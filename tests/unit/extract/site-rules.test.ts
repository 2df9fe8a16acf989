/**
 * Site rules are data: each has a fixture page with a gold answer, matches that page, and its
 * selectors find the page's title and body. The README's table is generated from them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../scripts/lib/node-dom';
import { SITE_RULES, renderSupportedSites } from '../../../utils/extract/site-rules';
import { FIXTURES, goldPages } from '../../support/fixtures';

const sitePages = goldPages('sites');

describe.each(SITE_RULES)('site rule $id', (rule) => {
  const pages = sitePages.filter((page) => page.name === rule.id || page.name.startsWith(`${rule.id}-`));

  it('has a fixture page with a gold answer', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [page.name, page] as const))('matches %s and finds its title and body', (_, page) => {
    const doc = parseDocument(page.html);
    expect(rule.matches(new URL(page.gold.url), doc)).toBe(true);
    expect(SITE_RULES.find((other) => other.matches(new URL(page.gold.url), doc))).toBe(rule);
    for (const field of ['title', 'body'] as const) {
      const selectors = rule[field] ?? [];
      if (selectors.length) expect(selectors.some((selector) => doc.querySelector(selector))).toBe(true);
    }
  });
});

describe('README supported-sites table', () => {
  it('is the table generated from the rules (run `npm run docs:sites` after changing a rule)', () => {
    const readme = readFileSync(join(FIXTURES, '../../README.md'), 'utf8');
    const section = /<!-- supported-sites:start -->\n([\s\S]*?)\n<!-- supported-sites:end -->/.exec(readme);
    expect(section?.[1]).toBe(renderSupportedSites());
  });

  it('lists every rule once', () => {
    expect(new Set(SITE_RULES.map((rule) => rule.id)).size).toBe(SITE_RULES.length);
  });
});
