/**
 * 입력 and 수정 times: the visible date lines first, refined with the seconds of machine dates
 * that agree to the minute; then the machine dates; then a date shown without a label.
 */
import { parseMachineDate, refineWithMachineDate, shiftToOffset } from './dates';
import type { PageMetadata } from './metadata';
import { headerBlocks, headerText, tailText, type PageRegions } from './page-regions';
import type { SiteRule } from './site-rules';
import { datesInText, unlabeledDate, type VisibleDates } from './visible';

const PUBLISHED_DATA = ['data-published-time', 'data-date-time', 'data-regdate', 'data-pubdate', 'data-published'];
const MODIFIED_DATA = ['data-modify-date-time', 'data-modified-time', 'data-moddate', 'data-updated-time', 'data-modified', 'data-updated'];
/** Every element that can carry a machine date, found in one pass over the document. */
const DATED_ELEMENTS = ['[itemprop="datePublished"]', '[itemprop="dateModified"]', 'time[datetime]', ...[...PUBLISHED_DATA, ...MODIFIED_DATA].map((name) => `[${name}]`)].join(', ');

function machineDates(meta: PageMetadata, doc: Document, localOffset: number, outputOffset: number) {
  const parse = (value: string | null | undefined) => parseMachineDate(value, localOffset, outputOffset);
  const dated = Array.from(doc.querySelectorAll(DATED_ELEMENTS));
  const itemprop = (prop: string) => {
    const element = dated.find((candidate) => candidate.getAttribute('itemprop') === prop);
    return element?.getAttribute('datetime') ?? element?.getAttribute('content') ?? null;
  };
  const firstTime = dated.find((element) => element.tagName.toUpperCase() === 'TIME' && element.hasAttribute('datetime'))?.getAttribute('datetime') ?? null;
  // Dates some CMSs keep in data attributes for their scripts (`data-date-time`, `data-regdate`).
  const dataDate = (names: string[]) => {
    for (const name of names) {
      const value = dated.find((element) => element.hasAttribute(name))?.getAttribute(name);
      if (value) return value;
    }
    return null;
  };
  const published = [
    meta.jsonLd?.datePublished,
    meta.meta.get('article:published_time'),
    meta.meta.get('og:published_time'),
    meta.meta.get('og:regdate'),
    meta.meta.get('pubdate'),
    meta.meta.get('publishdate'),
    meta.meta.get('date'),
    meta.meta.get('dc.date.issued'),
    itemprop('datePublished'),
    dataDate(PUBLISHED_DATA),
    firstTime,
  ].map(parse);
  const modified = [
    meta.jsonLd?.dateModified,
    meta.meta.get('article:modified_time'),
    meta.meta.get('og:updated_time'),
    meta.meta.get('lastmod'),
    itemprop('dateModified'),
    dataDate(MODIFIED_DATA),
  ].map(parse);
  return { published, modified };
}

export function resolveDates(
  doc: Document,
  url: URL,
  meta: PageMetadata,
  rule: SiteRule | null,
  regions: PageRegions,
  localOffset: number,
): { publishedAt: string | null; modifiedAt: string | null } {
  // The header's date line first; a 수정/최종수정 printed under the body (or both) fills the gaps.
  const header = datesInText(headerText(regions));
  const footer = header.published && header.modified ? header : datesInText(tailText(regions));
  const visible: VisibleDates = { published: header.published ?? footer.published, modified: header.modified ?? footer.modified };
  const machine = machineDates(meta, doc, localOffset, localOffset);
  const fromRule = rule?.dates?.(doc, url);
  const ruleDate = (value: string | null | undefined, machineValues: Array<string | null>) =>
    refineWithMachineDate(parseMachineDate(value, localOffset, localOffset), machineValues);
  const toOutput = (iso: string | null | undefined) => (iso ? shiftToOffset(iso, localOffset) : null);
  const shownWithoutLabel = visible.published ? null : unlabeledDate(headerBlocks(regions), localOffset);
  let publishedAt =
    ruleDate(fromRule?.published, machine.published) ??
    (visible.published ? refineWithMachineDate(toOutput(visible.published.iso), machine.published) : null) ??
    machine.published.find(Boolean) ??
    (shownWithoutLabel ? refineWithMachineDate(shownWithoutLabel, machine.published) : null) ??
    null;
  let modifiedAt =
    ruleDate(fromRule?.modified, machine.modified) ??
    (visible.modified ? refineWithMachineDate(toOutput(visible.modified.iso), machine.modified) : null) ??
    (visible.published ? null : (machine.modified.find(Boolean) ?? null));
  if (!publishedAt && modifiedAt) [publishedAt, modifiedAt] = [modifiedAt, null];
  return { publishedAt, modifiedAt };
}
