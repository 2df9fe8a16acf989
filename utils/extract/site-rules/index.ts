import type { SiteRule } from './types';
import { chosun } from './chosun';
import { daumNews } from './daum-news';
import { donga } from './donga';
import { hani } from './hani';
import { hankyung } from './hankyung';
import { joongang } from './joongang';
import { kbs } from './kbs';
import { khan } from './khan';
import { mbc } from './mbc';
import { mk } from './mk';
import { mt } from './mt';
import { naverNews } from './naver-news';
import { ndsoftCms } from './ndsoft-cms';
import { news1 } from './news1';
import { newsis } from './newsis';
import { sbs } from './sbs';
import { yonhap } from './yonhap';
import { ytn } from './ytn';

/**
 * Registered rules: portals first (they carry other outlets' stories), then outlets, then CMS
 * families recognised by markup. The generic Korean rules apply to every other page, and under
 * every rule: a rule only adds selectors and facts the generic rules cannot see.
 */
export const SITE_RULES: SiteRule[] = [
  naverNews, daumNews,
  yonhap, chosun, joongang, donga, hani, khan, hankyung, mk, kbs, mbc, sbs, ytn, mt, newsis, news1,
  ndsoftCms,
];

export function findSiteRule(url: URL, doc: Document): SiteRule | null {
  return SITE_RULES.find((rule) => rule.matches(url, doc)) ?? null;
}

/** The README's supported-sites table, generated from the rules (a test keeps README.md equal to it). */
export function renderSupportedSites(rules: SiteRule[] = SITE_RULES): string {
  const rows = rules.map((rule) => `| ${rule.name} | ${rule.hosts.map((host) => `\`${host}\``).join(', ')} | \`${rule.id}\` |`);
  return ['| site | hosts | rule |', '|---|---|---|', ...rows].join('\n');
}

export type { SiteRule };
