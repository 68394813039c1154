import * as z from 'zod';

/**
 * The calendar: every day and month the program reasons about, and all arithmetic on them.
 * Dates travel as ISO strings (`YYYY-MM-DD`, `YYYY-MM`, local moments `YYYY-MM-DDTHH:MM`)
 * — the form stored and sent over IPC, and ordered by plain string comparison. Arithmetic
 * is on whole days counted from 1970-01-01 in the proleptic Gregorian calendar, which is
 * what Temporal's PlainDate does; tests check every function here against Temporal
 * (temporal-polyfill) across 1900–2100. The polyfill itself is not used at run time: it
 * takes 8–25 µs per operation, and the training matrix alone does tens of thousands of
 * these for a large team; the integer arithmetic takes well under one.
 * "Today" is never read here: main's clock gives it, and the window receives it from main.
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
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
export const yearRangeMessage = `Use a year from ${FIRST_YEAR} to ${LAST_YEAR}`;

/** Whether the `YYYY` that starts a date, month or moment lies in FIRST_YEAR…LAST_YEAR. */
export function yearInRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  return y !== undefined && m !== undefined && d !== undefined && m >= 1 && m <= 12 && d >= 1 && d <= monthLength(y, m);
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

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const partsOf = (iso: string) => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });
const format = (y: number, m: number, d: number): IsoDate => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
function epochDay(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day count since 1970-01-01 (civil_from_days). */
function fromEpochDay(days: number): IsoDate {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const doe = shifted - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format(era * 400 + yoe + (m <= 2 ? 1 : 0), m, d);
}

const epochDayOf = (iso: IsoDate) => {
  const { y, m, d } = partsOf(iso);
  return epochDay(y, m, d);
};

/** The local calendar date of an instant (main's clock): the one way an instant becomes a day. */
export function toIsoDate(at: Date): IsoDate {
  return format(at.getFullYear(), at.getMonth() + 1, at.getDate());
}

/** The local wall-clock moment of an instant, to the minute: the form every incident time is typed in. */
export function toLocalMoment(at: Date): LocalMoment {
  return `${toIsoDate(at)}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Adds whole days (negative to go back). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromEpochDay(epochDayOf(iso) + days);
}

/** Adds whole months; a day past the target month's end falls back to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDate(iso: IsoDate, months: number): IsoDate {
  const { y, m, d } = partsOf(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(d, monthLength(year, month)));
}

/** Adds whole years; 29 February falls back to 28 February in a common year. */
export function addYears(iso: IsoDate, years: number): IsoDate {
  return addMonthsToDate(iso, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDayOf(to) - epochDayOf(from);
}

/** Whether `date` lies more than a year after `today`: such a date is probably a typo, so the UI asks first. */
export function isMoreThanAYearAhead(iso: IsoDate, today: IsoDate): boolean {
  return iso > addYears(today, 1);
}

/** ISO week of a date as `YYYY-Www` (the week's own year, which differs from the date's around New Year). */
export function isoWeekOf(iso: IsoDate): string {
  const day = epochDayOf(iso);
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const thursday = fromEpochDay(day - weekday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((epochDayOf(thursday) - epochDay(year, 1, 1)) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

export function monthOf(iso: IsoDate): Month {
  return iso.slice(0, 7);
}

export function addMonths(iso: Month, count: number): Month {
  return addMonthsToDate(`${iso}-01`, count).slice(0, 7);
}

export function daysInMonth(iso: Month): number {
  const { y, m } = partsOf(iso);
  return monthLength(y, m);
}

export function firstDayOf(iso: Month): IsoDate {
  return `${iso}-01`;
}

export function lastDayOf(iso: Month): IsoDate {
  return `${iso}-${pad(daysInMonth(iso))}`;
}

/** Months from `from` to `to`, both included, oldest first (empty when `to` is earlier). */
export function monthsFrom(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Month, to: Month): number {
  const index = (month: Month) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from);
}

/** January of the month's year: where a year to date starts. */
export function januaryOf(month: Month): Month {
  return `${month.slice(0, 4)}-01`;
}

/** §6: a month's tally is due on the policy's day of the following month. */
export function tallyDueOn(iso: Month, dueDay: number): IsoDate {
  return `${addMonths(iso, 1)}-${pad(dueDay)}`;
}

/** §6: the latest month whose tallies are overdue on `today` — last month once its due day has passed, else the month before. */
export function latestDueMonth(today: IsoDate, dueDay: number): Month {
  const lastMonth = addMonths(monthOf(today), -1);
  return today > tallyDueOn(lastMonth, dueDay) ? lastMonth : addMonths(lastMonth, -1);
}

const minutesOf = (moment: LocalMoment) => epochDayOf(moment.slice(0, 10)) * 1440 + Number(moment.slice(11, 13)) * 60 + Number(moment.slice(14, 16));

/** Shifts a local moment by hours, on the wall clock (a daylight-saving change does not move the hours). */
export function addHours(moment: LocalMoment, hours: number): LocalMoment {
  const minutes = minutesOf(moment) + Math.round(hours * 60);
  const day = Math.floor(minutes / 1440);
  const inDay = minutes - day * 1440;
  return `${fromEpochDay(day)}T${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`;
}

/** Wall-clock hours from one local moment to another (negative when `to` is earlier). */
export function hoursBetween(from: LocalMoment, to: LocalMoment): number {
  return (minutesOf(to) - minutesOf(from)) / 60;
}
