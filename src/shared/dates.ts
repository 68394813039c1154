import { z } from 'zod';

/** A calendar date as `YYYY-MM-DD`, the only date form stored and sent over IPC. */
export type IsoDate = string;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (!y || !m || !d) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

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

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD')
  .refine(isRealDate, 'Not a real calendar date')
  .refine(yearInRange, yearRangeMessage);

/** The local calendar date of an instant. */
export function toIsoDate(at: Date): IsoDate {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/** Adds whole years; 29 February falls back to 28 February in a common year. (String arithmetic: it runs for every member on every roster read.) */
export function addYears(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const target = new Date(`${date}T00:00:00Z`);
  target.setUTCDate(target.getUTCDate() + days);
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether `date` lies more than a year after `today`: such a date is probably a typo, so the UI asks first. */
export function isMoreThanAYearAhead(date: IsoDate, today: IsoDate): boolean {
  return date > addYears(today, 1);
}
