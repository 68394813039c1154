import * as z from 'zod';
import type { IsoDate, Month } from './calendar';
import { followUpIntervalSchema, type FollowUpInterval } from './policy';

/**
 * §7 check-ins after a critical incident, and §3.F the load the supporters carry. A check-in
 * is about the incident, never about a person: it holds the day it was done and who marked it
 * (the store's role). The load view names team members — they are the team — and nothing
 * about the staff they supported; it is never printed in the Chief's report nor published.
 */

/** Whether a check-in is still ahead, due (this week), overdue (longer), or done. */
export type CheckInState = 'upcoming' | 'due' | 'overdue' | 'done';

export interface IncidentCheckIn {
  incidentId: number;
  interval: FollowUpInterval;
  /** The interval as stored: `1-weeks`, `12-months`. */
  key: string;
  /** "1 week", "12 months". */
  label: string;
  dueOn: IsoDate;
  state: CheckInState;
  /** The mark: its id (to undo it), the day and who marked it — nothing else. */
  done: { id: number; on: IsoDate; by: string } | null;
}

export const checkInIncidentSchema = z.object({ incidentId: z.number().int().positive() }).strict();
export const checkInDoneSchema = z.object({ incidentId: z.number().int().positive(), interval: followUpIntervalSchema }).strict();

/** One month of a member's tallies. */
export interface LoadMonth {
  month: Month;
  contacts: number;
  hours: number;
}

export interface LoadFlag {
  kind: 'load' | 'deployments';
  message: string;
  section: string;
}

export interface MemberLoad {
  memberId: number;
  displayName: string;
  /** The twelve months ending this month, oldest first. */
  months: LoadMonth[];
  /** Contacts and hours over the recent months the flag compares. */
  recent: { contacts: number; hours: number };
  /** Deployments to critical incidents in the last 90 days, and their hours. */
  deployments90: number;
  deploymentHours90: number;
  /** Critical incidents the member was deployed to within the policy's flag days. */
  recentIncidents: number;
  /** The latest day with a deployment, or the last day (so far) of a month with tallied activity. */
  lastActivity: IsoDate | null;
  flags: LoadFlag[];
}

export interface SupporterLoad {
  today: IsoDate;
  months: Month[];
  /** The months the load flag compares (the last three). */
  recentMonths: Month[];
  /** The median of the members with any activity in the recent months. */
  median: { contacts: number; hours: number; members: number };
  thresholds: { loadFlagMultiple: number; deploymentsFlagCount: number; deploymentsFlagDays: number };
  members: MemberLoad[];
}
