import type * as z from 'zod';
import { toIsoDate, toLocalMoment, type IsoDate } from '../../../shared/calendar';
import type { RecordCorrectionReason } from '../../../shared/corrections';
import type { checkInDoneSchema, IncidentCheckIn } from '../../../shared/follow-ups';
import { intervalKey } from '../../../shared/policy';
import type {
  assessmentInputSchema,
  deploymentInputSchema,
  deploymentUpdateSchema,
  exceptionNoticeInputSchema,
  exceptionNoticeUpdateSchema,
  ExceptionNotice,
  Incident,
  incidentInputSchema,
  incidentUpdateSchema,
  interventionInputSchema,
  interventionUpdateSchema,
  overtimeDecisionCorrectionSchema,
  overtimeDecisionSchema,
  overtimeInputSchema,
  overtimeUpdateSchema,
  OvertimeRequest,
} from '../../../shared/incidents';
import { AppError, validationError } from '../../errors';
import type { SavedFile } from '../../../shared/roster';
import { overtimeXlsx } from '../../documents/activity-xlsx';
import { saveThroughDialog } from '../../documents/save-through-dialog';
import type { Dialogs } from '../../files/dialogs';
import type { Store, WriteDb } from '../../store/store';
import { correctionEvent, requireLive, voidRows, type VoidMark } from '../../store/voided-rows';
import { currentPolicy } from '../policy/store';
import type { Team } from '../roster/team';
import { readSettings } from '../settings/store';
import { checkInsOfIncident, incidentById, memberOnTeam, overtimeRequest, overtimeRequests } from './queries';
import {
  checkAffectedStaffGroups,
  checkCheckInMarkable,
  checkAssessmentCorrection,
  checkAssessmentTime,
  checkDecisionCorrection,
  checkIncidentCorrection,
  checkIncidentVoidable,
  checkInterventionVoidable,
  checkOvertimeCorrectable,
  checkDeployment,
  checkDeploymentHours,
  checkDeploymentSession,
  checkIncidentTimes,
  checkInterventionTime,
  checkNoticeDates,
  checkOvertimeActivity,
  checkOvertimeDecision,
  checkOvertimeWorked,
  deploymentOvertime,
  knownStaffGroups,
  linkedOvertimeChange,
  noticeRetentionCutoff,
  type LinkedOvertimeChange,
} from './rules';
import {
  clearAssessment,
  correctOvertimeDecision,
  decideOvertime,
  deploymentsToIntervention,
  findCheckIn,
  findDeployment,
  findIntervention,
  findNotice,
  incidentExists,
  insertCheckIn,
  insertDeployment,
  insertIncident,
  insertIntervention,
  insertNotice,
  insertOvertime,
  overtimeOfDeployment,
  overtimeOnIncident,
  purgeNoticesBefore,
  saveAssessment,
  updateDeployment,
  updateIncident,
  updateIntervention,
  updateNotice,
  updatePendingOvertime,
} from './store';

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

/**
 * §7: the assessment made with the mental-health professional, and the intervention it
 * decided. Assessing an incident assessed before corrects the assessment: with a reason
 * (§3.E), audited as a correction.
 */
export function assessIncident(store: Store, at: Date, input: z.output<typeof assessmentInputSchema>, team: Team): Incident {
  const incident = incidentById(store, at, team, input.incidentId);
  checkAssessmentCorrection(incident.assessment !== null, input.reason);
  checkAssessmentTime(incident, input.assessedAt, toLocalMoment(at));
  const event =
    incident.assessment && input.reason
      ? correctionEvent('incidents.correctAssessment', 'incident', input.incidentId, input.reason)
      : { action: 'incidents.assess', entity: 'incident', entityId: input.incidentId };
  store.write(event, (tx) => saveAssessment(tx, input));
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

/*
 * Corrections (migration 0013): each one names its reason, a code from the shared list, in its
 * audit line; a voided record keeps its row and leaves every list, report, dashboard figure
 * and export. A refused correction writes nothing.
 */

const voidMark = (store: Store, at: Date, reason: RecordCorrectionReason): VoidMark => ({ at: at.toISOString(), by: store.actor, reason });

/** §3.B, §9: applies what a deployment's correction does to its overtime request; returns the audit note for a request voided with it. */
function applyLinkedOvertime(tx: WriteDb, change: LinkedOvertimeChange, deploymentId: number, mark: VoidMark): string[] {
  if (change.kind === 'insert') return [`overtime request ${insertOvertime(tx, { ...change.request, deploymentId })} asked`];
  if (change.kind === 'update') updatePendingOvertime(tx, change.id, change.request);
  if (change.kind === 'void' && voidRows(tx, 'overtime_requests', [change.id], mark)) return [`overtime request ${change.id} voided`];
  return [];
}

/** §7: an incident's own fields corrected — time, category, staff groups affected, the supervisor's notification. */
export function correctIncident(store: Store, at: Date, input: z.output<typeof incidentUpdateSchema>, team: Team): Incident {
  const incident = incidentById(store, at, team, input.id);
  checkIncidentTimes(input, toLocalMoment(at));
  checkIncidentCorrection(incident, input.occurredAt);
  checkAffectedStaffGroups(input.affectedStaffGroups, knownStaffGroups(readSettings(store.read()).staffGroups, incident.affectedStaffGroups));
  const { id, reason, ...fields } = input;
  store.write(correctionEvent('incidents.update', 'incident', id, reason), (tx) => updateIncident(tx, id, fields));
  return incidentById(store, at, team, id);
}

/**
 * §7, §3.E: an incident entered in error is voided with its sessions and deployments, and the
 * pending overtime requests of those deployments (§9); it leaves the lists and the Chief's
 * figures. Refused while a request it would take along was decided, or another request names it.
 */
export function voidIncident(store: Store, at: Date, input: { id: number; reason: RecordCorrectionReason }, team: Team): { voided: number } {
  const incident = incidentById(store, at, team, input.id);
  const db = store.read();
  const overtime = overtimeOnIncident(db, input.id);
  checkIncidentVoidable(overtime);
  const changes = incident.deployments.map((d) => ({ deploymentId: d.id, change: linkedOvertimeChange(overtimeOfDeployment(db, d.id), null) }));
  const mark = voidMark(store, at, input.reason);
  const withIt = `with ${incident.interventions.length} session(s) and ${incident.deployments.length} deployment(s)`;
  store.write(
    (notes: string[]) => correctionEvent('incidents.void', 'incident', input.id, input.reason, [withIt, ...notes]),
    (tx) => {
      const notes = changes.flatMap(({ deploymentId, change }) => applyLinkedOvertime(tx, change, deploymentId, mark));
      voidRows(tx, 'deployments', incident.deployments.map((d) => d.id), mark);
      voidRows(tx, 'interventions', incident.interventions.map((i) => i.id), mark);
      voidRows(tx, 'incidents', [input.id], mark);
      return notes;
    },
  );
  return { voided: input.id };
}

/** §7: the assessment taken back when it was recorded in error; the incident is awaiting one again. */
export function clearIncidentAssessment(store: Store, at: Date, input: { id: number; reason: RecordCorrectionReason }, team: Team): Incident {
  const incident = incidentById(store, at, team, input.id);
  if (!incident.assessment) throw new AppError('conflict', 'This incident has no assessment to clear.');
  store.write(correctionEvent('incidents.clearAssessment', 'incident', input.id, input.reason), (tx) => clearAssessment(tx, input.id));
  return incidentById(store, at, team, input.id);
}

/** The live session `id` and its incident. */
function interventionWithIncident(store: Store, at: Date, team: Team, id: number) {
  const db = store.read();
  requireLive(db, 'interventions', id, 'defusing or debriefing');
  const intervention = findIntervention(db, id);
  if (!intervention) throw new AppError('not_found', `No defusing or debriefing #${id}.`);
  return { intervention, incident: incidentById(store, at, team, intervention.incidentId) };
}

/**
 * §7: a defusing or debriefing corrected. §9: the pending overtime requests of the members
 * deployed to it move to its new day; one the manager decided keeps the session's day.
 */
export function correctIntervention(store: Store, at: Date, input: z.output<typeof interventionUpdateSchema>, team: Team): Incident {
  const { intervention, incident } = interventionWithIncident(store, at, team, input.id);
  checkInterventionTime(incident, input.heldAt, toLocalMoment(at));
  const db = store.read();
  const changes = deploymentsToIntervention(db, input.id).map((d) => ({
    deploymentId: d.id,
    change: linkedOvertimeChange(overtimeOfDeployment(db, d.id), deploymentOvertime(d, [{ id: input.id, heldAt: input.heldAt }], team.today)),
  }));
  const mark = voidMark(store, at, input.reason);
  const { id, reason, ...fields } = input;
  store.write(correctionEvent('incidents.updateIntervention', 'intervention', id, reason), (tx) => {
    updateIntervention(tx, id, fields);
    for (const { deploymentId, change } of changes) applyLinkedOvertime(tx, change, deploymentId, mark);
  });
  return incidentById(store, at, team, intervention.incidentId);
}

/** §7: a session entered in error is voided; §3.G: not while members are deployed to it. */
export function voidIntervention(store: Store, at: Date, input: { id: number; reason: RecordCorrectionReason }, team: Team): Incident {
  const { intervention } = interventionWithIncident(store, at, team, input.id);
  checkInterventionVoidable(deploymentsToIntervention(store.read(), input.id));
  store.write(correctionEvent('incidents.voidIntervention', 'intervention', input.id, input.reason), (tx) => voidRows(tx, 'interventions', [input.id], voidMark(store, at, input.reason)));
  return incidentById(store, at, team, intervention.incidentId);
}

/** The live deployment `id` and its incident. */
function deploymentWithIncident(store: Store, at: Date, team: Team, id: number) {
  const db = store.read();
  requireLive(db, 'deployments', id, 'deployment');
  const deployment = findDeployment(db, id);
  if (!deployment) throw new AppError('not_found', `No deployment #${id}.`);
  return { deployment, incident: incidentById(store, at, team, deployment.incidentId) };
}

/**
 * §3.G: a deployment corrected — the session, the member (a different member must be
 * deployable, §8), the hours. §3.B, §9: its overtime request follows while pending; once the
 * manager decided it, a correction that would change it is refused.
 */
export function correctDeployment(store: Store, at: Date, input: z.output<typeof deploymentUpdateSchema>, team: Team): Incident {
  const { deployment, incident } = deploymentWithIncident(store, at, team, input.id);
  checkDeploymentSession(incident, input.interventionId);
  const member = memberOnTeam(team, input.memberId);
  // The member deployed then stays deployed; another member named instead must be deployable now.
  if (input.memberId !== deployment.memberId) checkDeployment(member, input);
  else checkDeploymentHours(input);
  const next = deploymentOvertime({ ...input, incidentId: deployment.incidentId }, incident.interventions, toIsoDate(new Date(deployment.directedAt)));
  const change = linkedOvertimeChange(overtimeOfDeployment(store.read(), input.id), next);
  const mark = voidMark(store, at, input.reason);
  const { id, reason, ...fields } = input;
  store.write(
    (notes: string[]) => correctionEvent('incidents.updateDeployment', 'deployment', id, reason, notes),
    (tx) => {
      updateDeployment(tx, id, fields);
      return applyLinkedOvertime(tx, change, id, mark);
    },
  );
  return incidentById(store, at, team, deployment.incidentId);
}

/**
 * §3.G: a deployment entered in error is voided. §3.B, §9: its overtime request goes with it
 * while pending; once the manager decided it, the decision stands and the void is refused.
 */
export function voidDeployment(store: Store, at: Date, input: { id: number; reason: RecordCorrectionReason }, team: Team): Incident {
  const { deployment } = deploymentWithIncident(store, at, team, input.id);
  const change = linkedOvertimeChange(overtimeOfDeployment(store.read(), input.id), null);
  const mark = voidMark(store, at, input.reason);
  store.write(
    (notes: string[]) => correctionEvent('incidents.voidDeployment', 'deployment', input.id, input.reason, notes),
    (tx) => {
      const notes = applyLinkedOvertime(tx, change, input.id, mark);
      voidRows(tx, 'deployments', [input.id], mark);
      return notes;
    },
  );
  return incidentById(store, at, team, deployment.incidentId);
}

/** §3.B: a request still pending, corrected; a deployment's is corrected through the deployment (§9). */
export function correctOvertime(store: Store, input: z.output<typeof overtimeUpdateSchema>, team: Team): OvertimeRequest {
  const db = store.read();
  checkOvertimeCorrectable(overtimeRequest(db, input.id));
  const name = memberOnTeam(team, input.memberId).displayName;
  checkOvertimeActivity(input.activity);
  checkOvertimeWorked(input.workedOn, team.today);
  if (input.incidentId !== null && !incidentExists(db, input.incidentId)) {
    throw validationError(`No incident #${input.incidentId}.`, [{ path: 'incidentId', message: 'Unknown incident' }]);
  }
  const { id, reason, ...fields } = input;
  store.write(correctionEvent('overtime.update', 'overtime', id, reason), (tx) => updatePendingOvertime(tx, id, fields));
  return { ...overtimeRequest(store.read(), id), memberName: name };
}

/** §3.B: a pending request entered in error is voided; a decided one has its decision corrected first; a deployment's goes with the deployment (§9). */
export function voidOvertime(store: Store, at: Date, input: { id: number; reason: RecordCorrectionReason }): { voided: number } {
  checkOvertimeCorrectable(overtimeRequest(store.read(), input.id));
  store.write(correctionEvent('overtime.void', 'overtime', input.id, input.reason), (tx) => voidRows(tx, 'overtime_requests', [input.id], voidMark(store, at, input.reason)));
  return { voided: input.id };
}

/** §3.B, §9: the manager's decision corrected, always with a reason: revised, or back to pending when recorded in error. */
export function correctDecision(store: Store, input: z.output<typeof overtimeDecisionCorrectionSchema>, team: Team): OvertimeRequest {
  const request = overtimeRequest(store.read(), input.id);
  checkDecisionCorrection(request, input.decidedOn);
  store.write(correctionEvent('overtime.correctDecision', 'overtime', input.id, input.reason), (tx) => correctOvertimeDecision(tx, input));
  return { ...overtimeRequest(store.read(), input.id), memberName: memberOnTeam(team, request.memberId).displayName };
}

/** The live notice `id`. */
function liveNotice(store: Store, id: number) {
  const db = store.read();
  requireLive(db, 'exception_notices', id, 'exception notice');
  const notice = findNotice(db, id);
  if (!notice) throw new AppError('not_found', `No exception notice #${id}.`);
  return notice;
}

/** §5.C: a notice corrected — still only the date, the §5.B category and who notified. */
export function correctNotice(store: Store, at: Date, input: z.output<typeof exceptionNoticeUpdateSchema>, team: Team): ExceptionNotice {
  liveNotice(store, input.id);
  const name = memberOnTeam(team, input.memberId).displayName;
  checkNoticeDates(input, team.today, toLocalMoment(at));
  const { id, reason, ...fields } = input;
  store.write(correctionEvent('notices.update', 'notice', id, reason), (tx) => updateNotice(tx, id, fields));
  return { id, ...fields, memberName: name };
}

/** §5.C: a notice entered in error is voided: it leaves the list and the report's count (the retention purge still deletes it in time). */
export function voidNotice(store: Store, at: Date, input: { id: number; reason: RecordCorrectionReason }): { voided: number } {
  liveNotice(store, input.id);
  store.write(correctionEvent('notices.void', 'notice', input.id, input.reason), (tx) => voidRows(tx, 'exception_notices', [input.id], voidMark(store, at, input.reason)));
  return { voided: input.id };
}

/**
 * §7: a check-in after an incident done, on the day of the call: the mark holds only that day
 * and who marked it (the store's actor, as the audit line does) — never whom it was about.
 */
export function markCheckInDone(store: Store, input: z.output<typeof checkInDoneSchema>, team: Team): IncidentCheckIn[] {
  const key = intervalKey(input.interval);
  checkCheckInMarkable(checkInsOfIncident(store, team, input.incidentId).find((c) => c.key === key));
  store.write((id: number) => ({ action: 'incidents.checkInDone', entity: 'check-in', entityId: id }), (tx) => insertCheckIn(tx, { incidentId: input.incidentId, intervalKey: key, doneOn: team.today, doneBy: store.actor }));
  return checkInsOfIncident(store, team, input.incidentId);
}

/** §7, §3.E: a check-in marked done in error is undone with a reason; it is due again. */
export function undoCheckIn(store: Store, at: Date, input: { id: number; reason: RecordCorrectionReason }, team: Team): IncidentCheckIn[] {
  const db = store.read();
  requireLive(db, 'incident_check_ins', input.id, 'check-in');
  const mark = findCheckIn(db, input.id);
  if (!mark) throw new AppError('not_found', `No check-in #${input.id}.`);
  requireLive(db, 'incidents', mark.incidentId, 'incident');
  store.write(correctionEvent('incidents.undoCheckIn', 'check-in', input.id, input.reason), (tx) => voidRows(tx, 'incident_check_ins', [input.id], voidMark(store, at, input.reason)));
  return checkInsOfIncident(store, team, mark.incidentId);
}
