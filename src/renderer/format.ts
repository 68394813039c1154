/** Dates and times are shown the Coordinator's local way (the OS locale). */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDateTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : dateTime.format(at);
}

/** A calendar date (YYYY-MM-DD) in the local style, e.g. "22 Nov 2026" or "Nov 22, 2026". */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const at = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? isoDate : dateOnly.format(at);
}

/** Rule messages carry ISO dates (the rules know no locale); show them the local way. */
export function localizeDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => formatDate(iso));
}

/** A moment typed as local time (`YYYY-MM-DDTHH:MM`), shown the local way. */
export function formatMoment(moment: string | null | undefined): string {
  if (!moment) return '';
  const at = new Date(moment);
  return Number.isNaN(at.getTime()) ? moment : dateTime.format(at);
}

const monthOnly = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A month (YYYY-MM) in the local style, e.g. "Oct 2026". */
export function formatMonth(month: string): string {
  const at = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? month : monthOnly.format(at);
}
