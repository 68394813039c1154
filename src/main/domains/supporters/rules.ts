import { addDays, type IsoDate } from '../../../shared/calendar';
import type { LoadFlag } from '../../../shared/follow-ups';
import type { PolicyConfig } from '../../../shared/policy';

/**
 * Support for the supporters: pure rules on the load each team member carries. §1: the
 * program exists because stress "may adversely affect their personal well-being" — a
 * supporter's too; §3.F: the Coordinator offers guidance to members "when problems occur";
 * §9: peer assistance should be "of a relatively short duration"; §4.L: a member may step
 * back for a while. These flags only tell the Coordinator whom to ask how they are doing;
 * they decide nothing, and they are never printed in the Chief's report (§6: statistics only).
 */

/** The months the load flag compares: the last three (this one included). */
export const RECENT_MONTHS = 3;

/** The days "deployments in the last 90 days" counts. */
export const DEPLOYMENT_DAYS = 90;

/** The middle value (the mean of the two middle values for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * §3.F, §9: the team median of the recent months, over the members with any activity in them
 * (a member with none would pull the median down to nothing).
 */
export function teamMedian(recent: readonly { contacts: number; hours: number }[]): { contacts: number; hours: number; members: number } {
  const active = recent.filter((r) => r.contacts > 0 || r.hours > 0);
  return { contacts: median(active.map((r) => r.contacts)), hours: median(active.map((r) => r.hours)), members: active.length };
}

/**
 * §3.F, §9: a member whose recent contacts or hours reach the policy's multiple of the team
 * median (default twice) carries far more than the others. A median of 0 flags no one.
 */
export function loadFlag(recent: { contacts: number; hours: number }, middle: { contacts: number; hours: number }, policy: Pick<PolicyConfig, 'loadFlagMultiple'>): LoadFlag | null {
  const over = (value: number, mid: number) => mid > 0 && value >= policy.loadFlagMultiple * mid;
  const what = [over(recent.hours, middle.hours) ? `${recent.hours} hours (median ${middle.hours})` : '', over(recent.contacts, middle.contacts) ? `${recent.contacts} contacts (median ${middle.contacts})` : ''].filter(Boolean);
  if (!what.length) return null;
  return { kind: 'load', message: `${what.join(' and ')} in the last ${RECENT_MONTHS} months: ${policy.loadFlagMultiple}× the team median or more (§3.F, §9).`, section: '§3.F' };
}

/** The distinct incidents a member was deployed to on the `days` days ending `today`. */
export function incidentsWithin(deployments: readonly { incidentId: number; on: IsoDate }[], today: IsoDate, days: number): number {
  const from = addDays(today, -(days - 1));
  return new Set(deployments.filter((d) => d.on >= from && d.on <= today).map((d) => d.incidentId)).size;
}

/** §3.G, §7: deployments to the policy's number of critical incidents (default 3) within its days (default 30). */
export function deploymentsFlag(recentIncidents: number, policy: Pick<PolicyConfig, 'deploymentsFlagCount' | 'deploymentsFlagDays'>): LoadFlag | null {
  if (recentIncidents < policy.deploymentsFlagCount) return null;
  return { kind: 'deployments', message: `Deployed to ${recentIncidents} critical incidents in the last ${policy.deploymentsFlagDays} days (§3.G, §7).`, section: '§3.G' };
}
