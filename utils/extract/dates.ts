import {
  APPROVED_LABEL,
  BARE_DATETIME,
  COMPACT_DATETIME,
  DATE_LABEL,
  DATE_TIME,
  ENGLISH_DATE_TIME,
  LABEL_DATE_GAP,
  MACHINE_DATETIME,
  MODIFIED_LABEL,
  MONTHS,
  PUBLISHED_LABEL,
} from './patterns';

/** Korean Standard Time has no daylight saving: always +09:00. */
export const KST_OFFSET_MINUTES = 9 * 60;

export type DateRole = 'published' | 'modified' | 'approved';

export interface LabeledDate {
  role: DateRole;
  /** ISO 8601 with offset. */
  iso: string;
  /** The page stated seconds. */
  hasSeconds: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function isValidParts(y: number, m: number, d: number, h: number, min: number, s: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && h <= 23 && min <= 59 && s <= 59;
}

/** Builds an ISO string for a wall-clock time at a fixed offset (minutes east of UTC). */
export function wallClockToIso(
  y: number, m: number, d: number, h: number, min: number, s: number, offsetMinutes: number,
): string | null {
  if (!isValidParts(y, m, d, h, min, s)) return null;
  return `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}:${pad(s)}${formatOffset(offsetMinutes)}`;
}

/** 12-hour clock to 24-hour; `오후 12:30` stays 12:30 and `오전 12:10` becomes 00:10. */
export function to24Hour(hour: number, meridiem?: string): number {
  if (!meridiem) return hour;
  const pm = meridiem === '오후' || meridiem.toLowerCase() === 'pm';
  if (pm) return hour < 12 ? hour + 12 : hour;
  return hour === 12 ? 0 : hour;
}

/** Re-expresses an instant at the given offset, so Korean pages read in KST whatever the meta said. */
export function shiftToOffset(iso: string, offsetMinutes: number): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const local = new Date(ms + offsetMinutes * 60_000);
  return wallClockToIso(
    local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(),
    local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds(), offsetMinutes,
  );
}

/**
 * Parses a machine date from meta tags, JSON-LD, `<time datetime>` or `data-*` attributes.
 * A value without an offset is wall-clock time at `assumedOffset` (KST for Korean pages).
 * The result is expressed at `outputOffset` when given.
 */
export function parseMachineDate(
  value: string | null | undefined,
  assumedOffset: number,
  outputOffset?: number,
): string | null {
  if (!value) return null;
  const text = value.trim();
  let iso: string | null = null;
  const compact = COMPACT_DATETIME.exec(text);
  if (compact) {
    const [, y, m, d, h, min, s] = compact;
    iso = wallClockToIso(+y, +m, +d, +h, +min, +(s ?? 0), assumedOffset);
  } else {
    const machine = MACHINE_DATETIME.exec(text);
    if (machine) {
      const [, y, m, d, h, min, s, zone] = machine;
      if (h === undefined) return null; // a bare day is too vague for an instant
      let offset = assumedOffset;
      if (zone) {
        if (zone.toUpperCase() === 'Z') offset = 0;
        else {
          const digits = zone.replace(':', '');
          const sign = digits[0] === '-' ? -1 : 1;
          offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
        }
      }
      iso = wallClockToIso(+y, +m, +d, +h, +min, +(s ?? 0), offset);
    } else {
      const bare = BARE_DATETIME.exec(text);
      if (bare) iso = isoFromBareMatch(bare, assumedOffset);
    }
  }
  if (iso && outputOffset !== undefined) return shiftToOffset(iso, outputOffset);
  return iso;
}

function isoFromBareMatch(match: RegExpExecArray, offset: number): string | null {
  const [, y, m, d, meridiem, h, min, s] = match;
  return wallClockToIso(fullYear(y), +m, +d, to24Hour(+h, meridiem), +min, +(s ?? 0), offset);
}

/** `24` → 2024: board software and citizen-journalism sites print two-digit years. */
function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

function roleOfLabel(label: string): DateRole | null {
  const normalized = label.replace(/\s+/g, '');
  if (PUBLISHED_LABEL.test(normalized)) return 'published';
  if (MODIFIED_LABEL.test(normalized)) return 'modified';
  if (APPROVED_LABEL.test(normalized)) return 'approved';
  return null;
}

interface Token {
  start: number;
  end: number;
}

/**
 * Finds labelled dates in visible text: `입력 2024.02.06 02:51`, `기사입력 2021.10.04. 오후 4:26`,
 * and pages that put the label after the date (`2024.03.05 09:12 입력 2024.03.05 14:20 수정`).
 * Which way a page labels is read from whichever comes first, a label or a date, so that
 * `09:12 입력 2024.03.05 14:20` is never read as "입력 14:20". Times are wall clock at `offset`.
 */
export function findLabeledDates(text: string, offset = KST_OFFSET_MINUTES): LabeledDate[] {
  const labels: Array<Token & { role: DateRole }> = [];
  for (const match of text.matchAll(DATE_LABEL)) {
    const role = roleOfLabel(match[1]);
    if (role) labels.push({ start: match.index!, end: match.index! + match[0].length, role });
  }
  if (labels.length === 0) return [];
  const dates: Array<Token & { iso: string; hasSeconds: boolean }> = [];
  for (const match of text.matchAll(DATE_TIME)) {
    const [, y, m, d, meridiem, h, min, s] = match;
    const iso = wallClockToIso(fullYear(y), +m, +d, to24Hour(+h, meridiem), +min, +(s ?? 0), offset);
    if (iso) dates.push({ start: match.index!, end: match.index! + match[0].length, iso, hasSeconds: s !== undefined });
  }
  for (const match of text.matchAll(ENGLISH_DATE_TIME)) {
    const [, month, d, y, h, min, s, meridiem] = match;
    const iso = wallClockToIso(+y, MONTHS.indexOf(month.toLowerCase().slice(0, 3)) + 1, +d, to24Hour(+h, meridiem?.replace(/\./g, '')), +min, +(s ?? 0), offset);
    if (iso) dates.push({ start: match.index!, end: match.index! + match[0].length, iso, hasSeconds: s !== undefined });
  }
  dates.sort((a, b) => a.start - b.start);
  const gap = (from: number, to: number) => to >= from && to - from <= 12 && LABEL_DATE_GAP.test(text.slice(from, to));
  const labelBefore = (date: Token) => labels.find((label) => gap(label.end, date.start));
  const labelAfter = (date: Token) => labels.find((label) => gap(date.end, label.start));
  // Read the text both ways and keep the reading that labels more dates; a tie goes to labels
  // before dates, the common way. `06:10 업데이트 15:42` is then "06:10, updated 15:42".
  const assign = (trailing: boolean) => {
    const used = new Set<Token>();
    const out: Array<{ date: (typeof dates)[number]; role: DateRole }> = [];
    for (const date of dates) {
      const label = trailing ? labelAfter(date) : labelBefore(date);
      if (!label || used.has(label)) continue;
      used.add(label);
      out.push({ date, role: label.role });
    }
    return out;
  };
  const leading = assign(false);
  const trailing = assign(true);
  const chosen = trailing.length > leading.length ? trailing : leading;
  if (chosen.length === 0) return [];
  // An unlabelled date just before the modification time is the publication time (`06:10 | 수정 15:42`).
  if (!chosen.some((entry) => entry.role === 'published' || entry.role === 'approved')) {
    const firstModified = chosen.find((entry) => entry.role === 'modified')!;
    const before = dates.filter((date) => date.end <= firstModified.date.start && firstModified.date.start - date.end <= 40);
    const unlabelled = before.find((date) => !chosen.some((entry) => entry.date === date));
    if (unlabelled) chosen.unshift({ date: unlabelled, role: 'published' });
  }
  return chosen
    .sort((a, b) => a.date.start - b.date.start)
    .map(({ date, role }) => ({ role, iso: date.iso, hasSeconds: date.hasSeconds }));
}

/** Finds the first unlabelled date-time in a short text (`2026. 1. 6. 16:19`). */
export function findBareDate(text: string, offset = KST_OFFSET_MINUTES): string | null {
  const match = BARE_DATETIME.exec(text);
  return match ? isoFromBareMatch(match, offset) : null;
}

/** The same instant to the minute: a visible `14:20` agrees with meta `14:20:37`. */
export function sameMinute(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return false;
  return Math.floor(ta / 60_000) === Math.floor(tb / 60_000);
}

/**
 * Combines a visible (minute-precise) date with machine dates: the machine value wins when it
 * agrees to the minute, because it carries the seconds the page did not print.
 */
export function refineWithMachineDate(visible: string | null, machine: Array<string | null>): string | null {
  if (!visible) return null;
  for (const candidate of machine) {
    if (candidate && sameMinute(visible, candidate)) return candidate;
  }
  return visible;
}
