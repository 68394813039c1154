import type { IsoDate } from '../../../shared/calendar';
import type { StatusHistoryEntry } from '../../../shared/members';
import type { AttendanceStatus, Completion, Course, TrainingSession } from '../../../shared/training';
import type { ReadDb } from '../../store/store';
import type { MemberTrainingFacts } from './rules';
import { externalCompletionsByMember, listCourses, listSessions, quarterlyAttendanceByMember, sessionCompletions } from './store';

/** The courses and the quarterly sessions: the same for every member. */
export interface TrainingCatalog {
  courses: Course[];
  /** Recurring (quarterly) sessions, oldest first. */
  recurring: TrainingSession[];
}

/** Everything the training rules need for the whole team, read in a handful of queries. */
export interface TrainingData extends TrainingCatalog {
  quarterlyAttendance: Map<number, Map<number, AttendanceStatus>>;
  /** Outside completions and (the latest per course of) completions at PeerDesk sessions, by member. */
  completions: Map<number, Completion[]>;
}

export function loadTrainingCatalog(db: ReadDb): TrainingCatalog {
  return { courses: listCourses(db), recurring: listSessions(db).filter((s) => s.kind === 'recurring') };
}

/**
 * The training records beside the catalog, of the whole team (`memberId` null) or of one
 * member (the rules take the latest completion of a course, so one member's every completion does).
 */
export function loadTrainingData(db: ReadDb, catalog: TrainingCatalog, memberId: number | null): TrainingData {
  const completions = externalCompletionsByMember(db, memberId);
  for (const completion of sessionCompletions(db, memberId)) {
    const list = completions.get(completion.memberId) ?? [];
    list.push(completion);
    completions.set(completion.memberId, list);
  }
  return { ...catalog, quarterlyAttendance: quarterlyAttendanceByMember(db, memberId), completions };
}

/** One member's training facts: their completions and their quarterly record. */
export function trainingFactsFor(
  member: { id: number; displayName: string; joinedOn: IsoDate },
  history: StatusHistoryEntry[],
  data: TrainingData,
): MemberTrainingFacts {
  const attendance = data.quarterlyAttendance.get(member.id);
  return {
    id: member.id,
    displayName: member.displayName,
    joinedOn: member.joinedOn,
    history,
    completions: data.completions.get(member.id) ?? [],
    quarterly: data.recurring.map((s) => ({ sessionId: s.id, heldOn: s.heldOn, attendanceTaken: s.recorded > 0, status: attendance?.get(s.id) ?? null })),
  };
}
