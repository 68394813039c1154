import type { IsoDate } from '../../../shared/calendar';
import type { DecidedStatus, MemberFields, RemovalReason, StatusHistoryEntry } from '../../../shared/members';
import type { Db } from '../../store/open-database';

/** SQL for members and their status history; no rules here, only storage. */
interface MemberRow {
  id: number;
  first_name: string;
  last_name: string;
  preferred_name: string;
  sworn: number;
  staff_group: string;
  job_title: string;
  work_location: string;
  work_phone: string;
  mobile_phone: string;
  email: string;
  languages: string;
  specialties: string;
  hire_date: string | null;
  probation_completed_on: string | null;
  full_time: number;
  joined_on: string;
  after_hours_available: number;
  listing_consent: number;
  admin_note: string;
  existing_member: number;
  updated_at: string;
}

export interface StoredMember extends MemberFields {
  id: number;
  updatedAt: string;
}

function fromRow(row: MemberRow): StoredMember {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    preferredName: row.preferred_name,
    sworn: row.sworn === 1,
    staffGroup: row.staff_group,
    jobTitle: row.job_title,
    workLocation: row.work_location,
    workPhone: row.work_phone,
    mobilePhone: row.mobile_phone,
    email: row.email,
    languages: JSON.parse(row.languages) as string[],
    specialties: JSON.parse(row.specialties) as string[],
    hireDate: row.hire_date,
    probationCompletedOn: row.probation_completed_on,
    fullTime: row.full_time === 1,
    joinedOn: row.joined_on,
    afterHoursAvailable: row.after_hours_available === 1,
    listingConsent: row.listing_consent === 1,
    adminNote: row.admin_note,
    existingMember: row.existing_member === 1,
    updatedAt: row.updated_at,
  };
}

function toParams(fields: MemberFields) {
  return {
    first_name: fields.firstName,
    last_name: fields.lastName,
    preferred_name: fields.preferredName,
    sworn: fields.sworn ? 1 : 0,
    staff_group: fields.staffGroup,
    job_title: fields.jobTitle,
    work_location: fields.workLocation,
    work_phone: fields.workPhone,
    mobile_phone: fields.mobilePhone,
    email: fields.email,
    languages: JSON.stringify(fields.languages),
    specialties: JSON.stringify(fields.specialties),
    hire_date: fields.hireDate,
    probation_completed_on: fields.probationCompletedOn,
    full_time: fields.fullTime ? 1 : 0,
    joined_on: fields.joinedOn,
    after_hours_available: fields.afterHoursAvailable ? 1 : 0,
    listing_consent: fields.listingConsent ? 1 : 0,
    admin_note: fields.adminNote,
    existing_member: fields.existingMember ? 1 : 0,
  };
}

const columns = Object.keys(toParams({} as MemberFields));

export function listMembers(db: Db): StoredMember[] {
  return (db.prepare('SELECT * FROM members ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id').all() as MemberRow[]).map(fromRow);
}

export function findMember(db: Db, id: number): StoredMember | null {
  const row = db.prepare('SELECT * FROM members WHERE id = ?').get(id) as MemberRow | undefined;
  return row ? fromRow(row) : null;
}

export function insertMember(db: Db, fields: MemberFields, at: string): number {
  const sql = `INSERT INTO members (${columns.join(', ')}, created_at, updated_at)
               VALUES (${columns.map((c) => `@${c}`).join(', ')}, @at, @at)`;
  return Number(db.prepare(sql).run({ ...toParams(fields), at }).lastInsertRowid);
}

export function updateMember(db: Db, id: number, fields: MemberFields, at: string): void {
  const sql = `UPDATE members SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @at WHERE id = @id`;
  db.prepare(sql).run({ ...toParams(fields), at, id });
}

interface StatusRow {
  id: number;
  member_id: number;
  status: DecidedStatus;
  effective_on: string;
  reason: string;
  reason_category: RemovalReason | null;
  expected_return_on: string | null;
  chief_decision_on: string | null;
  recorded_by: string;
  recorded_at: string;
}

function historyFromRow(row: StatusRow): StatusHistoryEntry {
  return {
    id: row.id,
    status: row.status,
    effectiveOn: row.effective_on,
    reason: row.reason,
    reasonCategory: row.reason_category,
    expectedReturnOn: row.expected_return_on,
    chiefDecisionOn: row.chief_decision_on,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}

/** Every member's status history, oldest first, in one query. */
export function allStatusHistories(db: Db): Map<number, StatusHistoryEntry[]> {
  const rows = db.prepare('SELECT * FROM member_status_changes ORDER BY member_id, effective_on, id').all() as StatusRow[];
  const byMember = new Map<number, StatusHistoryEntry[]>();
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? [];
    list.push(historyFromRow(row));
    byMember.set(row.member_id, list);
  }
  return byMember;
}

export function statusHistory(db: Db, memberId: number): StatusHistoryEntry[] {
  return (db.prepare('SELECT * FROM member_status_changes WHERE member_id = ? ORDER BY effective_on, id').all(memberId) as StatusRow[]).map(historyFromRow);
}

export interface NewStatusChange {
  memberId: number;
  status: DecidedStatus;
  effectiveOn: IsoDate;
  reason: string;
  reasonCategory?: RemovalReason | null;
  expectedReturnOn?: IsoDate | null;
  chiefDecisionOn?: IsoDate | null;
  recordedBy: string;
  recordedAt: string;
}

export function insertStatusChange(db: Db, change: NewStatusChange): number {
  return Number(
    db
      .prepare(
        `INSERT INTO member_status_changes
           (member_id, status, effective_on, reason, reason_category, expected_return_on, chief_decision_on, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        change.memberId,
        change.status,
        change.effectiveOn,
        change.reason,
        change.reasonCategory ?? null,
        change.expectedReturnOn ?? null,
        change.chiefDecisionOn ?? null,
        change.recordedBy,
        change.recordedAt,
      ).lastInsertRowid,
  );
}
