import type { IsoDate } from '../../../shared/dates';
import type { StatusHistoryEntry } from '../../../shared/members';
import type { AttendanceStatus, Completion, Course, TrainingSession } from '../../../shared/training';
import type { Db } from '../../db/open-database';
import type { MemberTrainingFacts } from '../../rules/training-status';
import { attendanceByMember, externalCompletionsByMember, listCourses, listSessions } from './training-store';

/** Everything the training rules need for the whole team, read in a handful of queries. */
export interface TrainingData {
  courses: Course[];
  sessions: Map<number, TrainingSession>;
  /** Recurring (quarterly) sessions, oldest first. */
  recurring: TrainingSession[];
  attendance: Map<number, { sessionId: number; status: AttendanceStatus; partial: boolean }[]>;
  external: Map<number, Completion[]>;
}

export function loadTrainingData(db: Db): TrainingData {
  const sessions = listSessions(db);
  return {
    courses: listCourses(db),
    sessions: new Map(sessions.map((s) => [s.id, s])),
    recurring: sessions.filter((s) => s.kind === 'recurring'),
    attendance: attendanceByMember(db),
    external: externalCompletionsByMember(db),
  };
}

/**
 * One member's training facts: outside completions, plus every non-recurring session they
 * attended in full (ICISF counts full attendance only), plus their quarterly record.
 */
export function trainingFactsFor(
  member: { id: number; displayName: string; joinedOn: IsoDate },
  history: StatusHistoryEntry[],
  data: TrainingData,
): MemberTrainingFacts {
  const records = data.attendance.get(member.id) ?? [];
  const bySession = new Map(records.map((r) => [r.sessionId, r]));
  const fromSessions: Completion[] = [];
  for (const record of records) {
    const session = data.sessions.get(record.sessionId);
    if (!session || session.kind === 'recurring' || record.partial || (record.status !== 'attended' && record.status !== 'make-up')) continue;
    fromSessions.push({ id: -session.id, memberId: member.id, courseId: session.courseId, completedOn: session.heldOn, source: 'session', provider: session.instructor, certificateOnFile: false });
  }
  return {
    id: member.id,
    displayName: member.displayName,
    joinedOn: member.joinedOn,
    history,
    completions: [...fromSessions, ...(data.external.get(member.id) ?? [])],
    quarterly: data.recurring.map((s) => ({ sessionId: s.id, heldOn: s.heldOn, attendanceTaken: s.recorded > 0, status: bySession.get(s.id)?.status ?? null })),
  };
}
