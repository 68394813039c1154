import { z } from 'zod';
import type { IsoDate } from './dates';
import { monthSchema, type Month } from './months';
import type { ConcernCategory, ContactType, ReferralDestination } from './tallies';

/**
 * The Chief's statistical summaries (§3.E, §6): counts and hours for the program, team
 * figures, and the submission record of team members. Nothing here can name or describe a
 * person who received support; breakdowns small enough to point at one are suppressed.
 */
export const monthlyReportInputSchema = z.object({ month: monthSchema }).strict();
export const periodReportInputSchema = z
  .object({ from: monthSchema, to: monthSchema })
  .strict()
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'The period ends after it starts' })
  .refine((p) => Number(p.to.slice(0, 4)) * 12 + Number(p.to.slice(5)) - (Number(p.from.slice(0, 4)) * 12 + Number(p.from.slice(5))) < 120, { path: ['from'], message: 'At most ten years' });
export const reportRequestSchema = z.union([monthlyReportInputSchema, periodReportInputSchema]);

export type ReportRequest = { month: Month } | { from: Month; to: Month };

export interface ActivityFigures {
  contactsTotal: number;
  contacts: Record<ContactType, number>;
  hoursOnDuty: number;
  hoursOffDuty: number;
  referrals: Record<ReferralDestination, number>;
  concerns: Record<ConcernCategory, number>;
  groupInterventions: number;
  incidents: number;
  exceptionNotices: number;
  overtimeHours: number;
}

/** A count as printed: exact, or "<k" when it is 1 to k−1 (small-cell protection). */
export interface ProtectedCount {
  label: string;
  count: number;
  shown: string;
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
  trend: { month: Month; contacts: number; hours: number }[];
  concerns: ProtectedCount[];
  incidentsByStaffGroup: ProtectedCount[];
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
}

export type DashboardTarget = 'statistics' | 'training' | 'roster' | 'selection' | 'incidents';

export interface DashboardItem {
  id: string;
  severity: 'urgent' | 'attention' | 'info';
  title: string;
  detail: string;
  target: DashboardTarget;
  section: string;
}

export interface Dashboard {
  today: IsoDate;
  /** True when there are no members yet: the dashboard then says what to do first. */
  empty: boolean;
  items: DashboardItem[];
  trend: { month: Month; contacts: number; hours: number }[];
}
