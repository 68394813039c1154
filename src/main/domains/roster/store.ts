import * as z from 'zod';
import type { IsoDate } from '../../../shared/calendar';
import { removalReasons, statusReasons, type DecidedStatus, type MemberFields, type StatusHistoryEntry, type StatusReasonCategory } from '../../../shared/members';
import type { PublishedFile, RosterPublication } from '../../../shared/roster';
import type { ReadDb, WriteDb } from '../../store/store';

/**
 * SQL for members, their status history and the roster's publications; no rules here, only
 * storage. The 0/1 flags and the `status` column are held to those values by the tables'
 * CHECK constraints (migration 0004), so the declared row types are what is stored. The JSON
 * columns and `reason_category` (no CHECK) are parsed with a schema.
 */

const stringList = z.array(z.string());
const reasonCategoryColumn = z.enum([...removalReasons, ...statusReasons]).nullable();
const publishedFiles = z.array(z.object({ name: z.string(), sha256: z.string(), bytes: z.number() }));

/** The columns of `members` a member's fields are written to. */
interface MemberColumns {
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
  /** JSON array of strings. */
  languages: string;
  /** JSON array of strings. */
  specialties: string;
  hire_date: IsoDate | null;
  probation_completed_on: IsoDate | null;
  full_time: number;
  joined_on: IsoDate;
  after_hours_available: number;
  listing_consent: number;
  admin_note: string;
  existing_member: number;
}

/** A row of `members`. */
interface MemberRow extends MemberColumns {
  id: number;
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
    languages: stringList.parse(JSON.parse(row.languages)),
    specialties: stringList.parse(JSON.parse(row.specialties)),
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

function toColumns(fields: MemberFields): MemberColumns {
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

const ROSTER_ORDER = 'ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id';

export function listMembers(db: ReadDb): StoredMember[] {
  return db.prepare<[], MemberRow>(`SELECT * FROM members ${ROSTER_ORDER}`).all().map(fromRow);
}

export type MemberIdentity = Pick<StoredMember, 'id' | 'firstName' | 'lastName' | 'preferredName' | 'workPhone' | 'mobilePhone'>;

/** Who each member is, and nothing else: what the duplicate check compares, read without the rest of the row. */
export function memberIdentities(db: ReadDb): MemberIdentity[] {
  return db
    .prepare<[], MemberIdentity>('SELECT id, first_name AS firstName, last_name AS lastName, preferred_name AS preferredName, work_phone AS workPhone, mobile_phone AS mobilePhone FROM members')
    .all();
}

export function memberIdsInRosterOrder(db: ReadDb): number[] {
  return db.prepare<[], number>(`SELECT id FROM members ${ROSTER_ORDER}`).pluck().all();
}

/** The members of `ids` (any order), for a query that needs a few members, not the whole team. */
export function membersByIds(db: ReadDb, ids: readonly number[]): StoredMember[] {
  if (!ids.length) return [];
  return db.prepare<[string], MemberRow>('SELECT * FROM members WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)).map(fromRow);
}

export function findMember(db: ReadDb, id: number): StoredMember | null {
  const row = db.prepare<[number], MemberRow>('SELECT * FROM members WHERE id = ?').get(id);
  return row ? fromRow(row) : null;
}

export function insertMember(tx: WriteDb, fields: MemberFields, at: string): number {
  const values = toColumns(fields);
  const names = Object.keys(values);
  const sql = `INSERT INTO members (${names.join(', ')}, created_at, updated_at)
               VALUES (${names.map((c) => `@${c}`).join(', ')}, @at, @at)`;
  return Number(tx.prepare<MemberColumns & { at: string }>(sql).run({ ...values, at }).lastInsertRowid);
}

export function updateMember(tx: WriteDb, id: number, fields: MemberFields, at: string): void {
  const values = toColumns(fields);
  const sql = `UPDATE members SET ${Object.keys(values).map((c) => `${c} = @${c}`).join(', ')}, updated_at = @at WHERE id = @id`;
  tx.prepare<MemberColumns & { at: string; id: number }>(sql).run({ ...values, at, id });
}

/** A row of `member_status_changes`. */
interface StatusRow {
  id: number;
  member_id: number;
  status: DecidedStatus;
  effective_on: IsoDate;
  reason: string;
  reason_category: string | null;
  expected_return_on: IsoDate | null;
  chief_decision_on: IsoDate | null;
  chief_decided_by: string | null;
  exception_reference: string | null;
  commitment_starts_on: IsoDate | null;
  recorded_by: string;
  recorded_at: string;
}

function historyFromRow(row: StatusRow): StatusHistoryEntry {
  return {
    id: row.id,
    status: row.status,
    effectiveOn: row.effective_on,
    reason: row.reason,
    reasonCategory: reasonCategoryColumn.parse(row.reason_category),
    expectedReturnOn: row.expected_return_on,
    chiefDecisionOn: row.chief_decision_on,
    chiefDecidedBy: row.chief_decided_by,
    exceptionReference: row.exception_reference,
    commitmentStartsOn: row.commitment_starts_on,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}

/** Every member's status history, oldest first, in one query. */
export function allStatusHistories(db: ReadDb): Map<number, StatusHistoryEntry[]> {
  const rows = db.prepare<[], StatusRow>('SELECT * FROM member_status_changes ORDER BY member_id, effective_on, id').all();
  const byMember = new Map<number, StatusHistoryEntry[]>();
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? [];
    list.push(historyFromRow(row));
    byMember.set(row.member_id, list);
  }
  return byMember;
}

/** The status histories of the members of `ids`, in the order allStatusHistories gives them. */
export function statusHistoriesOf(db: ReadDb, ids: readonly number[]): Map<number, StatusHistoryEntry[]> {
  const byMember = new Map<number, StatusHistoryEntry[]>();
  if (!ids.length) return byMember;
  const rows = db.prepare<[string], StatusRow>('SELECT * FROM member_status_changes WHERE member_id IN (SELECT value FROM json_each(?)) ORDER BY member_id, effective_on, id').all(JSON.stringify(ids));
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? [];
    list.push(historyFromRow(row));
    byMember.set(row.member_id, list);
  }
  return byMember;
}

export function statusHistory(db: ReadDb, memberId: number): StatusHistoryEntry[] {
  return db.prepare<[number], StatusRow>('SELECT * FROM member_status_changes WHERE member_id = ? ORDER BY effective_on, id').all(memberId).map(historyFromRow);
}

export interface NewStatusChange {
  memberId: number;
  status: DecidedStatus;
  effectiveOn: IsoDate;
  reason: string;
  reasonCategory?: StatusReasonCategory | null;
  expectedReturnOn?: IsoDate | null;
  chiefDecisionOn?: IsoDate | null;
  chiefDecidedBy?: string | null;
  exceptionReference?: string | null;
  commitmentStartsOn?: IsoDate | null;
  recordedBy: string;
  recordedAt: string;
}

export function insertStatusChange(tx: WriteDb, change: NewStatusChange): number {
  return Number(
    tx
      .prepare<[number, DecidedStatus, IsoDate, string, StatusReasonCategory | null, IsoDate | null, IsoDate | null, string | null, string | null, IsoDate | null, string, string]>(
        `INSERT INTO member_status_changes
           (member_id, status, effective_on, reason, reason_category, expected_return_on, chief_decision_on,
            chief_decided_by, exception_reference, commitment_starts_on, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        change.memberId,
        change.status,
        change.effectiveOn,
        change.reason,
        change.reasonCategory ?? null,
        change.expectedReturnOn ?? null,
        change.chiefDecisionOn ?? null,
        change.chiefDecidedBy ?? null,
        change.exceptionReference ?? null,
        change.commitmentStartsOn ?? null,
        change.recordedBy,
        change.recordedAt,
      ).lastInsertRowid,
  );
}

/** A row of `roster_publications`. */
interface PublicationRow {
  id: number;
  published_at: string;
  folder: string;
  member_count: number;
  /** JSON: the published names. */
  members: string;
  /** JSON: [{ name, sha256, bytes }]. */
  files: string;
}

/** A publication with the names it listed, to tell who was added or removed since. */
export interface StoredPublication extends RosterPublication {
  memberNames: string[];
}

function publicationFromRow(row: PublicationRow): StoredPublication {
  return {
    id: row.id,
    publishedAt: row.published_at,
    folder: row.folder,
    memberCount: row.member_count,
    memberNames: stringList.parse(JSON.parse(row.members)),
    files: publishedFiles.parse(JSON.parse(row.files)),
  };
}

export function insertPublication(tx: WriteDb, at: string, folder: string, memberNames: string[], files: PublishedFile[]): number {
  return Number(
    tx
      .prepare<[string, string, number, string, string]>('INSERT INTO roster_publications (published_at, folder, member_count, members, files) VALUES (?, ?, ?, ?, ?)')
      .run(at, folder, memberNames.length, JSON.stringify(memberNames), JSON.stringify(files)).lastInsertRowid,
  );
}

export function lastPublication(db: ReadDb): StoredPublication | null {
  const row = db.prepare<[], PublicationRow>('SELECT * FROM roster_publications ORDER BY id DESC LIMIT 1').get();
  return row ? publicationFromRow(row) : null;
}

export function listPublications(db: ReadDb): RosterPublication[] {
  return db
    .prepare<[], PublicationRow>('SELECT * FROM roster_publications ORDER BY id DESC LIMIT 200')
    .all()
    .map((row) => {
      const { memberNames: _names, ...publication } = publicationFromRow(row);
      return publication;
    });
}
