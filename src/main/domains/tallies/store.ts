import { type IsoDate, addMonths, type Month } from '../../../shared/calendar';
import { concernCategories, contactTypes, referralDestinations, type CorrectionReason, type Tally, type TallySummary } from '../../../shared/tallies';
import type { Db } from '../../store/open-database';

/** SQL for tallies and month reviews. Column names are the schema's snake_case of the shared keys. */
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const countColumns = [
  ...contactTypes.map((k) => ({ group: 'contacts' as const, key: k, column: `contacts_${snake(k)}` })),
  ...referralDestinations.map((k) => ({ group: 'referrals' as const, key: k, column: `referrals_${snake(k)}` })),
  ...concernCategories.map((k) => ({ group: 'concerns' as const, key: k, column: `concern_${snake(k)}` })),
];

type TallyRow = Record<string, number | string>;

function fromRow(row: TallyRow): Tally {
  const group = (name: 'contacts' | 'referrals' | 'concerns') =>
    Object.fromEntries(countColumns.filter((c) => c.group === name).map((c) => [c.key, row[c.column] as number]));
  return {
    memberId: row.member_id as number,
    month: row.month as string,
    noContacts: row.no_contacts === 1,
    contacts: group('contacts') as Tally['contacts'],
    hoursOnDuty: row.hours_on_duty as number,
    hoursOffDuty: row.hours_off_duty as number,
    referrals: group('referrals') as Tally['referrals'],
    concerns: group('concerns') as Tally['concerns'],
    submittedOn: row.submitted_on as string,
    corrections: row.corrections as number,
  };
}

export function tallyOf(db: Db, memberId: number, month: Month): Tally | null {
  const row = db.prepare('SELECT * FROM tallies WHERE member_id = ? AND month = ?').get(memberId, month) as TallyRow | undefined;
  return row ? fromRow(row) : null;
}

export function talliesOfMonth(db: Db, month: Month): Map<number, Tally> {
  const rows = db.prepare('SELECT * FROM tallies WHERE month = ?').all(month) as TallyRow[];
  return new Map(rows.map((row) => [row.member_id as number, fromRow(row)]));
}

/** Inserts or replaces a tally; the first submission date is kept, so a correction never makes a tally late. */
export function saveTally(db: Db, tally: Omit<Tally, 'submittedOn' | 'corrections'>, submittedOn: IsoDate): void {
  const values: Record<string, number | string> = {
    member_id: tally.memberId,
    month: tally.month,
    no_contacts: tally.noContacts ? 1 : 0,
    hours_on_duty: tally.hoursOnDuty,
    hours_off_duty: tally.hoursOffDuty,
    submitted_on: submittedOn,
  };
  for (const c of countColumns) values[c.column] = tally[c.group][c.key as never] as number;
  const columns = Object.keys(values);
  const updates = columns.filter((c) => !['member_id', 'month', 'submitted_on'].includes(c));
  db.prepare(
    `INSERT INTO tallies (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (member_id, month) DO UPDATE SET ${updates.map((c) => `${c} = excluded.${c}`).join(', ')}`,
  ).run(values);
}

export function recordCorrection(db: Db, memberId: number, month: Month, reason: CorrectionReason, at: string): void {
  db.prepare('INSERT INTO tally_corrections (member_id, month, reason, corrected_at) VALUES (?, ?, ?, ?)').run(memberId, month, reason, at);
  db.prepare('UPDATE tallies SET corrections = corrections + 1 WHERE member_id = ? AND month = ?').run(memberId, month);
}

export function monthReview(db: Db, month: Month): { reviewedBy: string; reviewedAt: string } | null {
  return (db.prepare('SELECT reviewed_by AS reviewedBy, reviewed_at AS reviewedAt FROM tally_month_reviews WHERE month = ?').get(month) as { reviewedBy: string; reviewedAt: string } | undefined) ?? null;
}

export function markReviewed(db: Db, month: Month, reviewedBy: string, at: string): void {
  db.prepare('INSERT INTO tally_month_reviews (month, reviewed_by, reviewed_at) VALUES (?, ?, ?)').run(month, reviewedBy, at);
}

/** §6 totals of a month, summed by SQLite: contacts by type, hours, referrals and concerns. */
export function monthTotals(db: Db, month: Month): Omit<TallySummary, 'submissions'> {
  return { month, ...rangeTotals(db, month, month) };
}

/** §6 totals of the months `from`–`to` inclusive. */
export function rangeTotals(db: Db, from: Month, to: Month): Omit<TallySummary, 'submissions' | 'month'> {
  const row = db
    .prepare(`SELECT ${countColumns.map((c) => `sum(${c.column}) AS ${c.column}`).join(', ')}, sum(hours_on_duty) AS hours_on_duty, sum(hours_off_duty) AS hours_off_duty, count(*) AS tallies FROM tallies WHERE month BETWEEN ? AND ?`)
    .get(from, to) as Record<string, number | null>;
  const group = (name: 'contacts' | 'referrals' | 'concerns') => Object.fromEntries(countColumns.filter((c) => c.group === name).map((c) => [c.key, row[c.column] ?? 0]));
  const contacts = group('contacts') as TallySummary['contacts'];
  return {
    tallies: row.tallies ?? 0,
    contacts,
    contactsTotal: Object.values(contacts).reduce((a, b) => a + b, 0),
    hoursOnDuty: row.hours_on_duty ?? 0,
    hoursOffDuty: row.hours_off_duty ?? 0,
    referrals: group('referrals') as TallySummary['referrals'],
    concerns: group('concerns') as TallySummary['concerns'],
  };
}

/** Contacts and hours per month of `from`–`to`, months without tallies included as zero. */
export function monthlyTrend(db: Db, from: Month, to: Month): { month: Month; contacts: number; hours: number }[] {
  const contactSum = countColumns.filter((c) => c.group === 'contacts').map((c) => c.column).join(' + ');
  const rows = db.prepare(`SELECT month, sum(${contactSum}) AS contacts, sum(hours_on_duty + hours_off_duty) AS hours FROM tallies WHERE month BETWEEN ? AND ? GROUP BY month`).all(from, to) as { month: string; contacts: number; hours: number }[];
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const trend: { month: Month; contacts: number; hours: number }[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) trend.push({ month, contacts: byMonth.get(month)?.contacts ?? 0, hours: byMonth.get(month)?.hours ?? 0 });
  return trend;
}

/** §3.E reviews of the months `from`–`to`. */
export function reviewsBetween(db: Db, from: Month, to: Month): { month: Month; reviewedBy: string; reviewedAt: string }[] {
  return (db.prepare('SELECT month, reviewed_by, reviewed_at FROM tally_month_reviews WHERE month BETWEEN ? AND ? ORDER BY month').all(from, to) as Record<string, string>[]).map((r) => ({
    month: r.month as string,
    reviewedBy: r.reviewed_by as string,
    reviewedAt: r.reviewed_at as string,
  }));
}
