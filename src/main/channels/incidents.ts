import { addYears, toIsoDate } from '../../shared/calendar';
import type { Incident } from '../../shared/incidents';
import { AppError, validationError } from '../errors';
import type { Clock } from '../clock';
import {
  approvedOvertimeHours,
  countNoticesBefore,
  decideOvertime,
  insertDeployment,
  insertIncident,
  insertIntervention,
  insertNotice,
  insertOvertime,
  listIncidents,
  listNotices,
  listOvertime,
  purgeNoticesBefore,
  saveAssessment,
} from '../domains/incidents/store';
import { incidentsNow, nowLocal } from '../domains/incidents/queries';
import type { Team } from '../domains/roster/roster-service';
import type { Session } from '../session/session';
import { currentPolicy } from '../domains/policy/store';
import { readSettings } from '../domains/settings/store';
import type { BindingsOf } from './channel';
import { currentTeam } from '../domains/roster/team';

/** Notices older than the policy's retention period (§5.C records are kept N years). */
function noticeCutoff(session: Session, clock: Clock): { cutoff: string; years: number } {
  const years = currentPolicy(session.database()).config.noticeRetentionYears;
  return { cutoff: addYears(toIsoDate(clock()), -years), years };
}

function incidentById(session: Session, clock: Clock, id: number): Incident {
  const incident = incidentsNow(session, clock).find((i) => i.id === id);
  if (!incident) throw new AppError('not_found', `No incident #${id}.`);
  return incident;
}

function memberName(team: Team, memberId: number): string {
  const view = team.views.find((v) => v.member.id === memberId);
  if (!view) throw validationError(`No team member #${memberId}.`, [{ path: 'memberId', message: 'Unknown member' }]);
  return view.member.displayName;
}

function notInFuture(moment: string, now: string, path: string): void {
  if (moment > now) throw validationError('That time is still to come.', [{ path, message: 'In the future' }]);
}

/** §7 incidents, §3.G deployments, §3.B/§9 overtime, §5.B–C exception notices. */
export const incidentHandlers: BindingsOf<'incidents' | 'overtime' | 'notices'> = {
  'incidents.list': (_input, { session, clock }) => incidentsNow(session, clock),
  'incidents.record': (input, { session, clock }) => {
    const now = nowLocal(clock);
    notInFuture(input.occurredAt, now, 'occurredAt');
    if (input.supervisorNotifiedAt && input.supervisorNotifiedAt < input.occurredAt) {
      throw validationError('The supervisor cannot have notified you before the incident.', [{ path: 'supervisorNotifiedAt', message: 'Before the incident' }]);
    }
    const known = readSettings(session.database()).staffGroups;
    const unknown = input.affectedStaffGroups.filter((g) => !known.includes(g));
    if (unknown.length) throw validationError(`Not a staff group: ${unknown.join(', ')}. Only units or staff groups are recorded, never people.`, [{ path: 'affectedStaffGroups', message: 'Unknown staff group' }]);
    const id = session.write<number>((newId) => ({ action: 'incidents.record', entity: 'incident', entityId: newId }), (tx) => insertIncident(tx, input));
    return incidentById(session, clock, id);
  },
  'incidents.assess': (input, { session, clock }) => {
    const incident = incidentById(session, clock, input.incidentId);
    notInFuture(input.assessedAt, nowLocal(clock), 'assessedAt');
    if (input.assessedAt < incident.occurredAt) throw validationError('The assessment cannot precede the incident.', [{ path: 'assessedAt', message: 'Before the incident' }]);
    session.write({ action: 'incidents.assess', entity: 'incident', entityId: input.incidentId }, (tx) => saveAssessment(tx, input));
    return incidentById(session, clock, input.incidentId);
  },
  'incidents.addIntervention': (input, { session, clock }) => {
    const incident = incidentById(session, clock, input.incidentId);
    notInFuture(input.heldAt, nowLocal(clock), 'heldAt');
    if (input.heldAt < incident.occurredAt) throw validationError('A session cannot precede the incident.', [{ path: 'heldAt', message: 'Before the incident' }]);
    session.write((id: number) => ({ action: 'incidents.addIntervention', entity: 'intervention', entityId: id }), (tx) => insertIntervention(tx, input));
    return incidentById(session, clock, input.incidentId);
  },
  'incidents.deploy': (input, { session, clock }) => {
    const incident = incidentById(session, clock, input.incidentId);
    if (input.interventionId !== null && !incident.interventions.some((i) => i.id === input.interventionId)) {
      throw validationError('That session belongs to another incident.', [{ path: 'interventionId', message: 'Not this incident' }]);
    }
    const team = currentTeam(session, clock);
    const view = team.views.find((v) => v.member.id === input.memberId);
    if (!view) throw validationError(`No team member #${input.memberId}.`, [{ path: 'memberId', message: 'Unknown member' }]);
    if (!view.member.standing.deployable) {
      const reasons = view.member.standing.findings.filter((f) => f.severity === 'block').map((f) => f.message);
      throw new AppError('policy', `${view.member.displayName} cannot be deployed (§8): ${reasons.join(' ') || `status is ${view.member.standing.effective.replaceAll('-', ' ')}.`}`, {
        section: '§8',
        fields: [{ path: 'memberId', message: 'Not deployable' }],
      });
    }
    if (input.overtimeHours > input.hours) throw validationError('Overtime hours are part of the hours worked.', [{ path: 'overtimeHours', message: 'More than the hours' }]);
    // §3.G: members are deployed only by the Coordinator — the session's own identity, recorded with the time.
    session.write((id: number) => ({ action: 'incidents.deploy', entity: 'deployment', entityId: id }), (tx) =>
      insertDeployment(tx, { ...input, directedBy: session.actor, directedAt: clock().toISOString() }),
    );
    return incidentById(session, clock, input.incidentId);
  },

  'overtime.list': (_input, { session, clock }) => {
    const team = currentTeam(session, clock);
    return listOvertime(session.database()).map((o) => ({ ...o, memberName: team.views.find((v) => v.member.id === o.memberId)?.member.displayName ?? `#${o.memberId}` }));
  },
  'overtime.request': (input, { session, clock }) => {
    const team = currentTeam(session, clock);
    const name = memberName(team, input.memberId);
    if (input.workedOn > team.today) throw validationError('Overtime is recorded once worked.', [{ path: 'workedOn', message: 'In the future' }]);
    if (input.incidentId !== null && !listIncidents(session.database()).some((i) => i.id === input.incidentId)) {
      throw validationError(`No incident #${input.incidentId}.`, [{ path: 'incidentId', message: 'Unknown incident' }]);
    }
    const id = session.write<number>((newId) => ({ action: 'overtime.request', entity: 'overtime', entityId: newId }), (tx) => insertOvertime(tx, input));
    const created = listOvertime(session.database()).find((o) => o.id === id);
    return { ...(created as NonNullable<typeof created>), memberName: name };
  },
  'overtime.decide': (input, { session, clock }) => {
    const db = session.database();
    const request = listOvertime(db).find((o) => o.id === input.id);
    if (!request) throw new AppError('not_found', `No overtime request #${input.id}.`);
    if (request.decision !== 'pending') throw new AppError('conflict', 'This overtime request was already decided.');
    if (input.decidedOn < request.workedOn) throw validationError('The decision cannot precede the work.', [{ path: 'decidedOn', message: 'Before the overtime' }]);
    session.write({ action: `overtime.${input.decision}`, entity: 'overtime', entityId: input.id }, (tx) => decideOvertime(tx, input));
    const decided = listOvertime(db).find((o) => o.id === input.id);
    return { ...(decided as NonNullable<typeof decided>), memberName: memberName(currentTeam(session, clock), request.memberId) };
  },
  'overtime.approvedHours': ({ from, to }, { session }) => ({ hours: approvedOvertimeHours(session.database(), from, to) }),

  'notices.list': (_input, { session, clock }) => {
    const team = currentTeam(session, clock);
    return listNotices(session.database()).map((n) => ({ ...n, memberName: team.views.find((v) => v.member.id === n.memberId)?.member.displayName ?? `#${n.memberId}` }));
  },
  'notices.retention': (_input, { session, clock }) => {
    const { cutoff, years } = noticeCutoff(session, clock);
    return { cutoff, years, purgeable: countNoticesBefore(session.database(), cutoff) };
  },
  'notices.purge': (_input, { session, clock }) => {
    const { cutoff } = noticeCutoff(session, clock);
    const purged = session.write((n: number) => ({ action: 'notices.purge', entity: 'notice', entityId: `${n} before ${cutoff}` }), (tx) => purgeNoticesBefore(tx, cutoff));
    return { purged };
  },
  'notices.record': (input, { session, clock }) => {
    const team = currentTeam(session, clock);
    const name = memberName(team, input.memberId);
    if (input.occurredOn > team.today) throw validationError('That date is still to come.', [{ path: 'occurredOn', message: 'In the future' }]);
    notInFuture(input.coordinatorNotifiedAt, nowLocal(clock), 'coordinatorNotifiedAt');
    const id = session.write<number>((newId) => ({ action: 'notices.record', entity: 'notice', entityId: newId }), (tx) => insertNotice(tx, input));
    return { id, ...input, memberName: name };
  },
};
