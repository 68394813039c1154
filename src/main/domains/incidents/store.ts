import * as z from 'zod';
import type { IsoDate, LocalMoment, Month } from '../../../shared/calendar';
import {
  mentalHealthProfessionals,
  type MentalHealthProfessional,
  type AssessmentDecision,
  type ExceptionCategory,
  type ExceptionNotice,
  type Incident,
  type IncidentCategory,
  type Intervention,
  type InterventionKind,
  type OvertimeActivity,
  type OvertimeDecision,
  type OvertimeRequest,
} from '../../../shared/incidents';
import type { ReadDb, WriteDb } from '../../store/store';

/** `assessed_with` has no CHECK (migration 0012 turned earlier text into roles): parsed on the way out. */
const assessedWithColumn = z.enum(mentalHealthProfessionals);

/**
 * SQL for incidents, interventions, deployments, overtime and exception notices; no rules here.
 * A column holding a category, kind, activity or decision has its list's type: migration 0008
 * constrains each one (CHECK … IN) to exactly the values of that list. A voided record
 * (migration 0013) is read by nothing here but `rowState`: every list, count and sum below
 * takes live rows only.
 */

export type StoredIncident = Omit<Incident, 'clock' | 'interventions' | 'deployments'> & {
  interventions: StoredIntervention[];
  deployments: StoredDeployment[];
};
type StoredIntervention = Omit<Intervention, 'withinWindow'>;
type StoredDeployment = Omit<Incident['deployments'][number], 'possibleConflict' | 'memberName'>;
export type StoredOvertime = Omit<OvertimeRequest, 'memberName'>;
export type StoredNotice = Omit<ExceptionNotice, 'memberName'>;

interface IncidentRow {
  id: number;
  occurred_at: LocalMoment;
  category: IncidentCategory;
  supervisor_notified_at: LocalMoment | null;
  assessed_at: LocalMoment | null;
  assessed_with: string | null;
  assessment_decision: AssessmentDecision | null;
  follow_ups_due_on: IsoDate | null;
}

interface StaffGroupRow {
  incident_id: number;
  staff_group: string;
}

interface InterventionRow {
  id: number;
  incident_id: number;
  kind: InterventionKind;
  held_at: LocalMoment;
  duration_hours: number;
  attendees_sworn: number;
  attendees_non_sworn: number;
}

interface DeploymentRow {
  id: number;
  incident_id: number;
  intervention_id: number | null;
  member_id: number;
  directed_by: string;
  directed_at: string;
  hours: number;
  overtime_hours: number;
}

interface OvertimeRow {
  id: number;
  member_id: number;
  worked_on: IsoDate;
  hours: number;
  activity: OvertimeActivity;
  incident_id: number | null;
  deployment_id: number | null;
  decision: OvertimeDecision;
  manager_name: string | null;
  decided_on: IsoDate | null;
}

interface NoticeRow {
  id: number;
  member_id: number;
  category: ExceptionCategory;
  occurred_on: IsoDate;
  coordinator_notified_at: LocalMoment;
}

/** An incident with its staff groups, sessions and deployments (each list already this incident's). */
function incidentFromRow(row: IncidentRow, staffGroups: string[], interventions: StoredIntervention[], deployments: StoredDeployment[]): StoredIncident {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    category: row.category,
    affectedStaffGroups: staffGroups,
    supervisorNotifiedAt: row.supervisor_notified_at,
    // saveAssessment writes the assessment's columns together: an assessed incident has them all.
    assessment:
      row.assessed_at !== null && row.assessed_with !== null && row.assessment_decision !== null
        ? { assessedAt: row.assessed_at, assessedWith: assessedWithColumn.parse(row.assessed_with), decision: row.assessment_decision, followUpsDueOn: row.follow_ups_due_on }
        : null,
    interventions,
    deployments,
  };
}

function interventionFromRow(row: InterventionRow): StoredIntervention {
  return { id: row.id, kind: row.kind, heldAt: row.held_at, durationHours: row.duration_hours, attendeesSworn: row.attendees_sworn, attendeesNonSworn: row.attendees_non_sworn };
}

function deploymentFromRow(row: DeploymentRow): StoredDeployment {
  return {
    id: row.id,
    incidentId: row.incident_id,
    interventionId: row.intervention_id,
    memberId: row.member_id,
    directedBy: row.directed_by,
    directedAt: row.directed_at,
    hours: row.hours,
    overtimeHours: row.overtime_hours,
  };
}

function overtimeFromRow(row: OvertimeRow): StoredOvertime {
  return {
    id: row.id,
    memberId: row.member_id,
    workedOn: row.worked_on,
    hours: row.hours,
    activity: row.activity,
    incidentId: row.incident_id,
    deploymentId: row.deployment_id,
    decision: row.decision,
    managerName: row.manager_name,
    decidedOn: row.decided_on,
  };
}

function noticeFromRow(row: NoticeRow): StoredNotice {
  return { id: row.id, memberId: row.member_id, category: row.category, occurredOn: row.occurred_on, coordinatorNotifiedAt: row.coordinator_notified_at };
}

/** The rows of `rows` grouped by their incident, each group in the order of `rows`. */
function byIncident<R extends { incident_id: number }, T>(rows: R[], fromRow: (row: R) => T): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(row.incident_id, [...(groups.get(row.incident_id) ?? []), fromRow(row)]);
  return groups;
}

/** Every incident, latest first, with its staff groups (by name), sessions (by time) and deployments (by time). */
export function listIncidents(db: ReadDb): StoredIncident[] {
  const groups = byIncident(db.prepare<[], StaffGroupRow>('SELECT incident_id, staff_group FROM incident_staff_groups ORDER BY staff_group').all(), (r) => r.staff_group);
  const interventions = byIncident(db.prepare<[], InterventionRow>('SELECT * FROM interventions WHERE voided_at IS NULL ORDER BY held_at').all(), interventionFromRow);
  const deployments = byIncident(db.prepare<[], DeploymentRow>('SELECT * FROM deployments WHERE voided_at IS NULL ORDER BY directed_at').all(), deploymentFromRow);
  return db
    .prepare<[], IncidentRow>('SELECT * FROM incidents WHERE voided_at IS NULL ORDER BY occurred_at DESC, id DESC')
    .all()
    .map((row) => incidentFromRow(row, groups.get(row.id) ?? [], interventions.get(row.id) ?? [], deployments.get(row.id) ?? []));
}

export function incidentExists(db: ReadDb, id: number): boolean {
  return db.prepare<[number], { id: number }>('SELECT id FROM incidents WHERE id = ? AND voided_at IS NULL').get(id) !== undefined;
}

/** §7: an incident's own fields, corrected; its staff groups are replaced by those given. */
export function updateIncident(tx: WriteDb, id: number, i: { occurredAt: LocalMoment; category: IncidentCategory; affectedStaffGroups: string[]; supervisorNotifiedAt: LocalMoment | null }): void {
  tx.prepare('UPDATE incidents SET occurred_at = ?, category = ?, supervisor_notified_at = ? WHERE id = ?').run(i.occurredAt, i.category, i.supervisorNotifiedAt, id);
  tx.prepare('DELETE FROM incident_staff_groups WHERE incident_id = ?').run(id);
  const insertGroup = tx.prepare('INSERT INTO incident_staff_groups (incident_id, staff_group) VALUES (?, ?)');
  for (const group of new Set(i.affectedStaffGroups)) insertGroup.run(id, group);
}

export function insertIncident(tx: WriteDb, i: { occurredAt: LocalMoment; category: IncidentCategory; affectedStaffGroups: string[]; supervisorNotifiedAt: LocalMoment | null }): number {
  const id = Number(tx.prepare('INSERT INTO incidents (occurred_at, category, supervisor_notified_at) VALUES (?, ?, ?)').run(i.occurredAt, i.category, i.supervisorNotifiedAt).lastInsertRowid);
  const insertGroup = tx.prepare('INSERT INTO incident_staff_groups (incident_id, staff_group) VALUES (?, ?)');
  for (const group of new Set(i.affectedStaffGroups)) insertGroup.run(id, group);
  return id;
}

export function saveAssessment(tx: WriteDb, a: { incidentId: number; assessedAt: LocalMoment; assessedWith: MentalHealthProfessional; decision: AssessmentDecision; followUpsDueOn: IsoDate | null }): void {
  tx.prepare('UPDATE incidents SET assessed_at = ?, assessed_with = ?, assessment_decision = ?, follow_ups_due_on = ? WHERE id = ?').run(a.assessedAt, a.assessedWith, a.decision, a.followUpsDueOn, a.incidentId);
}

/** §7: the assessment taken back (recorded in error): the incident is again awaiting one. */
export function clearAssessment(tx: WriteDb, incidentId: number): void {
  tx.prepare('UPDATE incidents SET assessed_at = NULL, assessed_with = NULL, assessment_decision = NULL, follow_ups_due_on = NULL WHERE id = ?').run(incidentId);
}

export function insertIntervention(tx: WriteDb, i: { incidentId: number; kind: InterventionKind; heldAt: LocalMoment; durationHours: number; attendeesSworn: number; attendeesNonSworn: number }): number {
  return Number(
    tx
      .prepare('INSERT INTO interventions (incident_id, kind, held_at, duration_hours, attendees_sworn, attendees_non_sworn) VALUES (?, ?, ?, ?, ?, ?)')
      .run(i.incidentId, i.kind, i.heldAt, i.durationHours, i.attendeesSworn, i.attendeesNonSworn).lastInsertRowid,
  );
}

export function insertDeployment(tx: WriteDb, d: { incidentId: number; interventionId: number | null; memberId: number; directedBy: string; directedAt: string; hours: number; overtimeHours: number }): number {
  return Number(
    tx
      .prepare('INSERT INTO deployments (incident_id, intervention_id, member_id, directed_by, directed_at, hours, overtime_hours) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(d.incidentId, d.interventionId, d.memberId, d.directedBy, d.directedAt, d.hours, d.overtimeHours).lastInsertRowid,
  );
}

export function updateIntervention(tx: WriteDb, id: number, i: { kind: InterventionKind; heldAt: LocalMoment; durationHours: number; attendeesSworn: number; attendeesNonSworn: number }): void {
  tx.prepare('UPDATE interventions SET kind = ?, held_at = ?, duration_hours = ?, attendees_sworn = ?, attendees_non_sworn = ? WHERE id = ?').run(i.kind, i.heldAt, i.durationHours, i.attendeesSworn, i.attendeesNonSworn, id);
}

/** A live session with the id of its incident. */
export function findIntervention(db: ReadDb, id: number): (StoredIntervention & { incidentId: number }) | null {
  const row = db.prepare<[number], InterventionRow>('SELECT * FROM interventions WHERE id = ? AND voided_at IS NULL').get(id);
  return row ? { ...interventionFromRow(row), incidentId: row.incident_id } : null;
}

/** A live deployment. */
export function findDeployment(db: ReadDb, id: number): StoredDeployment | null {
  const row = db.prepare<[number], DeploymentRow>('SELECT * FROM deployments WHERE id = ? AND voided_at IS NULL').get(id);
  return row ? deploymentFromRow(row) : null;
}

/** The live deployments to one session. */
export function deploymentsToIntervention(db: ReadDb, interventionId: number): StoredDeployment[] {
  return db.prepare<[number], DeploymentRow>('SELECT * FROM deployments WHERE intervention_id = ? AND voided_at IS NULL ORDER BY id').all(interventionId).map(deploymentFromRow);
}

/** A deployment corrected: the session, the member and the hours (who directed it and when stay). */
export function updateDeployment(tx: WriteDb, id: number, d: { interventionId: number | null; memberId: number; hours: number; overtimeHours: number }): void {
  tx.prepare('UPDATE deployments SET intervention_id = ?, member_id = ?, hours = ?, overtime_hours = ? WHERE id = ?').run(d.interventionId, d.memberId, d.hours, d.overtimeHours, id);
}

/** Every live overtime request, latest worked first. */
export function listOvertime(db: ReadDb): StoredOvertime[] {
  return db.prepare<[], OvertimeRow>('SELECT * FROM overtime_requests WHERE voided_at IS NULL ORDER BY worked_on DESC, id DESC').all().map(overtimeFromRow);
}

/** A live overtime request. */
export function findOvertime(db: ReadDb, id: number): StoredOvertime | null {
  const row = db.prepare<[number], OvertimeRow>('SELECT * FROM overtime_requests WHERE id = ? AND voided_at IS NULL').get(id);
  return row ? overtimeFromRow(row) : null;
}

/** §3.B, §9: the live request a deployment made for its overtime hours, if any. */
export function overtimeOfDeployment(db: ReadDb, deploymentId: number): StoredOvertime | null {
  const row = db.prepare<[number], OvertimeRow>('SELECT * FROM overtime_requests WHERE deployment_id = ? AND voided_at IS NULL').get(deploymentId);
  return row ? overtimeFromRow(row) : null;
}

/** The live overtime requests that name an incident (its deployments' and any recorded on their own). */
export function overtimeOnIncident(db: ReadDb, incidentId: number): StoredOvertime[] {
  return db.prepare<[number], OvertimeRow>('SELECT * FROM overtime_requests WHERE incident_id = ? AND voided_at IS NULL ORDER BY id').all(incidentId).map(overtimeFromRow);
}

/** A pending request; `deploymentId` names the deployment whose overtime it is (migration 0011: one request a deployment). */
export function insertOvertime(tx: WriteDb, o: { memberId: number; workedOn: IsoDate; hours: number; activity: OvertimeActivity; incidentId: number | null; deploymentId?: number }): number {
  return Number(
    tx
      .prepare("INSERT INTO overtime_requests (member_id, worked_on, hours, activity, incident_id, deployment_id, decision) VALUES (?, ?, ?, ?, ?, ?, 'pending')")
      .run(o.memberId, o.workedOn, o.hours, o.activity, o.incidentId, o.deploymentId ?? null).lastInsertRowid,
  );
}

/** A pending request's own fields, corrected (a decided one is left as it is). */
export function updatePendingOvertime(tx: WriteDb, id: number, o: { memberId: number; workedOn: IsoDate; hours: number; activity: OvertimeActivity; incidentId: number | null }): boolean {
  return (
    tx
      .prepare("UPDATE overtime_requests SET member_id = ?, worked_on = ?, hours = ?, activity = ?, incident_id = ? WHERE id = ? AND decision = 'pending' AND voided_at IS NULL")
      .run(o.memberId, o.workedOn, o.hours, o.activity, o.incidentId, id).changes > 0
  );
}

/** §3.B, §9: the manager's decision, corrected; pending clears the manager and the day. */
export function correctOvertimeDecision(tx: WriteDb, d: { id: number; decision: OvertimeDecision; managerName: string | null; decidedOn: IsoDate | null }): void {
  tx.prepare('UPDATE overtime_requests SET decision = ?, manager_name = ?, decided_on = ? WHERE id = ?').run(d.decision, d.managerName, d.decidedOn, d.id);
}

export function decideOvertime(tx: WriteDb, d: { id: number; managerName: string; decidedOn: IsoDate; decision: 'approved' | 'denied' }): boolean {
  return tx.prepare("UPDATE overtime_requests SET decision = ?, manager_name = ?, decided_on = ? WHERE id = ? AND decision = 'pending'").run(d.decision, d.managerName, d.decidedOn, d.id).changes > 0;
}

/**
 * §3.B, §9: only approved overtime counts anywhere. A deployment's overtime hours count here
 * through the one request the deployment made, never from the deployment itself.
 */
export function approvedOvertimeHours(db: ReadDb, fromDate: IsoDate, toDate: IsoDate): number {
  return (
    db.prepare<[IsoDate, IsoDate], { h: number }>("SELECT coalesce(sum(hours), 0) AS h FROM overtime_requests WHERE decision = 'approved' AND voided_at IS NULL AND worked_on BETWEEN ? AND ?").get(fromDate, toDate)?.h ?? 0
  );
}

/** Every live exception notice, latest first. */
export function listNotices(db: ReadDb): StoredNotice[] {
  return db.prepare<[], NoticeRow>('SELECT * FROM exception_notices WHERE voided_at IS NULL ORDER BY occurred_on DESC, id DESC').all().map(noticeFromRow);
}

/** A live exception notice. */
export function findNotice(db: ReadDb, id: number): StoredNotice | null {
  const row = db.prepare<[number], NoticeRow>('SELECT * FROM exception_notices WHERE id = ? AND voided_at IS NULL').get(id);
  return row ? noticeFromRow(row) : null;
}

export function updateNotice(tx: WriteDb, id: number, n: { memberId: number; category: ExceptionCategory; occurredOn: IsoDate; coordinatorNotifiedAt: LocalMoment }): void {
  tx.prepare('UPDATE exception_notices SET member_id = ?, category = ?, occurred_on = ?, coordinator_notified_at = ? WHERE id = ?').run(n.memberId, n.category, n.occurredOn, n.coordinatorNotifiedAt, id);
}

export function insertNotice(tx: WriteDb, n: { memberId: number; category: ExceptionCategory; occurredOn: IsoDate; coordinatorNotifiedAt: LocalMoment }): number {
  return Number(tx.prepare('INSERT INTO exception_notices (member_id, category, occurred_on, coordinator_notified_at) VALUES (?, ?, ?, ?)').run(n.memberId, n.category, n.occurredOn, n.coordinatorNotifiedAt).lastInsertRowid);
}

/** Counts for the statistical summary over the days `from`–`to` inclusive: incidents, sessions held, notices. */
export function activityCounts(db: ReadDb, from: IsoDate, to: IsoDate): { incidents: number; groupInterventions: number; exceptionNotices: number } {
  const count = (sql: string) => db.prepare<[IsoDate, IsoDate], { n: number }>(sql).get(from, to)?.n ?? 0;
  return {
    incidents: count('SELECT COUNT(*) AS n FROM incidents WHERE voided_at IS NULL AND substr(occurred_at, 1, 10) BETWEEN ? AND ?'),
    groupInterventions: count('SELECT COUNT(*) AS n FROM interventions WHERE voided_at IS NULL AND substr(held_at, 1, 10) BETWEEN ? AND ?'),
    exceptionNotices: count('SELECT COUNT(*) AS n FROM exception_notices WHERE voided_at IS NULL AND occurred_on BETWEEN ? AND ?'),
  };
}

/** §7 incidents of each month of `from`–`to` by staff group affected (an incident counts once for each group it affected). */
export function incidentsByStaffGroupByMonth(db: ReadDb, from: Month, to: Month): Map<Month, Map<string, number>> {
  const rows = db
    .prepare<[Month, Month], { month: Month; staff_group: string; n: number }>(
      'SELECT substr(i.occurred_at, 1, 7) AS month, g.staff_group AS staff_group, COUNT(*) AS n FROM incident_staff_groups g JOIN incidents i ON i.id = g.incident_id WHERE i.voided_at IS NULL AND substr(i.occurred_at, 1, 7) BETWEEN ? AND ? GROUP BY month, g.staff_group',
    )
    .all(from, to);
  const byMonth = new Map<Month, Map<string, number>>();
  for (const r of rows) byMonth.set(r.month, (byMonth.get(r.month) ?? new Map<string, number>()).set(r.staff_group, r.n));
  return byMonth;
}

/** Exception notices that occurred before `cutoff` (retention), voided ones too: deleted, their number returned. */
export function purgeNoticesBefore(tx: WriteDb, cutoff: IsoDate): number {
  return tx.prepare('DELETE FROM exception_notices WHERE occurred_on < ?').run(cutoff).changes;
}

export function countNoticesBefore(db: ReadDb, cutoff: IsoDate): number {
  return db.prepare<[IsoDate], { n: number }>('SELECT count(*) AS n FROM exception_notices WHERE occurred_on < ?').get(cutoff)?.n ?? 0;
}

/** A live §7 check-in mark: the incident, the interval, the day and who marked it (migration 0017). */
export interface StoredCheckIn {
  id: number;
  incidentId: number;
  intervalKey: string;
  doneOn: IsoDate;
  doneBy: string;
}

interface CheckInRow {
  id: number;
  incident_id: number;
  interval_key: string;
  done_on: IsoDate;
  done_by: string;
}

function checkInFromRow(row: CheckInRow): StoredCheckIn {
  return { id: row.id, incidentId: row.incident_id, intervalKey: row.interval_key, doneOn: row.done_on, doneBy: row.done_by };
}

/** The live check-in marks, of one incident or of every incident. */
export function listCheckIns(db: ReadDb, incidentId?: number): StoredCheckIn[] {
  const sql = 'SELECT id, incident_id, interval_key, done_on, done_by FROM incident_check_ins WHERE voided_at IS NULL';
  const rows = incidentId === undefined ? db.prepare<[], CheckInRow>(`${sql} ORDER BY id`).all() : db.prepare<[number], CheckInRow>(`${sql} AND incident_id = ? ORDER BY id`).all(incidentId);
  return rows.map(checkInFromRow);
}

/** A live check-in mark. */
export function findCheckIn(db: ReadDb, id: number): StoredCheckIn | null {
  const row = db.prepare<[number], CheckInRow>('SELECT id, incident_id, interval_key, done_on, done_by FROM incident_check_ins WHERE id = ? AND voided_at IS NULL').get(id);
  return row ? checkInFromRow(row) : null;
}

/** §7: a check-in done — only the day and who marked it. */
export function insertCheckIn(tx: WriteDb, c: { incidentId: number; intervalKey: string; doneOn: IsoDate; doneBy: string }): number {
  return Number(tx.prepare('INSERT INTO incident_check_ins (incident_id, interval_key, done_on, done_by) VALUES (?, ?, ?, ?)').run(c.incidentId, c.intervalKey, c.doneOn, c.doneBy).lastInsertRowid);
}

/**
 * §3.G, §3.F: every live deployment to a live incident with its member and day — the day of
 * the session it was to, or else the incident's day — and its hours (the supporters' load).
 */
export function deploymentDays(db: ReadDb): { memberId: number; incidentId: number; on: IsoDate; hours: number }[] {
  return db
    .prepare<[], { memberId: number; incidentId: number; on: IsoDate; hours: number }>(
      `SELECT d.member_id AS memberId, d.incident_id AS incidentId, substr(coalesce(s.held_at, i.occurred_at), 1, 10) AS "on", d.hours AS hours
       FROM deployments d JOIN incidents i ON i.id = d.incident_id AND i.voided_at IS NULL
       LEFT JOIN interventions s ON s.id = d.intervention_id AND s.voided_at IS NULL
       WHERE d.voided_at IS NULL ORDER BY "on"`,
    )
    .all();
}
