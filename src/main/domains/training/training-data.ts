import type { IsoDate } from '../../../shared/calendar';
import type { StatusHistoryEntry } from '../../../shared/members';
import type { AttendanceStatus, Completion, Course, TrainingSession } from '../../../shared/training';
import type { ReadDb } from '../../store/store';
import type { MemberTrainingFacts } from './rules';
import { externalCompletionsByMember, listCourses, listSessions, quarterlyAttendanceByMember, sessionCompletions } from './store';

/** Everything the training rules need for the whole team, read in a handful of queries. */
export interface TrainingData {
  courses: Course[];
  /** Recurring (quarterly) sessions, oldest first. */
  recurring: TrainingSession[];
  quarterlyAttendance: Map<number, Map<number, AttendanceStatus>>;
  /** Outside completions and (the latest per course of) completions at PeerDesk sessions, by member. */
  completions: Map<number, Completion[]>;
}

export function loadTrainingData(db: ReadDb): TrainingData {
  const sessions = listSessions(db);
  const completions = externalCompletionsByMember(db);
  for (const completion of sessionCompletions(db, null)) {
    const list = completions.get(completion.memberId) ?? [];
    list.push(completion);
    completions.set(completion.memberId, list);
  }
  return {
    courses: listCourses(db),
    recurring: sessions.filter((s) => s.kind === 'recurring'),
    quarterlyAttendance: quarterlyAttendanceByMember(db),
    completions,
  };
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
