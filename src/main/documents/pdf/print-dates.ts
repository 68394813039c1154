import type { IsoDate, Month } from '../../../shared/calendar';

/** Dates as printed on paper, the long US way the department writes them ("November 22, 2026"). */
const longDateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

const utc = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

export const longDate = (date: IsoDate): string => longDateFormat.format(utc(date));
export const monthName = (month: Month): string => monthFormat.format(utc(`${month}-01`));
export const shortMonthName = (month: Month): string => shortMonthFormat.format(utc(`${month}-01`));
