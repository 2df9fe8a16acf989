import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** 머니투데이: `#articleView` paragraphs (empty `.ept` spacers), breadcrumb with `data-testid`. */
export const mt: SiteRule = {
  id: 'mt',
  name: '머니투데이',
  hosts: ['www.mt.co.kr', 'news.mt.co.kr'],
  matches: (url) => hostIs(url, 'mt.co.kr'),
  title: ['h1.headline', 'h1.subject', '.article_head h1'],
  body: ['#articleView', '#textBody[itemprop="articleBody"]', '#textBody'],
  byline: ['.name.col1 strong', '.reporter_info .name', '.infobox1 a'],
  remove: ['.ept', '.article_relation', '.ad_wrap', '.vc_banner'],
  section: (doc) => {
    const items = Array.from(doc.querySelectorAll('.breadcrumb a[data-testid="category"], .breadcrumb a'))
      .map((link) => link.textContent?.trim() ?? '')
      .filter((text) => text && !/^(?:홈|HOME|머니투데이)$/i.test(text));
    return items.length ? { section: items[0], subsection: items[1] ?? null } : null;
  },
};

/* Test URLs
https://www.mt.co.kr/industry/2026/01/06/2026010614380012345
*/
