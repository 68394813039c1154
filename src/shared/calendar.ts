import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';

/**
 * The calendar: every day and month the program reasons about, and all arithmetic on them.
 * Dates travel as ISO strings (`YYYY-MM-DD`, `YYYY-MM`, local moments `YYYY-MM-DDTHH:MM`)
 * — the form stored and sent over IPC, and ordered by plain string comparison. Arithmetic
 * goes through Temporal's plain (time-zone-free) types, so month ends, leap days and
 * daylight-saving changes are Temporal's problem, not ours. "Today" is never read here:
 * main's clock gives it (`todayOf`), and the window receives it from main.
 */

/** A calendar date as `YYYY-MM-DD`, the only date form stored and sent over IPC. */
export type IsoDate = string;
/** A calendar month as `YYYY-MM`. */
export type Month = string;
/** A wall-clock moment as `YYYY-MM-DDTHH:MM`, in the department's local time. */
export type LocalMoment = string;

/**
 * The years a date or month may fall in. Nothing in the program is older than 1900 or
 * later than 2100; a bound also keeps every report and every date loop finite (data safety).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
export const yearRangeMessage = `Use a year from ${FIRST_YEAR} to ${LAST_YEAR}`;

/** Whether the `YYYY` that starts a date, month or moment lies in FIRST_YEAR…LAST_YEAR. */
export function yearInRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

function isRealDate(value: string): boolean {
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' }).toString() === value;
  } catch {
    return false;
  }
}

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD')
  .refine(isRealDate, 'Not a real calendar date')
  .refine(yearInRange, yearRangeMessage);

export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month as YYYY-MM')
  .refine(yearInRange, yearRangeMessage);

const date = (iso: IsoDate) => Temporal.PlainDate.from(iso);
const month = (iso: Month) => Temporal.PlainYearMonth.from(iso);

/** The local calendar date of an instant (main's clock): the one way an instant becomes a day. */
export function toIsoDate(at: Date): IsoDate {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/** The local wall-clock moment of an instant, to the minute: the form every incident time is typed in. */
export function toLocalMoment(at: Date): LocalMoment {
  return `${toIsoDate(at)}T${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/** Adds whole days (negative to go back). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return date(iso).add({ days }).toString();
}

/** Adds whole months; a day past the target month's end falls back to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDate(iso: IsoDate, months: number): IsoDate {
  return date(iso).add({ months }).toString();
}

/** Adds whole years; 29 February falls back to 28 February in a common year. */
export function addYears(iso: IsoDate, years: number): IsoDate {
  return date(iso).add({ years }).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return date(from).until(date(to), { largestUnit: 'days' }).days;
}

/** Whether `date` lies more than a year after `today`: such a date is probably a typo, so the UI asks first. */
export function isMoreThanAYearAhead(iso: IsoDate, today: IsoDate): boolean {
  return iso > addYears(today, 1);
}

/** ISO week of a date as `YYYY-Www` (the week's own year, which differs from the date's around New Year). */
export function isoWeekOf(iso: IsoDate): string {
  const day = date(iso);
  return `${day.yearOfWeek}-W${String(day.weekOfYear).padStart(2, '0')}`;
}

export function monthOf(iso: IsoDate): Month {
  return iso.slice(0, 7);
}

export function addMonths(iso: Month, count: number): Month {
  return month(iso).add({ months: count }).toString();
}

export function daysInMonth(iso: Month): number {
  return month(iso).daysInMonth;
}

export function firstDayOf(iso: Month): IsoDate {
  return `${iso}-01`;
}

export function lastDayOf(iso: Month): IsoDate {
  return month(iso).toPlainDate({ day: month(iso).daysInMonth }).toString();
}

/** Months from `from` to `to`, both included, oldest first (empty when `to` is earlier). */
export function monthsFrom(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** §6: a month's tally is due on the policy's day of the following month. */
export function tallyDueOn(iso: Month, dueDay: number): IsoDate {
  return `${addMonths(iso, 1)}-${String(dueDay).padStart(2, '0')}`;
}

/** §6: the latest month whose tallies are overdue on `today` — last month once its due day has passed, else the month before. */
export function latestDueMonth(today: IsoDate, dueDay: number): Month {
  const lastMonth = addMonths(monthOf(today), -1);
  return today > tallyDueOn(lastMonth, dueDay) ? lastMonth : addMonths(lastMonth, -1);
}

/** Shifts a local moment by hours, on the wall clock (a DST change does not move the hours). */
export function addHours(moment: LocalMoment, hours: number): LocalMoment {
  return Temporal.PlainDateTime.from(moment).add({ hours }).toString({ smallestUnit: 'minute' });
}

/** Wall-clock hours from one local moment to another (negative when `to` is earlier). */
export function hoursBetween(from: LocalMoment, to: LocalMoment): number {
  return Temporal.PlainDateTime.from(from).until(Temporal.PlainDateTime.from(to), { largestUnit: 'hours' }).total({ unit: 'hours' });
}
