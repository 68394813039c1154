import type { AttendanceEntry, AttendanceStatus, Completion, Course, CourseKind, TrainingSession } from '../../../shared/training';
import type { Db } from '../../store/open-database';

/** SQL for the course catalog, sessions, attendance and outside completions; no rules here. */
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

export function listCourses(db: Db): Course[] {
  return (db.prepare("SELECT * FROM courses ORDER BY CASE kind WHEN 'required-before-service' THEN 0 WHEN 'recommended' THEN 1 ELSE 2 END, id").all() as CourseRow[]).map(courseFromRow);
}

export function findCourseByCode(db: Db, code: string): Course | null {
  const row = db.prepare('SELECT * FROM courses WHERE code = ?').get(code) as CourseRow | undefined;
  return row ? courseFromRow(row) : null;
}

export function findCourse(db: Db, id: number): Course | null {
  const row = db.prepare('SELECT * FROM courses WHERE id = ?').get(id) as CourseRow | undefined;
  return row ? courseFromRow(row) : null;
}

export function saveCourse(db: Db, course: Omit<Course, 'id'> & { id?: number }): number {
  const params = [course.code, course.name, course.kind, course.contactHours, course.validityMonths, course.externalCourseNumber];
  if (course.id) {
    db.prepare('UPDATE courses SET code = ?, name = ?, kind = ?, contact_hours = ?, validity_months = ?, external_course_number = ? WHERE id = ?').run(...params, course.id);
    return course.id;
  }
  return Number(db.prepare('INSERT INTO courses (code, name, kind, contact_hours, validity_months, external_course_number) VALUES (?, ?, ?, ?, ?, ?)').run(...params).lastInsertRowid);
}

const sessionSelect = `
  SELECT s.id, s.course_id AS courseId, c.code AS courseCode, c.name AS courseName, c.kind, s.held_on AS heldOn,
         s.location, s.instructor, s.hours,
         (SELECT count(*) FROM attendance a WHERE a.session_id = s.id) AS recorded,
         (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.status IN ('attended', 'make-up')) AS present
    FROM training_sessions s JOIN courses c ON c.id = s.course_id`;

export function listSessions(db: Db): TrainingSession[] {
  return db.prepare(`${sessionSelect} ORDER BY s.held_on, s.id`).all() as TrainingSession[];
}

export function findSession(db: Db, id: number): TrainingSession | null {
  return (db.prepare(`${sessionSelect} WHERE s.id = ?`).get(id) as TrainingSession | undefined) ?? null;
}

export function insertSession(db: Db, s: { courseId: number; heldOn: string; location: string; instructor: string; hours: number }): number {
  return Number(
    db.prepare('INSERT INTO training_sessions (course_id, held_on, location, instructor, hours) VALUES (?, ?, ?, ?, ?)').run(s.courseId, s.heldOn, s.location, s.instructor, s.hours)
      .lastInsertRowid,
  );
}

export function sessionAttendance(db: Db, sessionId: number): AttendanceEntry[] {
  return (db.prepare('SELECT member_id AS memberId, status, partial FROM attendance WHERE session_id = ?').all(sessionId) as { memberId: number; status: AttendanceStatus; partial: number }[]).map(
    (r) => ({ memberId: r.memberId, status: r.status, partial: r.partial === 1 }),
  );
}

/** Replaces the attendance of a session with the entries given. */
export function replaceAttendance(db: Db, sessionId: number, entries: AttendanceEntry[]): void {
  db.prepare('DELETE FROM attendance WHERE session_id = ?').run(sessionId);
  const insert = db.prepare('INSERT INTO attendance (session_id, member_id, status, partial) VALUES (?, ?, ?, ?)');
  for (const e of entries) insert.run(sessionId, e.memberId, e.status, e.partial ? 1 : 0);
}

const statusCodes: Record<string, AttendanceStatus> = { a: 'attended', e: 'excused', x: 'absent', m: 'make-up' };

/**
 * Each member's attendance at recurring (quarterly) sessions: sessionId → status. Read as
 * one packed string per member, which is several times faster than a row per record.
 */
export function quarterlyAttendanceByMember(db: Db): Map<number, Map<number, AttendanceStatus>> {
  const rows = db
    .prepare(
      `SELECT a.member_id,
              group_concat(a.session_id || CASE a.status WHEN 'attended' THEN 'a' WHEN 'excused' THEN 'e' WHEN 'absent' THEN 'x' ELSE 'm' END)
         FROM courses c CROSS JOIN training_sessions s CROSS JOIN attendance a
        WHERE c.kind = 'recurring' AND s.course_id = c.id AND a.session_id = s.id
        GROUP BY a.member_id`,
    )
    .raw()
    .all() as [number, string][];
  const byMember = new Map<number, Map<number, AttendanceStatus>>();
  for (const [memberId, packed] of rows) {
    const sessions = new Map<number, AttendanceStatus>();
    for (const item of packed.split(',')) sessions.set(Number(item.slice(0, -1)), statusCodes[item.slice(-1)] as AttendanceStatus);
    byMember.set(memberId, sessions);
  }
  return byMember;
}

/**
 * Completions earned at PeerDesk sessions of non-recurring courses: attended (or made up)
 * in full — ICISF counts full attendance only. All of them for one member, or the latest
 * per course for everyone (all the rules need).
 */
export function sessionCompletions(db: Db, memberId: number | null): Completion[] {
  const rows = db
    .prepare(
      `SELECT a.member_id, s.course_id, ${memberId === null ? 'max(s.held_on)' : 's.held_on'} AS held_on, s.id, s.instructor
         FROM courses c CROSS JOIN training_sessions s CROSS JOIN attendance a
        WHERE c.kind != 'recurring' AND s.course_id = c.id AND a.session_id = s.id AND a.status IN ('attended', 'make-up') AND a.partial = 0
              ${memberId === null ? 'GROUP BY a.member_id, s.course_id' : 'AND a.member_id = ?'}`,
    )
    .raw()
    .all(...(memberId === null ? [] : [memberId])) as [number, number, string, number, string][];
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

interface CompletionRow {
  id: number;
  member_id: number;
  course_id: number;
  completed_on: string;
  provider: string;
  certificate_on_file: number;
}

export function externalCompletionsByMember(db: Db): Map<number, Completion[]> {
  const byMember = new Map<number, Completion[]>();
  for (const r of db.prepare('SELECT * FROM external_completions ORDER BY completed_on').all() as CompletionRow[]) {
    const list = byMember.get(r.member_id) ?? [];
    list.push({ id: r.id, memberId: r.member_id, courseId: r.course_id, completedOn: r.completed_on, source: 'external', provider: r.provider, certificateOnFile: r.certificate_on_file === 1 });
    byMember.set(r.member_id, list);
  }
  return byMember;
}

export function insertExternalCompletion(db: Db, c: { memberId: number; courseId: number; completedOn: string; provider: string; certificateOnFile: boolean }): number {
  return Number(
    db
      .prepare('INSERT INTO external_completions (member_id, course_id, completed_on, provider, certificate_on_file) VALUES (?, ?, ?, ?, ?)')
      .run(c.memberId, c.courseId, c.completedOn, c.provider, c.certificateOnFile ? 1 : 0).lastInsertRowid,
  );
}

export function deleteExternalCompletion(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM external_completions WHERE id = ?').run(id).changes > 0;
}
