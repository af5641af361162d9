import { describe, expect, it } from 'vitest';
import { addMonths, formatDays, fromDays, isoWeekday, parseIsoDay, toDays } from '../../../src/util/calendar.ts';

describe('civil calendar arithmetic', () => {
  it('round-trips days and dates across leap years and centuries', () => {
    for (const iso of ['1970-01-01', '2000-02-29', '2021-12-31', '2022-01-01', '1900-03-01', '2100-12-31']) {
      expect(formatDays(toDays(parseIsoDay(iso)!))).toBe(iso);
    }
    expect(toDays({ y: 1970, m: 1, d: 1 })).toBe(0);
    expect(fromDays(toDays({ y: 2024, m: 3, d: 1 }) - 1)).toEqual({ y: 2024, m: 2, d: 29 });
  });

  it('gives ISO weekdays, Monday first', () => {
    expect(isoWeekday(toDays({ y: 2021, m: 12, d: 23 }))).toBe(4); // Thursday
    expect(isoWeekday(toDays({ y: 2021, m: 12, d: 26 }))).toBe(7); // Sunday
    expect(isoWeekday(toDays({ y: 1969, m: 12, d: 29 }))).toBe(1); // Monday, before the epoch
  });

  it('rejects impossible ISO days', () => {
    expect(parseIsoDay('2021-02-29')).toBeNull();
    expect(parseIsoDay('2021-13-01')).toBeNull();
    expect(parseIsoDay('23 Dec 2021')).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
  });

  it('adds months across year ends', () => {
    expect(addMonths(2021, 12, 1)).toEqual({ y: 2022, m: 1 });
    expect(addMonths(2022, 1, -1)).toEqual({ y: 2021, m: 12 });
    expect(addMonths(2021, 3, -15)).toEqual({ y: 2019, m: 12 });
  });
});
