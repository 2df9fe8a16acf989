import type { SiteRule } from './types';
import { hostIs } from './helpers';

/** KBS: broadcast scripts in `#cont_newstext` ([앵커]/[리포트]), camera credits that are not reporters. */
export const kbs: SiteRule = {
  id: 'kbs',
  name: 'KBS',
  hosts: ['news.kbs.co.kr'],
  matches: (url) => hostIs(url, 'news.kbs.co.kr'),
  title: ['h4.headline-title', '.landing-caption .headline-title', '#content h4'],
  body: ['#cont_newstext', '.detail-body'],
  byline: ['.reporter-area .name', '.reporter-box .name', '.name span'],
  remove: ['.box-jebo', '.tts-layer', '.reporter-area'],
};

/* Test URLs
https://news.kbs.co.kr/news/pc/view/view.do?ncd=7851234
*/
