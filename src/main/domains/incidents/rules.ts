import { addDays, addHours, addMonthsToDate, addYears, daysBetween, hoursBetween, type IsoDate } from '../../../shared/calendar';
import type { IncidentCheckIn } from '../../../shared/follow-ups';
import { intervalKey, intervalLabel, type FollowUpInterval, type PolicyConfig } from '../../../shared/policy';
import type { RecordCorrectionReason } from '../../../shared/corrections';
import type { AssessmentDecision, IncidentClock, InterventionKind, LocalMoment, OvertimeActivity, OvertimeDecision } from '../../../shared/incidents';
import type { Member } from '../../../shared/members';
import { AppError, validationError } from '../../errors';
import type { StoredCheckIn, StoredOvertime } from './store';

/**
 * The policy's rules for §7 incidents, §3.G deployments, §3.B/§9 overtime and §5.B–C
 * exception notices: pure functions of the records, the policy and the time of the call.
 * A `check…` rule throws the error the Coordinator sees when a record breaks it.
 */

/** §7 timing: a defusing within the window (default 12 h), a debriefing between day 1 and day 10. */
export function withinWindow(kind: InterventionKind, occurredAt: LocalMoment, heldAt: LocalMoment, policy: PolicyConfig): boolean {
  const hours = hoursBetween(occurredAt, heldAt);
  if (hours < 0) return false;
  if (kind === 'defusing') return hours <= policy.defusingWindowHours;
  return hours >= policy.debriefingWindowDays.from * 24 && hours <= policy.debriefingWindowDays.to * 24;
}

/** §7: what the incident still needs, and by when: the assessment first, then the intervention decided. */
export function incidentClock(
  incident: { occurredAt: LocalMoment; assessment: { decision: AssessmentDecision; followUpsDueOn: string | null } | null; interventions: { kind: InterventionKind }[] },
  now: LocalMoment,
  policy: PolicyConfig,
): IncidentClock {
  const due = (what: string, dueAt: LocalMoment) => ({ what, dueAt, overdue: now > dueAt });
  const followUpsDueOn = incident.assessment?.followUpsDueOn ?? null;
  if (!incident.assessment) return { next: due('Assess the need for an intervention with the mental-health professional', addHours(incident.occurredAt, policy.defusingWindowHours)), followUpsDueOn };
  const held = (kind: InterventionKind) => incident.interventions.some((i) => i.kind === kind);
  if (incident.assessment.decision === 'defusing' && !held('defusing')) return { next: due('Defusing', addHours(incident.occurredAt, policy.defusingWindowHours)), followUpsDueOn };
  if (incident.assessment.decision === 'debriefing' && !held('debriefing')) {
    return { next: due('Debriefing', addHours(incident.occurredAt, policy.debriefingWindowDays.to * 24)), followUpsDueOn };
  }
  return { next: null, followUpsDueOn };
}

/** A moment of the record that has not come yet: the records are of what happened. */
function notInFuture(moment: LocalMoment, now: LocalMoment, path: string): void {
  if (moment > now) throw validationError('That time is still to come.', [{ path, message: 'In the future' }]);
}

/**
 * §7: an incident is recorded once it occurred, and the supervisor of the affected staff
 * notifies the Coordinator after it, never before.
 */
export function checkIncidentTimes(incident: { occurredAt: LocalMoment; supervisorNotifiedAt: LocalMoment | null }, now: LocalMoment): void {
  notInFuture(incident.occurredAt, now, 'occurredAt');
  if (incident.supervisorNotifiedAt && incident.supervisorNotifiedAt < incident.occurredAt) {
    throw validationError('The supervisor cannot have notified you before the incident.', [{ path: 'supervisorNotifiedAt', message: 'Before the incident' }]);
  }
}

/**
 * §6 (names of staff are never used), §7 (the affected staff's units): an incident names the
 * staff groups it affected, from the configured list — never people.
 */
export function checkAffectedStaffGroups(groups: string[], known: string[]): void {
  const unknown = groups.filter((g) => !known.includes(g));
  if (unknown.length) throw validationError(`Not a staff group: ${unknown.join(', ')}. Only units or staff groups are recorded, never people.`, [{ path: 'affectedStaffGroups', message: 'Unknown staff group' }]);
}

/** §7: the Coordinator and the mental-health professional assess after the incident, and the assessment is recorded once made. */
export function checkAssessmentTime(incident: { occurredAt: LocalMoment }, assessedAt: LocalMoment, now: LocalMoment): void {
  notInFuture(assessedAt, now, 'assessedAt');
  if (assessedAt < incident.occurredAt) throw validationError('The assessment cannot precede the incident.', [{ path: 'assessedAt', message: 'Before the incident' }]);
}

/** §7: a defusing or debriefing follows the incident, and is recorded once held. */
export function checkInterventionTime(incident: { occurredAt: LocalMoment }, heldAt: LocalMoment, now: LocalMoment): void {
  notInFuture(heldAt, now, 'heldAt');
  if (heldAt < incident.occurredAt) throw validationError('A session cannot precede the incident.', [{ path: 'heldAt', message: 'Before the incident' }]);
}

/** §3.G: a member deployed to a session is deployed to one of this incident's sessions. */
export function checkDeploymentSession(incident: { interventions: { id: number }[] }, interventionId: number | null): void {
  if (interventionId !== null && !incident.interventions.some((i) => i.id === interventionId)) {
    throw validationError('That session belongs to another incident.', [{ path: 'interventionId', message: 'Not this incident' }]);
  }
}

/**
 * §3.G, §8: the Coordinator deploys only a member who may provide peer assistance — trained
 * in Individual and Group Crisis Intervention and active. The refusal cites §8 and the
 * findings that block the member (or the status when none does). §3.B, §9: the overtime of a
 * deployment is part of its hours.
 */
export function checkDeployment(member: Member, deployment: { hours: number; overtimeHours: number }): void {
  if (!member.standing.deployable) {
    const reasons = member.standing.findings.filter((f) => f.severity === 'block').map((f) => f.message);
    throw new AppError('policy', `${member.displayName} cannot be deployed (§8): ${reasons.join(' ') || `status is ${member.standing.effective.replaceAll('-', ' ')}.`}`, {
      section: '§8',
      fields: [{ path: 'memberId', message: 'Not deployable' }],
    });
  }
  checkDeploymentHours(deployment);
}

/** §3.B, §9: the overtime of a deployment is part of its hours. */
export function checkDeploymentHours(deployment: { hours: number; overtimeHours: number }): void {
  if (deployment.overtimeHours > deployment.hours) throw validationError('Overtime hours are part of the hours worked.', [{ path: 'overtimeHours', message: 'More than the hours' }]);
}

/**
 * §9, §3.B: the overtime hours of a deployment are overtime like any other — compensated only
 * if the manager approves them. A deployment with overtime asks for it: a pending request for
 * those hours, on the incident, worked on the day of the session the member was deployed to
 * (or, deployed to none, the day the Coordinator directed it). None without overtime hours.
 */
export function deploymentOvertime(
  deployment: { memberId: number; incidentId: number; interventionId: number | null; overtimeHours: number },
  sessions: { id: number; heldAt: LocalMoment }[],
  directedOn: IsoDate,
): { memberId: number; workedOn: IsoDate; hours: number; activity: 'deployment'; incidentId: number } | null {
  if (deployment.overtimeHours <= 0) return null;
  const session = sessions.find((s) => s.id === deployment.interventionId);
  return { memberId: deployment.memberId, workedOn: session ? session.heldAt.slice(0, 10) : directedOn, hours: deployment.overtimeHours, activity: 'deployment', incidentId: deployment.incidentId };
}

/**
 * §9, §3.B: overtime on a deployment is asked for by the deployment itself (its overtime
 * hours), so it reaches the manager — and the report — once; it is not recorded again by hand.
 */
export function checkOvertimeActivity(activity: OvertimeActivity): void {
  if (activity === 'deployment') {
    throw validationError('Overtime on a deployment is recorded with the deployment (its overtime hours), which asks the manager for it (§9).', [
      { path: 'activity', message: 'Recorded with the deployment' },
    ]);
  }
}

/** §3.B: overtime goes to the manager for approval once worked, not before. */
export function checkOvertimeWorked(workedOn: IsoDate, today: IsoDate): void {
  if (workedOn > today) throw validationError('Overtime is recorded once worked.', [{ path: 'workedOn', message: 'In the future' }]);
}

/** §3.B: the manager decides a request once, and not before the work it is for. */
export function checkOvertimeDecision(request: StoredOvertime, decidedOn: IsoDate): void {
  if (request.decision !== 'pending') throw new AppError('conflict', 'This overtime request was already decided.');
  if (decidedOn < request.workedOn) throw validationError('The decision cannot precede the work.', [{ path: 'decidedOn', message: 'Before the overtime' }]);
}

/** §5.C: a member notifies the Coordinator of a §5.B matter that occurred: both lie in the past. */
export function checkNoticeDates(notice: { occurredOn: IsoDate; coordinatorNotifiedAt: LocalMoment }, today: IsoDate, now: LocalMoment): void {
  if (notice.occurredOn > today) throw validationError('That date is still to come.', [{ path: 'occurredOn', message: 'In the future' }]);
  notInFuture(notice.coordinatorNotifiedAt, now, 'coordinatorNotifiedAt');
}

/** §5.C records are kept the policy's number of years: notices that occurred before the day returned are past it. */
export function noticeRetentionCutoff(today: IsoDate, years: number): IsoDate {
  return addYears(today, -years);
}

/*
 * Corrections. A record is corrected with a reason and voided (kept, left out of everything)
 * rather than deleted, so the audit log explains a figure of the Chief's report that changed
 * after the Coordinator reviewed it (§3.E). The rules below keep a correction from leaving the
 * other records it touches in a state the policy forbids.
 */

/**
 * §7, §3.E: an assessment already recorded is re-assessed only with a reason — the first one
 * needs none; a second is a correction of the record.
 */
export function checkAssessmentCorrection(alreadyAssessed: boolean, reason: RecordCorrectionReason | undefined): void {
  if (alreadyAssessed && !reason) {
    throw validationError('This incident was already assessed (§7): say why the assessment is being corrected.', [{ path: 'reason', message: 'Required to correct an assessment' }]);
  }
}

/**
 * §7: the assessment and the sessions follow the incident; moving the incident's time after
 * either would leave them before it. Correct them first, or move the incident less.
 */
export function checkIncidentCorrection(incident: { assessment: { assessedAt: LocalMoment } | null; interventions: { heldAt: LocalMoment }[] }, occurredAt: LocalMoment): void {
  if (incident.assessment && incident.assessment.assessedAt < occurredAt) {
    throw validationError('The assessment would then precede the incident (§7): correct the assessment first.', [{ path: 'occurredAt', message: 'After the assessment' }]);
  }
  if (incident.interventions.some((i) => i.heldAt < occurredAt)) {
    throw validationError('A defusing or debriefing would then precede the incident (§7): correct that session first.', [{ path: 'occurredAt', message: 'After a session' }]);
  }
}

/**
 * §6, §7: a corrected incident names staff groups from the configured list, or groups it
 * already named (a group renamed in Settings since does not block correcting its other fields).
 */
export function knownStaffGroups(configured: string[], current: string[]): string[] {
  return [...new Set([...configured, ...current])];
}

/** §3.G: members deployed to a session keep it: their deployments are corrected (moved or voided) before the session is voided. */
export function checkInterventionVoidable(deployedTo: { id: number }[]): void {
  if (deployedTo.length) {
    throw new AppError('conflict', `Members were deployed to this session (deployment ${deployedTo.map((d) => `#${d.id}`).join(', ')}): correct those deployments first (§3.G).`);
  }
}

/** What a correction does to the overtime request a deployment made (§3.B, §9). */
export type LinkedOvertimeChange =
  | { kind: 'none' }
  | { kind: 'insert'; request: { memberId: number; workedOn: IsoDate; hours: number; activity: 'deployment'; incidentId: number } }
  | { kind: 'update'; id: number; request: { memberId: number; workedOn: IsoDate; hours: number; activity: 'deployment'; incidentId: number } }
  | { kind: 'void'; id: number };

/**
 * §3.B, §9: a deployment's overtime request follows the deployment while it is pending — asked
 * for when overtime hours appear, changed with them, voided when they go or the deployment is
 * voided. Once the manager decided it, the decision stands: a correction that would change
 * the request (or void it) is refused until the request's decision is corrected.
 */
export function linkedOvertimeChange(
  current: { id: number; memberId: number; workedOn: IsoDate; hours: number; decision: OvertimeDecision } | null,
  next: { memberId: number; workedOn: IsoDate; hours: number; activity: 'deployment'; incidentId: number } | null,
): LinkedOvertimeChange {
  if (!current) return next ? { kind: 'insert', request: next } : { kind: 'none' };
  const unchanged = next !== null && next.memberId === current.memberId && next.workedOn === current.workedOn && next.hours === current.hours;
  if (unchanged) return { kind: 'none' };
  if (current.decision !== 'pending') {
    throw new AppError(
      'conflict',
      `The manager already ${current.decision} this deployment's overtime (request #${current.id}); that decision stands (§3.B, §9). Correct the request's decision first, then the deployment.`,
    );
  }
  return next ? { kind: 'update', id: current.id, request: next } : { kind: 'void', id: current.id };
}

/**
 * §3.B: overtime recorded on an incident is a request of its own (not a deployment's): an
 * incident voided in error takes its deployments' requests with it, but the others are
 * corrected or voided first, so that no request names an incident that is gone.
 */
export function checkIncidentVoidable(overtime: { id: number; deploymentId: number | null }[]): void {
  const own = overtime.filter((o) => o.deploymentId === null);
  if (own.length) throw new AppError('conflict', `Overtime request ${own.map((o) => `#${o.id}`).join(', ')} names this incident: correct or void it first (§3.B).`);
}

/**
 * §3.B, §9: a request is corrected or voided by itself only while pending — a decided one is
 * the manager's, so its decision is corrected first — and a deployment's request only through
 * its deployment (its overtime hours).
 */
export function checkOvertimeCorrectable(request: { deploymentId: number | null; decision: OvertimeDecision }): void {
  if (request.deploymentId !== null) {
    throw validationError(`This request is the overtime of deployment #${request.deploymentId}: correct the deployment's overtime hours instead (§9).`, [{ path: 'id', message: "A deployment's request" }]);
  }
  if (request.decision !== 'pending') throw new AppError('conflict', `The manager already ${request.decision} this request (§3.B): correct the decision first.`);
}

/** §3.B, §9: a decision is corrected once one was made (a pending request is decided, not corrected), and never dated before the work. */
export function checkDecisionCorrection(request: { decision: OvertimeDecision; workedOn: IsoDate }, decidedOn: IsoDate | null): void {
  if (request.decision === 'pending') throw new AppError('conflict', 'This overtime request has not been decided yet: record the decision instead.');
  if (decidedOn !== null && decidedOn < request.workedOn) throw validationError('The decision cannot precede the work.', [{ path: 'decidedOn', message: 'Before the overtime' }]);
}

/**
 * §7, §4.E ("be available for additional follow-up support"): the day a check-in falls due, that
 * long after the incident's day. Months are calendar months: 31 January + 1 month is the last
 * day of February; 29 February + 12 months is 28 February in a common year.
 */
export function checkInDueOn(occurredOn: IsoDate, interval: FollowUpInterval): IsoDate {
  if (interval.unit === 'months') return addMonthsToDate(occurredOn, interval.amount);
  return addDays(occurredOn, interval.unit === 'weeks' ? interval.amount * 7 : interval.amount);
}

/** §7: a check-in not done is due from its day for a week, then overdue. */
const DUE_FOR_DAYS = 7;

/**
 * §7, §4.E: an incident's check-ins, one for each of the policy's intervals, in the order they
 * fall due: upcoming before their day, due from it, overdue a week after, done once marked.
 * A mark for an interval the policy no longer lists is left out.
 */
export function incidentCheckIns(incident: { id: number; occurredAt: LocalMoment }, intervals: readonly FollowUpInterval[], marks: readonly StoredCheckIn[], today: IsoDate): IncidentCheckIn[] {
  const occurredOn = incident.occurredAt.slice(0, 10);
  return intervals
    .map((interval): IncidentCheckIn => {
      const key = intervalKey(interval);
      const dueOn = checkInDueOn(occurredOn, interval);
      const mark = marks.find((m) => m.incidentId === incident.id && m.intervalKey === key);
      const state = mark ? 'done' : today < dueOn ? 'upcoming' : daysBetween(dueOn, today) < DUE_FOR_DAYS ? 'due' : 'overdue';
      return { incidentId: incident.id, interval, key, label: intervalLabel(interval), dueOn, state, done: mark ? { id: mark.id, on: mark.doneOn, by: mark.doneBy } : null };
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** §7: a check-in can be marked done only at an interval the policy lists, and only once. */
export function checkCheckInMarkable(checkIn: IncidentCheckIn | undefined): IncidentCheckIn {
  if (!checkIn) throw validationError('The policy sets no check-in at that interval (§7).', [{ path: 'interval', message: 'Not one of the policy’s check-in intervals' }]);
  if (checkIn.done) throw new AppError('conflict', `The ${checkIn.label} check-in was already marked done on ${checkIn.done.on}.`);
  return checkIn;
}
