import * as z from 'zod';
import { type IsoDate, isoDateSchema, monthSchema, monthsBetween, type Month } from './calendar';
import { contactTypeLabels, contactTypes, type ContactType } from './tallies';

/**
 * The Chief's statistical summaries (§3.E, §6): counts and hours for the program, team
 * figures, and the submission record of team members. Nothing here can name or describe a
 * person who received support; breakdowns small enough to point at one are suppressed.
 */
/**
 * `asOf`: the summary as it stood at the end of that past day, computed from a copy of the data
 * in memory with what was recorded after it left out (read only; README: "A report as it stood").
 */
const asOf = isoDateSchema.optional();
export const monthlyReportInputSchema = z.object({ month: monthSchema, asOf }).strict();
export const periodReportInputSchema = z
  .object({ from: monthSchema, to: monthSchema, asOf })
  .strict()
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'The period ends after it starts' })
  .refine((p) => monthsBetween(p.from, p.to) < 120, { path: ['from'], message: 'At most ten years' });

export type ReportRequest = ({ month: Month } | { from: Month; to: Month }) & { asOf?: IsoDate };

export interface ActivityFigures {
  contactsTotal: number;
  contacts: Record<ContactType, number>;
  hoursOnDuty: number;
  hoursOffDuty: number;
  /** Referrals of every destination; by destination only in a breakdown, under §6 protection. */
  referralsTotal: number;
  groupInterventions: number;
  incidents: number;
  exceptionNotices: number;
  overtimeHours: number;
}

/**
 * A breakdown as printed (§6): each cell exact, hidden ("x"), or over a period at least what
 * its months printed ("≥ n"); the total always prints. Only what prints leaves the main
 * process: a hidden cell's count is never part of it.
 */
export interface Breakdown {
  title: string;
  cells: { label: string; shown: string }[];
  total: number;
  totalLabel: string;
}

export interface ProgramReport {
  kind: 'monthly' | 'period';
  title: string;
  from: Month;
  to: Month;
  departmentName: string;
  programName: string;
  preparedBy: string;
  preparedOn: IsoDate;
  smallCellSize: number;
  current: ActivityFigures;
  /** The same months a year earlier. */
  previousYear: ActivityFigures;
  /** January to the report's last month; monthly reports only. */
  yearToDate: ActivityFigures | null;
  /** Twelve months ending with the report's last month. */
  trend: TrendMonth[];
  /** Contacts by concern, referrals by destination, incidents by staff group affected. */
  breakdowns: Breakdown[];
  team: {
    asOf: IsoDate;
    active: number;
    deployable: number;
    inactiveTraining: number;
    trainingPending: number;
    temporarilyInactive: number;
    inSelection: number;
    commitmentsEnding: number;
    fullyTrainedPercent: number;
    nextQuarterly: IsoDate | null;
    /** Team members one more missed quarterly session away from inactive (§4.I). */
    atRisk: string[];
  };
  submissions: { onTime: number; late: number; missing: number; due: number; lateNames: string[]; missingNames: string[] };
  /** §3.E: the Coordinator's monthly review; for a period, how many of its months were reviewed. */
  review: { reviewedBy: string; reviewedOn: IsoDate } | null;
  monthsReviewed: number;
  months: number;
  /**
   * A summary shown as it stood at the end of a past day (`asOf`): the day, and the later changes
   * PeerDesk could not take back (a record keeps only its latest values), as the audit log names them.
   */
  asItStood?: { day: IsoDate; keptChanges: string[] };
}

/**
 * Where a dashboard item leads: the screen, and in it the very thing the item counts (the
 * month with the missing tallies, the member, the candidate, the incident, the publish step).
 */
export type DashboardLink =
  | { screen: 'statistics'; month: Month }
  | { screen: 'roster'; memberId?: number; publish?: true }
  | { screen: 'training'; tab: 'matrix' | 'sessions' }
  | { screen: 'selection'; candidateId?: number }
  | { screen: 'incidents'; tab: 'incidents' | 'overtime'; incidentId?: number }
  | { screen: 'resources' };

/** One month of the 12-month trend. */
export interface TrendMonth {
  month: Month;
  contacts: number;
  hours: number;
  /** The month's tallies are not all due yet (§6): its figures are so far, not a drop. */
  partial: boolean;
}

export interface DashboardItem {
  id: string;
  severity: 'urgent' | 'attention' | 'info';
  title: string;
  detail: string;
  link: DashboardLink;
  section: string;
}

export interface Dashboard {
  today: IsoDate;
  /** True when there are no members yet: the dashboard then says what to do first. */
  empty: boolean;
  items: DashboardItem[];
  trend: TrendMonth[];
}

/** The activity table's rows, in print order, shared by the PDF and the in-app preview. */
export interface ActivityRow {
  label: string;
  value(f: ActivityFigures): number;
  /** A part of the total above it. */
  indent: boolean;
}

export const activityRows: ActivityRow[] = [
  { label: 'Contacts, total', value: (f) => f.contactsTotal, indent: false },
  ...contactTypes.map((t) => ({ label: contactTypeLabels[t], value: (f: ActivityFigures) => f.contacts[t], indent: true })),
  { label: 'Hours on duty', value: (f) => f.hoursOnDuty, indent: false },
  { label: 'Hours off duty', value: (f) => f.hoursOffDuty, indent: false },
  { label: 'Referrals', value: (f) => f.referralsTotal, indent: false },
  { label: 'Group interventions held', value: (f) => f.groupInterventions, indent: false },
  { label: 'Critical incidents', value: (f) => f.incidents, indent: false },
  { label: 'Exception notices', value: (f) => f.exceptionNotices, indent: false },
  { label: 'Approved overtime hours', value: (f) => f.overtimeHours, indent: false },
];

/** The comparison columns: the month with a year earlier and the year to date, or the period with a year earlier. */
export function activityColumns(report: ProgramReport): [string, ActivityFigures][] {
  return report.yearToDate
    ? [['This month', report.current], ['Same month last year', report.previousYear], ['Year to date', report.yearToDate]]
    : [['This period', report.current], ['A year earlier', report.previousYear]];
}

/** §6: how a breakdown's cells are protected, in the words printed under it (PDF and preview alike). */
export function disclosureNote(report: Pick<ProgramReport, 'smallCellSize' | 'kind'>): string {
  const k = report.smallCellSize;
  const month = `x: not printed — a count from 1 to ${k - 1}, or a count that would let one be worked out from the total.`;
  return report.kind === 'period' ? `${month} Over a period each month is protected on its own; "≥ n": at least n, a month of the period was not printed.` : month;
}
