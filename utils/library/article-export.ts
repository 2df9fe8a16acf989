/**
 * One saved article as a file: standalone HTML (sanitized again, no scripts, a CSP that allows
 * none) or Markdown. Metadata is written as escaped text, never as markup.
 */
import type { HtmlSanitizer } from '../extract/types';
import { formatDateTime, formatReporters, sectionPath } from '../format';
import { t } from '../i18n';
import type { SavedArticle } from '../db/schema';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const isWebUrl = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

/** Section, reporters, site and dates as plain lines, shared by both formats. */
function metadataLines(article: SavedArticle): string[] {
  const published = formatDateTime(article.publishedAt);
  const modified = formatDateTime(article.modifiedAt);
  const dates = [published && `${t('published')} ${published}`, modified && `${t('modified')} ${modified}`].filter(Boolean).join(' · ');
  const byline = [formatReporters(article.reporters, article.lang), article.siteName].filter(Boolean).join(' · ');
  return [sectionPath(article.section, article.subsection), byline, dates].filter((line): line is string => !!line);
}

// Self-contained page: inline styles only, no scripts, nothing loaded but images.
const HTML_CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'";
const HTML_STYLE = `body{max-width:40em;margin:2em auto;padding:0 1em;font:18px/1.8 'Apple SD Gothic Neo','Noto Sans KR','Nanum Gothic','Malgun Gothic',sans-serif;word-break:keep-all;color:#1d1d1f}
img{max-width:100%;height:auto}figcaption,.meta{color:#5a5a60;font-size:.85em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .5em}`;

export function articleToHtml(article: SavedArticle, sanitize: HtmlSanitizer): string {
  const meta = metadataLines(article)
    .map((line) => `<p class="meta">${escapeHtml(line)}</p>`)
    .join('\n');
  const original = isWebUrl(article.url) ? `<p class="meta"><a href="${escapeHtml(article.url)}">${escapeHtml(t('originalLink'))}</a></p>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(article.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<article>
<h1>${escapeHtml(article.title)}</h1>
${meta}
${sanitize(article.contentHtml)}
${original}
</article>
</body>
</html>
`;
}

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>])/g, '\\$1');
const HEADINGS: Record<string, string> = { H2: '##', H3: '###', H4: '####' };
const BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'UL', 'OL', 'FIGURE', 'FIGCAPTION', 'TABLE', 'PRE']);

/** Markdown of the sanitized article HTML, parsed by `parser` into an inert document (nothing loads or runs). */
export function articleToMarkdown(article: SavedArticle, sanitize: HtmlSanitizer, parser: DOMParser): string {
  const body = parser.parseFromString(sanitize(article.contentHtml), 'text/html').body;
  const lines = [`# ${escapeMarkdown(article.title)}`, metadataLines(article).map(escapeMarkdown).join('  \n'), blocksOf(body)];
  if (isWebUrl(article.url)) lines.push(`[${t('originalLink')}](<${article.url}>)`);
  return `${lines.filter(Boolean).join('\n\n')}\n`;
}

function blocksOf(parent: Node): string {
  const out: string[] = [];
  let inline = '';
  const flush = () => {
    if (inline.trim()) out.push(inline.trim());
    inline = '';
  };
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === 1 && BLOCKS.has((child as Element).tagName)) {
      flush();
      const block = blockOf(child as Element);
      if (block) out.push(block);
    } else inline += inlineOf(child);
  }
  flush();
  return out.join('\n\n');
}

function blockOf(element: Element): string {
  const tag = element.tagName;
  if (HEADINGS[tag]) return `${HEADINGS[tag]} ${inlineChildren(element).trim()}`;
  if (tag === 'BLOCKQUOTE') return blocksOf(element).split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
  if (tag === 'UL' || tag === 'OL') {
    const items = Array.from(element.children).filter((child) => child.tagName === 'LI');
    return items
      .map((item, index) => {
        const marker = tag === 'OL' ? `${index + 1}. ` : '- ';
        return marker + blocksOf(item).split('\n').join(`\n${' '.repeat(marker.length)}`);
      })
      .join('\n');
  }
  if (tag === 'FIGURE') return blocksOf(element);
  if (tag === 'FIGCAPTION') return `*${inlineChildren(element).trim()}*`;
  if (tag === 'PRE') return `\`\`\`\n${element.textContent ?? ''}\n\`\`\``;
  if (tag === 'TABLE') return tableOf(element);
  return inlineChildren(element).trim();
}

function tableOf(table: Element): string {
  const rows = Array.from(table.querySelectorAll('tr')).map((row) =>
    Array.from(row.children).map((cell) => inlineChildren(cell).trim().replace(/\|/g, '\\|').replace(/\n/g, ' ')),
  );
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`;
  return [line(rows[0]), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
}

function inlineChildren(element: Node): string {
  return Array.from(element.childNodes).map(inlineOf).join('');
}

function inlineOf(node: Node): string {
  if (node.nodeType === 3) return escapeMarkdown((node.textContent ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const inner = () => inlineChildren(element);
  switch (element.tagName) {
    case 'BR':
      return '  \n';
    case 'STRONG':
    case 'B':
      return `**${inner()}**`;
    case 'EM':
    case 'I':
      return `*${inner()}*`;
    case 'S':
      return `~~${inner()}~~`;
    case 'CODE':
      return `\`${element.textContent ?? ''}\``;
    case 'A': {
      const href = element.getAttribute('href');
      return isWebUrl(href) ? `[${inner()}](<${href}>)` : inner();
    }
    case 'IMG': {
      const src = element.getAttribute('src');
      return isWebUrl(src) ? `![${escapeMarkdown(element.getAttribute('alt') ?? '')}](<${src}>)` : '';
    }
    default:
      return BLOCKS.has(element.tagName) ? ` ${blockOf(element)} ` : inner();
  }
}

/** `2024-02-06-제목-앞부분.md`: the date, then the title without characters file systems refuse. */
export function articleFileName(article: SavedArticle, extension: 'html' | 'md'): string {
  const date = (article.publishedAt ?? article.savedAt).slice(0, 10);
  const title = article.title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${date}-${title || 'article'}.${extension}`;
}
