import type { SiteRule } from './types';

/** Registered rules, most specific first. The generic Korean rules apply to every other page. */
export const SITE_RULES: SiteRule[] = [];

export function findSiteRule(url: URL, doc: Document): SiteRule | null {
  return SITE_RULES.find((rule) => rule.matches(url, doc)) ?? null;
}

export type { SiteRule };
