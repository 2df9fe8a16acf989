import { describe, expect, it } from 'vitest';
import { findLabeledDates, parseMachineDate, refineWithMachineDate, to24Hour } from '../../../utils/extract/dates';
import { assignDates } from '../../../utils/extract/visible';

const KST = 9 * 60;
const dates = (text: string) => assignDates(findLabeledDates(text));

describe('visible Korean date lines', () => {
  it.each([
    ['입력 2024.02.06 02:51', '2024-02-06T02:51:00+09:00'],
    ['입력2024-02-06 02:51:21', '2024-02-06T02:51:21+09:00'],
    ['기사입력 2021.10.04. 오후 4:26', '2021-10-04T16:26:00+09:00'],
    ['기사입력 2024-03-05 오후 12:20', '2024-03-05T12:20:00+09:00'],
    ['입력 2024.03.05. 오전 12:10', '2024-03-05T00:10:00+09:00'],
    ['송고2026-01-06 16:46', '2026-01-06T16:46:00+09:00'],
    ['입력 2026.01.06 (17:45)', '2026-01-06T17:45:00+09:00'],
    ['기사입력 2024년 03월 07일 (목) 10:15:33', '2024-03-07T10:15:33+09:00'],
    ['입력 : 2024-03-09 21:37:12', '2024-03-09T21:37:12+09:00'],
    ['등록 2026-01-06 15:45', '2026-01-06T15:45:00+09:00'],
  ])('%s', (text, iso) => {
    expect(dates(text).published?.iso).toBe(iso);
  });

  it('reads 입력 and 수정 together, in either order of label and date', () => {
    const leading = dates('입력 : 2019.11.02 08:09 | 수정 : 2019.11.02 09:00');
    expect(leading.published?.iso).toBe('2019-11-02T08:09:00+09:00');
    expect(leading.modified?.iso).toBe('2019-11-02T09:00:00+09:00');
    const trailing = dates('이준호 기자 2024.03.05 09:12 입력 2024.03.05 14:20 수정 댓글 3개');
    expect(trailing.published?.iso).toBe('2024-03-05T09:12:00+09:00');
    expect(trailing.modified?.iso).toBe('2024-03-05T14:20:00+09:00');
  });

  it('treats 승인 after 입력 as the modification, and alone as publication', () => {
    expect(dates('입력 2024.02.06 09:00 승인 2024.02.06 09:30').modified?.iso).toBe('2024-02-06T09:30:00+09:00');
    expect(dates('승인 2024.02.06 09:30').published?.iso).toBe('2024-02-06T09:30:00+09:00');
  });

  it('ignores unlabelled dates and impossible ones', () => {
    expect(findLabeledDates('2024년 3월 7일 목요일 날씨 맑음')).toEqual([]);
    expect(findLabeledDates('입력 2024.13.45 25:61')).toEqual([]);
  });
});

describe('machine dates', () => {
  it('keeps an explicit offset and expresses it in KST', () => {
    expect(parseMachineDate('2024-03-04T22:30:00Z', KST, KST)).toBe('2024-03-05T07:30:00+09:00');
    expect(parseMachineDate('2024-03-05T07:30:00+09:00', KST, KST)).toBe('2024-03-05T07:30:00+09:00');
  });

  it('reads offset-less and compact forms as KST wall clock', () => {
    expect(parseMachineDate('2024-03-05 07:30:12', KST)).toBe('2024-03-05T07:30:12+09:00');
    expect(parseMachineDate('20240731193413', KST)).toBe('2024-07-31T19:34:13+09:00');
  });

  it('refuses a bare day, which is not an instant', () => {
    expect(parseMachineDate('2024-03-05', KST)).toBeNull();
  });

  it('takes the machine seconds when they agree with the visible minute', () => {
    expect(refineWithMachineDate('2024-03-05T09:12:00+09:00', ['2024-03-05T09:12:30+09:00'])).toBe('2024-03-05T09:12:30+09:00');
    expect(refineWithMachineDate('2024-03-05T09:12:00+09:00', ['2024-03-05T11:00:00+09:00'])).toBe('2024-03-05T09:12:00+09:00');
  });

  it('converts 12-hour times with the noon and midnight cases', () => {
    expect([to24Hour(12, '오후'), to24Hour(12, '오전'), to24Hour(4, '오후'), to24Hour(9, '오전')]).toEqual([12, 0, 16, 9]);
  });
});
