import { toLocalMoment, type IsoDate, type LocalMoment } from '../../../shared/calendar';
import type { IncidentCheckIn } from '../../../shared/follow-ups';
import type { ExceptionNotice, Incident, NoticeRetention, OvertimeRequest } from '../../../shared/incidents';
import type { Member } from '../../../shared/members';
import { AppError, validationError } from '../../errors';
import type { ReadDb, Store } from '../../store/store';
import { currentPolicy } from '../policy/store';
import type { Team } from '../roster/team';
import { dailyBackupsRotatedBy } from '../../store/backups/retention';
import { requireLive } from '../../store/voided-rows';
import { incidentCheckIns, incidentClock, noticeRetentionCutoff, withinWindow } from './rules';
import { approvedOvertimeHours, countNoticesBefore, findOvertime, listCheckIns, listIncidents, listNotices, listOvertime, type StoredIncident, type StoredOvertime } from './store';

/**
 * What the incident channels read: incidents with their §7 clock, overtime and notices with
 * the team member's name. `at` is the instant of the call (main's clock); `team` the team as
 * of its day.
 */

/** An incident with what the rules derive: each session's timing, member names and conflicts, the §7 clock. */
function withDerived(stored: StoredIncident, team: Team, now: LocalMoment): Incident {
  const names = new Map(team.views.map((v) => [v.member.id, v.member]));
  return {
    ...stored,
    interventions: stored.interventions.map((i) => ({ ...i, withinWindow: withinWindow(i.kind, stored.occurredAt, i.heldAt, team.policy) })),
    deployments: stored.deployments.map((d) => {
      const member = names.get(d.memberId);
      return { ...d, memberName: member?.displayName ?? `#${d.memberId}`, possibleConflict: member ? stored.affectedStaffGroups.includes(member.staffGroup) : false };
    }),
    clock: incidentClock(stored, now, team.policy),
  };
}

/** Every incident, latest first, with where it stands against §7's timing at `at`. */
export function incidentsNow(store: Store, at: Date, team: Team): Incident[] {
  const now = toLocalMoment(at);
  return listIncidents(store.read()).map((i) => withDerived(i, team, now));
}

/** One incident, with its §7 clock at `at`. */
export function incidentById(store: Store, at: Date, team: Team, id: number): Incident {
  requireLive(store.read(), 'incidents', id, 'incident');
  const incident = incidentsNow(store, at, team).find((i) => i.id === id);
  if (!incident) throw new AppError('not_found', `No incident #${id}.`);
  return incident;
}

/** The team member a record names; an id not on the team is the input's mistake. */
export function memberOnTeam(team: Team, memberId: number): Member {
  const view = team.views.find((v) => v.member.id === memberId);
  if (!view) throw validationError(`No team member #${memberId}.`, [{ path: 'memberId', message: 'Unknown member' }]);
  return view.member;
}

const nameOn = (team: Team, memberId: number) => team.views.find((v) => v.member.id === memberId)?.member.displayName ?? `#${memberId}`;

/** Every overtime request, latest worked first, with the member's name. */
export function overtimeRequests(store: Store, team: Team): OvertimeRequest[] {
  return listOvertime(store.read()).map((o) => ({ ...o, memberName: nameOn(team, o.memberId) }));
}

/** One overtime request, without the member's name (the commands add it). */
export function overtimeRequest(db: ReadDb, id: number): StoredOvertime {
  requireLive(db, 'overtime_requests', id, 'overtime request');
  const request = findOvertime(db, id);
  if (!request) throw new AppError('not_found', `No overtime request #${id}.`);
  return request;
}

/** §3.B, §9: the approved overtime hours worked on the days `from`–`to`. */
export function approvedHours(store: Store, { from, to }: { from: IsoDate; to: IsoDate }): { hours: number } {
  return { hours: approvedOvertimeHours(store.read(), from, to) };
}

/** Every exception notice, latest first, with the name of the member who notified. */
export function exceptionNotices(store: Store, team: Team): ExceptionNotice[] {
  return listNotices(store.read()).map((n) => ({ ...n, memberName: nameOn(team, n.memberId) }));
}

/**
 * §5.C: the day before which notices are past the policy's retention, how many are, and the
 * day the backup rotation lets go of the daily backups that still hold them.
 */
export function noticeRetention(store: Store, today: IsoDate): NoticeRetention {
  const db = store.read();
  const years = currentPolicy(db).config.noticeRetentionYears;
  const cutoff = noticeRetentionCutoff(today, years);
  return { cutoff, years, purgeable: countNoticesBefore(db, cutoff), backupsRotatedBy: dailyBackupsRotatedBy(today) };
}

/** §7: one incident's check-ins at the policy's intervals, as they stand today. */
export function checkInsOfIncident(store: Store, team: Team, incidentId: number): IncidentCheckIn[] {
  const db = store.read();
  requireLive(db, 'incidents', incidentId, 'incident');
  const incident = listIncidents(db).find((i) => i.id === incidentId);
  if (!incident) throw new AppError('not_found', `No incident #${incidentId}.`);
  return incidentCheckIns(incident, team.policy.followUpIntervals, listCheckIns(db, incidentId), team.today);
}

/** §7: the check-ins of every live incident (a voided incident has none), as they stand today. */
export function checkInsOfAll(store: Store, incidents: readonly Pick<Incident, 'id' | 'occurredAt'>[], team: Team): IncidentCheckIn[] {
  const marks = listCheckIns(store.read());
  return incidents.flatMap((incident) => incidentCheckIns(incident, team.policy.followUpIntervals, marks, team.today));
}
