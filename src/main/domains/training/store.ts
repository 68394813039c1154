import type { IsoDate } from '../../../shared/calendar';
import type { AttendanceEntry, AttendanceStatus, Completion, Course, CourseKind, TrainingSession } from '../../../shared/training';
import type { ReadDb, WriteDb } from '../../store/store';

/**
 * SQL for the course catalog, sessions, attendance and outside completions; no rules here.
 * A cancelled session (voided, migration 0013) is left out of every read below.
 * A course's `kind` and an attendance `status` have their lists' types, and the 0/1 flags
 * are 0 or 1: migration 0006 constrains each one (CHECK … IN) to exactly those values.
 */

/** A row of `courses`. */
interface CourseRow {
  id: number;
  code: string;
  name: string;
  kind: CourseKind;
  contact_hours: number;
  validity_months: number | null;
  external_course_number: string;
}

const courseFromRow = (r: CourseRow): Course => ({
  id: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind,
  contactHours: r.contact_hours,
  validityMonths: r.validity_months,
  externalCourseNumber: r.external_course_number,
});

export function listCourses(db: ReadDb): Course[] {
  return db
    .prepare<[], CourseRow>("SELECT * FROM courses ORDER BY CASE kind WHEN 'required-before-service' THEN 0 WHEN 'recommended' THEN 1 ELSE 2 END, id")
    .all()
    .map(courseFromRow);
}

export function findCourseByCode(db: ReadDb, code: string): Course | null {
  const row = db.prepare<[string], CourseRow>('SELECT * FROM courses WHERE code = ?').get(code);
  return row ? courseFromRow(row) : null;
}

export function findCourse(db: ReadDb, id: number): Course | null {
  const row = db.prepare<[number], CourseRow>('SELECT * FROM courses WHERE id = ?').get(id);
  return row ? courseFromRow(row) : null;
}

type CourseParams = [code: string, name: string, kind: CourseKind, contactHours: number, validityMonths: number | null, externalCourseNumber: string];

export function upsertCourse(tx: WriteDb, course: Omit<Course, 'id'> & { id?: number | undefined }): number {
  const params: CourseParams = [course.code, course.name, course.kind, course.contactHours, course.validityMonths, course.externalCourseNumber];
  if (course.id) {
    tx.prepare<[...CourseParams, number]>('UPDATE courses SET code = ?, name = ?, kind = ?, contact_hours = ?, validity_months = ?, external_course_number = ? WHERE id = ?').run(...params, course.id);
    return course.id;
  }
  return Number(tx.prepare<CourseParams>('INSERT INTO courses (code, name, kind, contact_hours, validity_months, external_course_number) VALUES (?, ?, ?, ?, ?, ?)').run(...params).lastInsertRowid);
}

/** Sessions are selected straight into the shared shape (`kind` is the course's, CHECKed). */
const sessionColumns = `s.id, s.course_id AS courseId, c.code AS courseCode, c.name AS courseName, c.kind, s.held_on AS heldOn, s.location, s.instructor, s.hours`;

/** Every session with its attendance counted in one pass over the attendance (not twice per session). */
export function listSessions(db: ReadDb): TrainingSession[] {
  return db
    .prepare<[], TrainingSession>(
      `SELECT ${sessionColumns}, coalesce(a.recorded, 0) AS recorded, coalesce(a.present, 0) AS present
         FROM training_sessions s JOIN courses c ON c.id = s.course_id
              LEFT JOIN (SELECT session_id, count(*) AS recorded, sum(status IN ('attended', 'make-up')) AS present FROM attendance GROUP BY session_id) a ON a.session_id = s.id
        WHERE s.voided_at IS NULL
        ORDER BY s.held_on, s.id`,
    )
    .all();
}

export function findSession(db: ReadDb, id: number): TrainingSession | null {
  return (
    db
      .prepare<[number], TrainingSession>(
        `SELECT ${sessionColumns},
                (SELECT count(*) FROM attendance a WHERE a.session_id = s.id) AS recorded,
                (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.status IN ('attended', 'make-up')) AS present
           FROM training_sessions s JOIN courses c ON c.id = s.course_id
          WHERE s.voided_at IS NULL AND s.id = ?`,
      )
      .get(id) ?? null
  );
}

export function updateSession(tx: WriteDb, id: number, s: { courseId: number; heldOn: IsoDate; location: string; instructor: string; hours: number }): void {
  tx.prepare<[number, IsoDate, string, string, number, number]>('UPDATE training_sessions SET course_id = ?, held_on = ?, location = ?, instructor = ?, hours = ? WHERE id = ?').run(
    s.courseId,
    s.heldOn,
    s.location,
    s.instructor,
    s.hours,
    id,
  );
}

export function insertSession(tx: WriteDb, s: { courseId: number; heldOn: IsoDate; location: string; instructor: string; hours: number }): number {
  return Number(
    tx
      .prepare<[number, IsoDate, string, string, number]>('INSERT INTO training_sessions (course_id, held_on, location, instructor, hours) VALUES (?, ?, ?, ?, ?)')
      .run(s.courseId, s.heldOn, s.location, s.instructor, s.hours).lastInsertRowid,
  );
}

/** A row of `attendance`, without its session. */
interface AttendanceRow {
  member_id: number;
  status: AttendanceStatus;
  partial: number;
}

const attendanceFromRow = (r: AttendanceRow): AttendanceEntry => ({ memberId: r.member_id, status: r.status, partial: r.partial === 1 });

export function sessionAttendance(db: ReadDb, sessionId: number): AttendanceEntry[] {
  return db.prepare<[number], AttendanceRow>('SELECT member_id, status, partial FROM attendance WHERE session_id = ?').all(sessionId).map(attendanceFromRow);
}

/** Replaces the attendance of a session with the entries given. */
export function replaceAttendance(tx: WriteDb, sessionId: number, entries: AttendanceEntry[]): void {
  tx.prepare<[number]>('DELETE FROM attendance WHERE session_id = ?').run(sessionId);
  const insert = tx.prepare<[number, number, AttendanceStatus, number]>('INSERT INTO attendance (session_id, member_id, status, partial) VALUES (?, ?, ?, ?)');
  for (const e of entries) insert.run(sessionId, e.memberId, e.status, e.partial ? 1 : 0);
}

/** The one-letter codes the packed attendance below uses. */
/** The packed codes below, by character code: a, e, x, m. */
const statusCodes: Partial<Record<number, AttendanceStatus>> = { 97: 'attended', 101: 'excused', 120: 'absent', 109: 'make-up' };

/**
 * Each member's attendance at recurring (quarterly) sessions: sessionId → status. Read as
 * one packed string per member, which is several times faster than a row per record.
 */
export function quarterlyAttendanceByMember(db: ReadDb, memberId: number | null): Map<number, Map<number, AttendanceStatus>> {
  const rows = db
    .prepare<number[], [memberId: number, packed: string]>(
      `SELECT a.member_id,
              group_concat(a.session_id || CASE a.status WHEN 'attended' THEN 'a' WHEN 'excused' THEN 'e' WHEN 'absent' THEN 'x' ELSE 'm' END)
         FROM courses c CROSS JOIN training_sessions s CROSS JOIN attendance a
        WHERE c.kind = 'recurring' AND s.course_id = c.id AND s.voided_at IS NULL AND a.session_id = s.id
              ${memberId === null ? '' : 'AND a.member_id = ?'}
        GROUP BY a.member_id`,
    )
    .raw()
    .all(...(memberId === null ? [] : [memberId]));
  const byMember = new Map<number, Map<number, AttendanceStatus>>();
  for (const [member, packed] of rows) {
    const sessions = new Map<number, AttendanceStatus>();
    // "12a,13x,…": digits make the session id, the letter after them its status. Read a
    // character at a time: for thousands of members, splitting into strings is mostly garbage.
    let sessionId = 0;
    for (let i = 0; i < packed.length; i++) {
      const code = packed.charCodeAt(i);
      if (code >= 48 && code <= 57) sessionId = sessionId * 10 + (code - 48);
      else if (code === 44) sessionId = 0;
      else {
        const status = statusCodes[code];
        if (status) sessions.set(sessionId, status);
      }
    }
    byMember.set(member, sessions);
  }
  return byMember;
}

/**
 * Completions earned at PeerDesk sessions of non-recurring courses: attended (or made up)
 * in full — ICISF counts full attendance only. All of them for one member, or the latest
 * per course for everyone (all the rules need).
 */
export function sessionCompletions(db: ReadDb, memberId: number | null): Completion[] {
  const rows = db
    .prepare<number[], [memberId: number, courseId: number, heldOn: IsoDate, sessionId: number, instructor: string]>(
      `SELECT a.member_id, s.course_id, ${memberId === null ? 'max(s.held_on)' : 's.held_on'} AS held_on, s.id, s.instructor
         FROM courses c CROSS JOIN training_sessions s CROSS JOIN attendance a
        WHERE c.kind != 'recurring' AND s.course_id = c.id AND s.voided_at IS NULL AND a.session_id = s.id AND a.status IN ('attended', 'make-up') AND a.partial = 0
              ${memberId === null ? 'GROUP BY a.member_id, s.course_id' : 'AND a.member_id = ?'}`,
    )
    .raw()
    .all(...(memberId === null ? [] : [memberId]));
  return rows.map(([member, courseId, completedOn, sessionId, instructor]) => ({
    id: -sessionId,
    memberId: member,
    courseId,
    completedOn,
    source: 'session' as const,
    provider: instructor,
    certificateOnFile: false,
  }));
}

/** A row of `external_completions`. */
interface CompletionRow {
  id: number;
  member_id: number;
  course_id: number;
  completed_on: IsoDate;
  provider: string;
  certificate_on_file: number;
}

const completionFromRow = (r: CompletionRow): Completion => ({
  id: r.id,
  memberId: r.member_id,
  courseId: r.course_id,
  completedOn: r.completed_on,
  source: 'external',
  provider: r.provider,
  certificateOnFile: r.certificate_on_file === 1,
});

export function externalCompletionsByMember(db: ReadDb, memberId: number | null): Map<number, Completion[]> {
  const byMember = new Map<number, Completion[]>();
  const rows =
    memberId === null
      ? db.prepare<[], CompletionRow>('SELECT * FROM external_completions ORDER BY completed_on').all()
      : db.prepare<[number], CompletionRow>('SELECT * FROM external_completions WHERE member_id = ? ORDER BY completed_on').all(memberId);
  for (const r of rows) {
    const list = byMember.get(r.member_id) ?? [];
    list.push(completionFromRow(r));
    byMember.set(r.member_id, list);
  }
  return byMember;
}

export function insertExternalCompletion(tx: WriteDb, c: { memberId: number; courseId: number; completedOn: IsoDate; provider: string; certificateOnFile: boolean }): number {
  return Number(
    tx
      .prepare<[number, number, IsoDate, string, number]>('INSERT INTO external_completions (member_id, course_id, completed_on, provider, certificate_on_file) VALUES (?, ?, ?, ?, ?)')
      .run(c.memberId, c.courseId, c.completedOn, c.provider, c.certificateOnFile ? 1 : 0).lastInsertRowid,
  );
}

export function deleteExternalCompletion(tx: WriteDb, id: number): boolean {
  return tx.prepare<[number]>('DELETE FROM external_completions WHERE id = ?').run(id).changes > 0;
}
