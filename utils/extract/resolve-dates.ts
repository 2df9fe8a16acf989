/**
 * 입력 and 수정 times: the visible date lines first, refined with the seconds of machine dates
 * that agree to the minute; then the machine dates; then a date shown without a label.
 */
import { parseMachineDate, refineWithMachineDate, shiftToOffset } from './dates';
import type { PageMetadata } from './metadata';
import { headerBlocks, headerText, tailText, type PageRegions } from './page-regions';
import type { SiteRule } from './site-rules';
import { datesInText, unlabeledDate, type VisibleDates } from './visible';

function machineDates(meta: PageMetadata, doc: Document, localOffset: number, outputOffset: number) {
  const parse = (value: string | null | undefined) => parseMachineDate(value, localOffset, outputOffset);
  const timeElement = (prop: string) =>
    doc.querySelector(`[itemprop="${prop}"]`)?.getAttribute('datetime') ??
    doc.querySelector(`[itemprop="${prop}"]`)?.getAttribute('content') ??
    null;
  const firstTime = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const published = [
    meta.jsonLd?.datePublished,
    meta.meta.get('article:published_time'),
    meta.meta.get('og:published_time'),
    meta.meta.get('og:regdate'),
    meta.meta.get('pubdate'),
    meta.meta.get('publishdate'),
    meta.meta.get('date'),
    meta.meta.get('dc.date.issued'),
    timeElement('datePublished'),
    firstTime,
  ].map(parse);
  const modified = [
    meta.jsonLd?.dateModified,
    meta.meta.get('article:modified_time'),
    meta.meta.get('og:updated_time'),
    meta.meta.get('lastmod'),
    timeElement('dateModified'),
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
  let visible: VisibleDates = datesInText(headerText(regions));
  if (!visible.published && !visible.modified) visible = datesInText(tailText(regions));
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
