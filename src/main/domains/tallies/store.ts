import { type IsoDate, type Month, monthsFrom } from '../../../shared/calendar';
import type { CorrectionReason, Tally, TallySummary } from '../../../shared/tallies';
import type { ReadDb, WriteDb } from '../../store/store';

/**
 * SQL for tallies and month reviews. Column names are the schema's snake_case of the shared
 * keys (migration 0007 writes them out); the three lists below name every count column.
 */
const contactColumns = [
  'contacts_one_on_one',
  'contacts_group',
  'contacts_on_scene',
  'contacts_defusing',
  'contacts_debriefing',
  'contacts_follow_up',
  'contacts_family',
  'contacts_hospital_visit',
] as const;
const referralColumns = ['referrals_eap', 'referrals_clinician', 'referrals_chaplain', 'referrals_other'] as const;
const concernColumns = [
  'concern_critical_incident_stress',
  'concern_family',
  'concern_grief',
  'concern_substance_use',
  'concern_workplace',
  'concern_health',
  'concern_finances',
  'concern_legal',
  'concern_suicide_risk',
  'concern_undisclosed',
] as const;
const countColumns = [...contactColumns, ...referralColumns, ...concernColumns];

type CountColumn = (typeof countColumns)[number];
/** The count columns of a row: one tally's, or the sums over several. */
type CountRow = Record<CountColumn, number>;

/** A row of `tallies`. */
interface TallyRow extends CountRow {
  member_id: number;
  month: Month;
  /** 0 or 1 (CHECK in migration 0007). */
  no_contacts: number;
  hours_on_duty: number;
  hours_off_duty: number;
  submitted_on: IsoDate;
  corrections: number;
}

/** A row of `tally_month_reviews`. */
interface ReviewRow {
  month: Month;
  reviewed_by: string;
  reviewed_at: string;
}

/** The counts of a row under the shared keys. */
function countsFromRow(row: CountRow): Pick<Tally, 'contacts' | 'referrals' | 'concerns'> {
  return {
    contacts: {
      oneOnOne: row.contacts_one_on_one,
      group: row.contacts_group,
      onScene: row.contacts_on_scene,
      defusing: row.contacts_defusing,
      debriefing: row.contacts_debriefing,
      followUp: row.contacts_follow_up,
      family: row.contacts_family,
      hospitalVisit: row.contacts_hospital_visit,
    },
    referrals: { eap: row.referrals_eap, clinician: row.referrals_clinician, chaplain: row.referrals_chaplain, other: row.referrals_other },
    concerns: {
      criticalIncidentStress: row.concern_critical_incident_stress,
      family: row.concern_family,
      grief: row.concern_grief,
      substanceUse: row.concern_substance_use,
      workplace: row.concern_workplace,
      health: row.concern_health,
      finances: row.concern_finances,
      legal: row.concern_legal,
      suicideRisk: row.concern_suicide_risk,
      undisclosed: row.concern_undisclosed,
    },
  };
}

/** The counts of a tally in their columns: the inverse of countsFromRow. */
function countsToRow({ contacts, referrals, concerns }: Pick<Tally, 'contacts' | 'referrals' | 'concerns'>): CountRow {
  return {
    contacts_one_on_one: contacts.oneOnOne,
    contacts_group: contacts.group,
    contacts_on_scene: contacts.onScene,
    contacts_defusing: contacts.defusing,
    contacts_debriefing: contacts.debriefing,
    contacts_follow_up: contacts.followUp,
    contacts_family: contacts.family,
    contacts_hospital_visit: contacts.hospitalVisit,
    referrals_eap: referrals.eap,
    referrals_clinician: referrals.clinician,
    referrals_chaplain: referrals.chaplain,
    referrals_other: referrals.other,
    concern_critical_incident_stress: concerns.criticalIncidentStress,
    concern_family: concerns.family,
    concern_grief: concerns.grief,
    concern_substance_use: concerns.substanceUse,
    concern_workplace: concerns.workplace,
    concern_health: concerns.health,
    concern_finances: concerns.finances,
    concern_legal: concerns.legal,
    concern_suicide_risk: concerns.suicideRisk,
    concern_undisclosed: concerns.undisclosed,
  };
}

function fromRow(row: TallyRow): Tally {
  return {
    memberId: row.member_id,
    month: row.month,
    noContacts: row.no_contacts === 1,
    ...countsFromRow(row),
    hoursOnDuty: row.hours_on_duty,
    hoursOffDuty: row.hours_off_duty,
    submittedOn: row.submitted_on,
    corrections: row.corrections,
  };
}

function reviewFromRow(row: ReviewRow): { month: Month; reviewedBy: string; reviewedAt: string } {
  return { month: row.month, reviewedBy: row.reviewed_by, reviewedAt: row.reviewed_at };
}

export function tallyOf(db: ReadDb, memberId: number, month: Month): Tally | null {
  const row = db.prepare<[number, Month], TallyRow>('SELECT * FROM tallies WHERE member_id = ? AND month = ?').get(memberId, month);
  return row ? fromRow(row) : null;
}

export function talliesOfMonth(db: ReadDb, month: Month): Map<number, Tally> {
  const rows = db.prepare<[Month], TallyRow>('SELECT * FROM tallies WHERE month = ?').all(month);
  return new Map(rows.map((row) => [row.member_id, fromRow(row)]));
}

/** A tally's row as it is written. */
function rowOf(tally: Omit<Tally, 'submittedOn' | 'corrections'>, submittedOn: IsoDate): Omit<TallyRow, 'corrections'> {
  return {
    member_id: tally.memberId,
    month: tally.month,
    no_contacts: tally.noContacts ? 1 : 0,
    hours_on_duty: tally.hoursOnDuty,
    hours_off_duty: tally.hoursOffDuty,
    submitted_on: submittedOn,
    ...countsToRow(tally),
  };
}

/** Inserts or replaces a tally; the first submission date is kept, so a correction never makes a tally late. */
export function saveTally(tx: WriteDb, tally: Omit<Tally, 'submittedOn' | 'corrections'>, submittedOn: IsoDate): void {
  const values = rowOf(tally, submittedOn);
  const columns = Object.keys(values);
  const updates = columns.filter((c) => !['member_id', 'month', 'submitted_on'].includes(c));
  tx.prepare<[Omit<TallyRow, 'corrections'>]>(
    `INSERT INTO tallies (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (member_id, month) DO UPDATE SET ${updates.map((c) => `${c} = excluded.${c}`).join(', ')}`,
  ).run(values);
}

/** Inserts a new tally; one already there for the member and month makes the statement, and its transaction, fail: never replaced. */
export function insertTally(tx: WriteDb, tally: Omit<Tally, 'submittedOn' | 'corrections'>, submittedOn: IsoDate): void {
  const values = rowOf(tally, submittedOn);
  const columns = Object.keys(values);
  tx.prepare<[Omit<TallyRow, 'corrections'>]>(`INSERT INTO tallies (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(values);
}

/** Every member and month that has a tally, as "memberId/month". */
export function talliedMonths(db: ReadDb): Set<string> {
  return new Set(db.prepare<[], string>("SELECT member_id || '/' || month FROM tallies").pluck().all());
}

export function recordCorrection(tx: WriteDb, memberId: number, month: Month, reason: CorrectionReason, at: string): void {
  tx.prepare('INSERT INTO tally_corrections (member_id, month, reason, corrected_at) VALUES (?, ?, ?, ?)').run(memberId, month, reason, at);
  tx.prepare('UPDATE tallies SET corrections = corrections + 1 WHERE member_id = ? AND month = ?').run(memberId, month);
}

export function monthReview(db: ReadDb, month: Month): { reviewedBy: string; reviewedAt: string } | null {
  const row = db.prepare<[Month], ReviewRow>('SELECT month, reviewed_by, reviewed_at FROM tally_month_reviews WHERE month = ?').get(month);
  if (!row) return null;
  const { reviewedBy, reviewedAt } = reviewFromRow(row);
  return { reviewedBy, reviewedAt };
}

export function markReviewed(tx: WriteDb, month: Month, reviewedBy: string, at: string): void {
  tx.prepare('INSERT INTO tally_month_reviews (month, reviewed_by, reviewed_at) VALUES (?, ?, ?)').run(month, reviewedBy, at);
}

/** §6 totals of a month, summed by SQLite: contacts by type, hours, referrals and concerns. */
export function monthTotals(db: ReadDb, month: Month): Omit<TallySummary, 'submissions'> {
  return { month, ...rangeTotals(db, month, month) };
}

/** A column's sum over the rows selected, under the column's own name; zero when there are none. */
const summed = (column: string) => `coalesce(sum(${column}), 0) AS ${column}`;

/** §6 totals of the months `from`–`to` inclusive (zero where no tally was entered). */
export function rangeTotals(db: ReadDb, from: Month, to: Month): Omit<TallySummary, 'submissions' | 'month'> {
  const row = db
    .prepare<[Month, Month], CountRow & { hours_on_duty: number; hours_off_duty: number; tallies: number }>(
      `SELECT ${countColumns.map(summed).join(', ')}, ${summed('hours_on_duty')}, ${summed('hours_off_duty')}, count(*) AS tallies FROM tallies WHERE month BETWEEN ? AND ?`,
    )
    .get(from, to);
  // An aggregate without GROUP BY always returns its one row.
  if (!row) throw new Error('No totals row');
  const { contacts, referrals, concerns } = countsFromRow(row);
  return {
    tallies: row.tallies,
    contacts,
    contactsTotal: Object.values(contacts).reduce((a, b) => a + b, 0),
    hoursOnDuty: row.hours_on_duty,
    hoursOffDuty: row.hours_off_duty,
    referrals,
    concerns,
  };
}

/** §6 referrals and concerns of each month of `from`–`to` that has tallies: the breakdowns' counts, month by month. */
export function monthlyBreakdownCounts(db: ReadDb, from: Month, to: Month): Map<Month, Pick<Tally, 'referrals' | 'concerns'>> {
  const rows = db
    .prepare<[Month, Month], CountRow & { month: Month }>(`SELECT month, ${countColumns.map(summed).join(', ')} FROM tallies WHERE month BETWEEN ? AND ? GROUP BY month`)
    .all(from, to);
  return new Map(rows.map((row) => [row.month, countsFromRow(row)]));
}

/** Contacts and hours per month of `from`–`to`, months without tallies included as zero. */
export function monthlyTrend(db: ReadDb, from: Month, to: Month): { month: Month; contacts: number; hours: number }[] {
  const rows = db
    .prepare<[Month, Month], { month: Month; contacts: number; hours: number }>(
      `SELECT month, sum(${contactColumns.join(' + ')}) AS contacts, sum(hours_on_duty + hours_off_duty) AS hours FROM tallies WHERE month BETWEEN ? AND ? GROUP BY month`,
    )
    .all(from, to);
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return monthsFrom(from, to).map((month) => ({ month, contacts: byMonth.get(month)?.contacts ?? 0, hours: byMonth.get(month)?.hours ?? 0 }));
}

/** A month with the day its tallies are due and its last day (§6), as the submission queries below take them. */
export interface DueMonth {
  month: Month;
  dueOn: IsoDate;
  lastDay: IsoDate;
}

/** The months as a table `due (month, due_on, last_day)` for the statement that follows it, from one JSON parameter. */
const dueTable = `WITH due (month, due_on, last_day) AS (SELECT value ->> 'month', value ->> 'dueOn', value ->> 'lastDay' FROM json_each(?))`;

/** §6: how many tallies of each month came in by its due day (tallyStatus's on time), counted by SQLite. */
export function onTimeCounts(db: ReadDb, months: readonly DueMonth[]): Map<Month, number> {
  const rows = db
    .prepare<[string], { month: Month; on_time: number }>(`${dueTable} SELECT due.month, count(*) AS on_time FROM due JOIN tallies ON tallies.month = due.month WHERE tallies.submitted_on <= due.due_on GROUP BY due.month`)
    .all(JSON.stringify(months));
  return new Map(rows.map((r) => [r.month, r.on_time]));
}

/** §6: the tallies of the months that came in after their due day (tallyStatus's late): a month and a member each. */
export function lateTallies(db: ReadDb, months: readonly DueMonth[]): { month: Month; memberId: number }[] {
  return db
    .prepare<[string], { month: Month; memberId: number }>(`${dueTable} SELECT due.month, tallies.member_id AS memberId FROM due JOIN tallies ON tallies.month = due.month WHERE tallies.submitted_on > due.due_on`)
    .all(JSON.stringify(months));
}

/**
 * §6: the members who had joined by a month's end and have no tally for it, a month and a
 * member each: the only ones whose tally can be missing or not yet due. Whether a tally was
 * expected of them is tallyExpected's to say, from their status history.
 */
export function untalliedMembers(db: ReadDb, months: readonly DueMonth[]): { month: Month; memberId: number; joinedOn: IsoDate }[] {
  return db
    .prepare<[string], { month: Month; memberId: number; joinedOn: IsoDate }>(
      `${dueTable} SELECT due.month, members.id AS memberId, members.joined_on AS joinedOn FROM due JOIN members ON members.joined_on <= due.last_day
       WHERE NOT EXISTS (SELECT 1 FROM tallies WHERE tallies.member_id = members.id AND tallies.month = due.month)`,
    )
    .all(JSON.stringify(months));
}

/** §3.E reviews of the months `from`–`to`. */
export function reviewsBetween(db: ReadDb, from: Month, to: Month): { month: Month; reviewedBy: string; reviewedAt: string }[] {
  return db.prepare<[Month, Month], ReviewRow>('SELECT month, reviewed_by, reviewed_at FROM tally_month_reviews WHERE month BETWEEN ? AND ? ORDER BY month').all(from, to).map(reviewFromRow);
}

/** §3.F: each member's contacts and hours for each month of `from`–`to` with a tally (the supporters' load, never printed). */
export function memberMonthlyTotals(db: ReadDb, from: Month, to: Month): { memberId: number; month: Month; contacts: number; hours: number }[] {
  return db
    .prepare<[Month, Month], { memberId: number; month: Month; contacts: number; hours: number }>(
      `SELECT member_id AS memberId, month, ${contactColumns.join(' + ')} AS contacts, hours_on_duty + hours_off_duty AS hours FROM tallies WHERE month BETWEEN ? AND ? ORDER BY month`,
    )
    .all(from, to);
}

/** §3.F: each member's latest month whose tally shows contacts or hours. */
export function lastActiveMonths(db: ReadDb): Map<number, Month> {
  const rows = db
    .prepare<[], { memberId: number; month: Month }>(`SELECT member_id AS memberId, max(month) AS month FROM tallies WHERE ${contactColumns.join(' + ')} + hours_on_duty + hours_off_duty > 0 GROUP BY member_id`)
    .all();
  return new Map(rows.map((r) => [r.memberId, r.month]));
}
