import type { z } from 'zod';
import { toLocalMoment, type IsoDate } from '../../../shared/calendar';
import type {
  assessmentInputSchema,
  deploymentInputSchema,
  exceptionNoticeInputSchema,
  ExceptionNotice,
  Incident,
  incidentInputSchema,
  interventionInputSchema,
  overtimeDecisionSchema,
  overtimeInputSchema,
  OvertimeRequest,
} from '../../../shared/incidents';
import { validationError } from '../../errors';
import type { SavedFile } from '../../../shared/roster';
import { overtimeXlsx } from '../../documents/activity-xlsx';
import { saveThroughDialog } from '../../documents/save-through-dialog';
import type { Dialogs } from '../../files/dialogs';
import type { Store } from '../../store/store';
import { currentPolicy } from '../policy/store';
import type { Team } from '../roster/team';
import { readSettings } from '../settings/store';
import { incidentById, memberOnTeam, overtimeRequest, overtimeRequests } from './queries';
import {
  checkAffectedStaffGroups,
  checkAssessmentTime,
  checkDeployment,
  checkDeploymentSession,
  checkIncidentTimes,
  checkInterventionTime,
  checkNoticeDates,
  checkOvertimeActivity,
  checkOvertimeDecision,
  checkOvertimeWorked,
  deploymentOvertime,
  noticeRetentionCutoff,
} from './rules';
import { decideOvertime, incidentExists, insertDeployment, insertIncident, insertIntervention, insertNotice, insertOvertime, purgeNoticesBefore, saveAssessment } from './store';

/**
 * The changes to §7 incidents, §3.G deployments, §3.B/§9 overtime and §5.B–C exception
 * notices: each reads what it needs, asks the rules, then writes with its audit line. `at`
 * is the instant of the call (main's clock): incident times are local moments, so it stands
 * in for the day where a moment is compared. `team` is the team on the call's day.
 */

/** §7: an incident, recorded by the Coordinator — when, what kind, which staff groups; never who. */
export function recordIncident(store: Store, at: Date, input: z.output<typeof incidentInputSchema>, team: Team): Incident {
  checkIncidentTimes(input, toLocalMoment(at));
  checkAffectedStaffGroups(input.affectedStaffGroups, readSettings(store.read()).staffGroups);
  const id = store.write<number>((newId) => ({ action: 'incidents.record', entity: 'incident', entityId: newId }), (tx) => insertIncident(tx, input));
  return incidentById(store, at, team, id);
}

/** §7: the assessment made with the mental-health professional, and the intervention it decided. */
export function assessIncident(store: Store, at: Date, input: z.output<typeof assessmentInputSchema>, team: Team): Incident {
  const incident = incidentById(store, at, team, input.incidentId);
  checkAssessmentTime(incident, input.assessedAt, toLocalMoment(at));
  store.write({ action: 'incidents.assess', entity: 'incident', entityId: input.incidentId }, (tx) => saveAssessment(tx, input));
  return incidentById(store, at, team, input.incidentId);
}

/** §7: a defusing or debriefing held for the incident. */
export function addIntervention(store: Store, at: Date, input: z.output<typeof interventionInputSchema>, team: Team): Incident {
  const incident = incidentById(store, at, team, input.incidentId);
  checkInterventionTime(incident, input.heldAt, toLocalMoment(at));
  store.write((id: number) => ({ action: 'incidents.addIntervention', entity: 'intervention', entityId: id }), (tx) => insertIntervention(tx, input));
  return incidentById(store, at, team, input.incidentId);
}

/**
 * §3.G: members are deployed only by the Coordinator — the store's own actor, recorded with
 * the time. §9, §3.B: overtime hours on the deployment become, in the same change, a pending
 * overtime request linked to the deployment and its incident, for the manager to decide.
 */
export function deployMember(store: Store, at: Date, input: z.output<typeof deploymentInputSchema>, team: Team): Incident {
  const incident = incidentById(store, at, team, input.incidentId);
  checkDeploymentSession(incident, input.interventionId);
  checkDeployment(memberOnTeam(team, input.memberId), input);
  const overtime = deploymentOvertime(input, incident.interventions, team.today);
  store.write((id: number) => ({ action: 'incidents.deploy', entity: 'deployment', entityId: id }), (tx) => {
    const id = insertDeployment(tx, { ...input, directedBy: store.actor, directedAt: at.toISOString() });
    if (overtime) insertOvertime(tx, { ...overtime, deploymentId: id });
    return id;
  });
  return incidentById(store, at, team, input.incidentId);
}

/** §3.B: overtime worked, pending the manager's approval; a deployment's overtime is asked for by the deployment (§9). */
export function requestOvertime(store: Store, input: z.output<typeof overtimeInputSchema>, team: Team): OvertimeRequest {
  const name = memberOnTeam(team, input.memberId).displayName;
  checkOvertimeActivity(input.activity);
  checkOvertimeWorked(input.workedOn, team.today);
  if (input.incidentId !== null && !incidentExists(store.read(), input.incidentId)) {
    throw validationError(`No incident #${input.incidentId}.`, [{ path: 'incidentId', message: 'Unknown incident' }]);
  }
  const id = store.write<number>((newId) => ({ action: 'overtime.request', entity: 'overtime', entityId: newId }), (tx) => insertOvertime(tx, input));
  return { ...overtimeRequest(store.read(), id), memberName: name };
}

/** §3.B, §9: the manager's decision on a pending request. */
export function decideOvertimeRequest(store: Store, input: z.output<typeof overtimeDecisionSchema>, team: Team): OvertimeRequest {
  const request = overtimeRequest(store.read(), input.id);
  checkOvertimeDecision(request, input.decidedOn);
  store.write({ action: `overtime.${input.decision}`, entity: 'overtime', entityId: input.id }, (tx) => decideOvertime(tx, input));
  return { ...overtimeRequest(store.read(), input.id), memberName: memberOnTeam(team, request.memberId).displayName };
}

/** §5.C: deletes the notices past the policy's retention; the audit line keeps their number. */
export function purgeNotices(store: Store, today: IsoDate): { purged: number } {
  const cutoff = noticeRetentionCutoff(today, currentPolicy(store.read()).config.noticeRetentionYears);
  const purged = store.write((n: number) => ({ action: 'notices.purge', entity: 'notice', entityId: `${n} before ${cutoff}` }), (tx) => purgeNoticesBefore(tx, cutoff));
  return { purged };
}

/** §5.C: that a member notified the Coordinator of a §5.B matter — the date, the category and who notified; nothing about whom. */
export function recordNotice(store: Store, at: Date, input: z.output<typeof exceptionNoticeInputSchema>, team: Team): ExceptionNotice {
  const name = memberOnTeam(team, input.memberId).displayName;
  checkNoticeDates(input, team.today, toLocalMoment(at));
  const id = store.write<number>((newId) => ({ action: 'notices.record', entity: 'notice', entityId: newId }), (tx) => insertNotice(tx, input));
  return { id, ...input, memberName: name };
}

/** The overtime requests as XLSX where main's dialog says (§3.B, §9); a saved export is audited. */
export async function exportOvertime(store: Store, dialogs: Dialogs, team: Team): Promise<SavedFile> {
  const saved = await saveThroughDialog(dialogs, { title: 'Export the overtime requests', defaultName: 'overtime-requests.xlsx', extensions: ['xlsx'] }, () => overtimeXlsx(overtimeRequests(store, team)));
  if (saved.saved) store.write({ action: 'overtime.export', entity: 'overtime' }, () => undefined);
  return saved;
}
