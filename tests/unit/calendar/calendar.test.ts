import * as fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addHours,
  addMonths,
  addMonthsToDate,
  addYears,
  daysBetween,
  daysInMonth,
  hoursBetween,
  isoDateSchema,
  isoWeekOf,
  lastDayOf,
  latestDueMonth,
  monthSchema,
} from '../../../src/shared/calendar';

// The calendar's integer arithmetic is checked against Temporal's PlainDate across the years
// the program accepts (1900–2100), including every month end and 29 February.
const plainDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const monthEnd = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => Temporal.PlainYearMonth.from({ year: y, month: m }).toPlainDate({ day: 31 }).toString());
const anyDate = fc.oneof(plainDate, monthEnd, fc.constantFrom('2000-02-29', '2028-02-29', '1900-02-28', '2100-02-28', '2026-12-31', '2027-01-01'));
const T = (iso: string) => Temporal.PlainDate.from(iso);

describe('calendar (src/shared/calendar.ts) agrees with Temporal', () => {
  it('adds days, months and years the way Temporal does, clamping to the month end', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -800, max: 800 }), (iso, n) => {
        expect(addDays(iso, n)).toBe(T(iso).add({ days: n }).toString());
        expect(addMonthsToDate(iso, n % 60)).toBe(T(iso).add({ months: n % 60 }).toString());
        expect(addYears(iso, n % 30)).toBe(T(iso).add({ years: n % 30 }).toString());
        expect(addMonths(iso.slice(0, 7), n % 60)).toBe(Temporal.PlainYearMonth.from(iso.slice(0, 7)).add({ months: n % 60 }).toString());
      }),
      { numRuns: 3000 },
    );
  });

  it('counts days between two dates, month lengths and ISO weeks as Temporal does', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(daysBetween(a, b)).toBe(T(a).until(T(b), { largestUnit: 'days' }).days);
        expect(daysInMonth(a.slice(0, 7))).toBe(T(a).daysInMonth);
        expect(lastDayOf(a.slice(0, 7))).toBe(T(a).with({ day: T(a).daysInMonth }).toString());
        expect(isoWeekOf(a)).toBe(`${T(a).yearOfWeek}-W${String(T(a).weekOfYear).padStart(2, '0')}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('shifts local moments by wall-clock hours, as Temporal.PlainDateTime does', () => {
    const moment = fc.tuple(anyDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([d, h, m]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(moment, fc.integer({ min: -500, max: 500 }), (at, hours) => {
        const expected = Temporal.PlainDateTime.from(at).add({ hours });
        expect(addHours(at, hours)).toBe(expected.toString({ smallestUnit: 'minute' }));
        expect(hoursBetween(at, addHours(at, hours))).toBe(hours);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts only real dates and months from 1900 to 2100', () => {
    expect(isoDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2027-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('2026-04-31').success).toBe(false);
    expect(isoDateSchema.safeParse('1899-12-31').success).toBe(false);
    expect(monthSchema.safeParse('2101-01').success).toBe(false);
    expect(monthSchema.safeParse('2026-13').success).toBe(false);
  });

  it('§6: the month now due is last month once its due day has passed, else the month before', () => {
    expect(latestDueMonth('2026-12-10', 10)).toBe('2026-10');
    expect(latestDueMonth('2026-12-11', 10)).toBe('2026-11');
    expect(latestDueMonth('2027-01-01', 10)).toBe('2026-11');
  });
});
