import type { ExceptionNotice, Incident, IncidentCategory, Intervention, OvertimeRequest } from '../../../shared/incidents';
import type { Db } from '../../store/open-database';

/** SQL for incidents, interventions, deployments, overtime and exception notices; no rules here. */
type Row = Record<string, string | number | null>;

export type StoredIncident = Omit<Incident, 'clock' | 'interventions' | 'deployments'> & {
  interventions: Omit<Intervention, 'withinWindow'>[];
  deployments: Omit<Incident['deployments'][number], 'possibleConflict' | 'memberName'>[];
};

export function listIncidents(db: Db): StoredIncident[] {
  const groups = new Map<number, string[]>();
  for (const r of db.prepare('SELECT incident_id, staff_group FROM incident_staff_groups ORDER BY staff_group').all() as Row[]) {
    groups.set(r.incident_id as number, [...(groups.get(r.incident_id as number) ?? []), r.staff_group as string]);
  }
  const interventions = db.prepare('SELECT * FROM interventions ORDER BY held_at').all() as Row[];
  const deployments = db.prepare('SELECT * FROM deployments ORDER BY directed_at').all() as Row[];
  return (db.prepare('SELECT * FROM incidents ORDER BY occurred_at DESC, id DESC').all() as Row[]).map((r) => ({
    id: r.id as number,
    occurredAt: r.occurred_at as string,
    category: r.category as IncidentCategory,
    affectedStaffGroups: groups.get(r.id as number) ?? [],
    supervisorNotifiedAt: (r.supervisor_notified_at as string | null) ?? null,
    assessment: r.assessed_at
      ? { assessedAt: r.assessed_at as string, assessedWith: r.assessed_with as string, decision: r.assessment_decision as never, followUpsDueOn: (r.follow_ups_due_on as string | null) ?? null }
      : null,
    interventions: interventions
      .filter((i) => i.incident_id === r.id)
      .map((i) => ({ id: i.id as number, kind: i.kind as never, heldAt: i.held_at as string, durationHours: i.duration_hours as number, attendeesSworn: i.attendees_sworn as number, attendeesNonSworn: i.attendees_non_sworn as number })),
    deployments: deployments
      .filter((d) => d.incident_id === r.id)
      .map((d) => ({
        id: d.id as number,
        incidentId: d.incident_id as number,
        interventionId: (d.intervention_id as number | null) ?? null,
        memberId: d.member_id as number,
        directedBy: d.directed_by as string,
        directedAt: d.directed_at as string,
        hours: d.hours as number,
        overtimeHours: d.overtime_hours as number,
      })),
  }));
}

export function insertIncident(db: Db, i: { occurredAt: string; category: string; affectedStaffGroups: string[]; supervisorNotifiedAt: string | null }): number {
  const id = Number(db.prepare('INSERT INTO incidents (occurred_at, category, supervisor_notified_at) VALUES (?, ?, ?)').run(i.occurredAt, i.category, i.supervisorNotifiedAt).lastInsertRowid);
  const insertGroup = db.prepare('INSERT INTO incident_staff_groups (incident_id, staff_group) VALUES (?, ?)');
  for (const group of new Set(i.affectedStaffGroups)) insertGroup.run(id, group);
  return id;
}

export function saveAssessment(db: Db, a: { incidentId: number; assessedAt: string; assessedWith: string; decision: string; followUpsDueOn: string | null }): void {
  db.prepare('UPDATE incidents SET assessed_at = ?, assessed_with = ?, assessment_decision = ?, follow_ups_due_on = ? WHERE id = ?').run(a.assessedAt, a.assessedWith, a.decision, a.followUpsDueOn, a.incidentId);
}

export function insertIntervention(db: Db, i: { incidentId: number; kind: string; heldAt: string; durationHours: number; attendeesSworn: number; attendeesNonSworn: number }): number {
  return Number(
    db
      .prepare('INSERT INTO interventions (incident_id, kind, held_at, duration_hours, attendees_sworn, attendees_non_sworn) VALUES (?, ?, ?, ?, ?, ?)')
      .run(i.incidentId, i.kind, i.heldAt, i.durationHours, i.attendeesSworn, i.attendeesNonSworn).lastInsertRowid,
  );
}

export function insertDeployment(db: Db, d: { incidentId: number; interventionId: number | null; memberId: number; directedBy: string; directedAt: string; hours: number; overtimeHours: number }): number {
  return Number(
    db
      .prepare('INSERT INTO deployments (incident_id, intervention_id, member_id, directed_by, directed_at, hours, overtime_hours) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(d.incidentId, d.interventionId, d.memberId, d.directedBy, d.directedAt, d.hours, d.overtimeHours).lastInsertRowid,
  );
}

export function listOvertime(db: Db): Omit<OvertimeRequest, 'memberName'>[] {
  return (db.prepare('SELECT * FROM overtime_requests ORDER BY worked_on DESC, id DESC').all() as Row[]).map((r) => ({
    id: r.id as number,
    memberId: r.member_id as number,
    workedOn: r.worked_on as string,
    hours: r.hours as number,
    activity: r.activity as never,
    incidentId: (r.incident_id as number | null) ?? null,
    decision: r.decision as never,
    managerName: (r.manager_name as string | null) ?? null,
    decidedOn: (r.decided_on as string | null) ?? null,
  }));
}

export function insertOvertime(db: Db, o: { memberId: number; workedOn: string; hours: number; activity: string; incidentId: number | null }): number {
  return Number(
    db.prepare("INSERT INTO overtime_requests (member_id, worked_on, hours, activity, incident_id, decision) VALUES (?, ?, ?, ?, ?, 'pending')").run(o.memberId, o.workedOn, o.hours, o.activity, o.incidentId)
      .lastInsertRowid,
  );
}

export function decideOvertime(db: Db, d: { id: number; managerName: string; decidedOn: string; decision: string }): boolean {
  return db.prepare("UPDATE overtime_requests SET decision = ?, manager_name = ?, decided_on = ? WHERE id = ? AND decision = 'pending'").run(d.decision, d.managerName, d.decidedOn, d.id).changes > 0;
}

/** §3.B, §9: only approved overtime counts anywhere. */
export function approvedOvertimeHours(db: Db, fromDate: string, toDate: string): number {
  return (db.prepare("SELECT coalesce(sum(hours), 0) AS h FROM overtime_requests WHERE decision = 'approved' AND worked_on BETWEEN ? AND ?").get(fromDate, toDate) as { h: number }).h;
}

export function listNotices(db: Db): Omit<ExceptionNotice, 'memberName'>[] {
  return (db.prepare('SELECT * FROM exception_notices ORDER BY occurred_on DESC, id DESC').all() as Row[]).map((r) => ({
    id: r.id as number,
    memberId: r.member_id as number,
    category: r.category as never,
    occurredOn: r.occurred_on as string,
    coordinatorNotifiedAt: r.coordinator_notified_at as string,
  }));
}

export function insertNotice(db: Db, n: { memberId: number; category: string; occurredOn: string; coordinatorNotifiedAt: string }): number {
  return Number(db.prepare('INSERT INTO exception_notices (member_id, category, occurred_on, coordinator_notified_at) VALUES (?, ?, ?, ?)').run(n.memberId, n.category, n.occurredOn, n.coordinatorNotifiedAt).lastInsertRowid);
}

/** Counts for the statistical summary over the days `from`–`to` inclusive: incidents, sessions held, notices. */
export function activityCounts(db: Db, from: string, to: string): { incidents: number; groupInterventions: number; exceptionNotices: number; incidentsByStaffGroup: Map<string, number> } {
  const count = (sql: string) => (db.prepare(sql).get(from, to) as { n: number }).n;
  const byGroup = db
    .prepare('SELECT g.staff_group AS staff_group, COUNT(*) AS n FROM incident_staff_groups g JOIN incidents i ON i.id = g.incident_id WHERE substr(i.occurred_at, 1, 10) BETWEEN ? AND ? GROUP BY g.staff_group')
    .all(from, to) as { staff_group: string; n: number }[];
  return {
    incidents: count('SELECT COUNT(*) AS n FROM incidents WHERE substr(occurred_at, 1, 10) BETWEEN ? AND ?'),
    groupInterventions: count('SELECT COUNT(*) AS n FROM interventions WHERE substr(held_at, 1, 10) BETWEEN ? AND ?'),
    exceptionNotices: count('SELECT COUNT(*) AS n FROM exception_notices WHERE occurred_on BETWEEN ? AND ?'),
    incidentsByStaffGroup: new Map(byGroup.map((r) => [r.staff_group, r.n])),
  };
}

/** Exception notices that occurred before `cutoff` (retention): deleted, their number returned. */
export function purgeNoticesBefore(db: Db, cutoff: string): number {
  return db.prepare('DELETE FROM exception_notices WHERE occurred_on < ?').run(cutoff).changes;
}

export function countNoticesBefore(db: Db, cutoff: string): number {
  return (db.prepare('SELECT count(*) AS n FROM exception_notices WHERE occurred_on < ?').get(cutoff) as { n: number }).n;
}
