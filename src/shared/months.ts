import { z } from 'zod';
import { yearInRange, yearRangeMessage, type IsoDate } from './dates';

/** A calendar month as `YYYY-MM`. */
export type Month = string;

export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month as YYYY-MM')
  .refine(yearInRange, yearRangeMessage);

export function monthOf(date: IsoDate): Month {
  return date.slice(0, 7);
}

export function addMonths(month: Month, count: number): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function daysInMonth(month: Month): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function firstDayOf(month: Month): IsoDate {
  return `${month}-01`;
}

export function lastDayOf(month: Month): IsoDate {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/** §6: a month's tally is due on the policy's day of the following month. */
export function tallyDueOn(month: Month, dueDay: number): IsoDate {
  return `${addMonths(month, 1)}-${String(dueDay).padStart(2, '0')}`;
}

/** §6: the latest month whose tallies are overdue on `today` — last month once its due day has passed, else the month before. */
export function latestDueMonth(today: IsoDate, dueDay: number): Month {
  const lastMonth = addMonths(monthOf(today), -1);
  return today > tallyDueOn(lastMonth, dueDay) ? lastMonth : addMonths(lastMonth, -1);
}
