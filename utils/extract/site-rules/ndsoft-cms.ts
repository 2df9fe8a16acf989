import type { SiteRule } from './types';

/**
 * The ND소프트 CMS behind hundreds of regional, trade and economic outlets
 * (`/news/articleView.html?idxno=`). Recognised by its markup, whatever the domain.
 */
export const ndsoftCms: SiteRule = {
  id: 'ndsoft-cms',
  name: 'ND소프트 CMS (지역·전문지 다수)',
  hosts: ['*/news/articleView.html?idxno=…'],
  matches: (url, doc) => /\/news\/articleView\.html/i.test(url.pathname) || !!doc.querySelector('#article-view-content-div'),
  title: ['h1.heading', 'h3.heading', '.article-head-title', '.article-header h1'],
  body: ['#article-view-content-div', 'article.article-veiw-body', '.article-veiw-body'],
  byline: ['.info-group .infomation li:first-child', '.info-group .byline', '.view-editors .writer'],
  remove: ['.view-editors', '.article-sponsor', '.article-copy', '.view-copyright', '.tag-group', '.relation', '.view-rel'],
};

/* Test URLs
https://www.aitimes.com/news/articleView.html?idxno=150000
*/
