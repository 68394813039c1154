import type { IsoDate } from '../../../shared/calendar';
import type { CompletionHistoryMapping, CompletionHistoryPreview } from '../../../shared/history';
import type { Settings } from '../../../shared/settings';
import type { Completion, Course, MemberTraining, SessionDetail, TrainingMatrix, TrainingSession } from '../../../shared/training';
import { readSheet, sheetPreview } from '../../documents/sheet-import';
import { AppError } from '../../errors';
import type { ReadDb, Store } from '../../store/store';
import { allStatusHistories, listMembers, memberIdentities } from '../roster/store';
import { currentTeam, teamMember, type Team } from '../roster/team';
import { readSettings } from '../settings/store';
import { checkCompletionRows, suggestCompletionMapping, type CompletionHistoryFacts } from './import-history';
import { expectedAtSession } from './rules';
import { externalCompletionsByMember, findSession, listCourses, listSessions, sessionAttendance, sessionCompletions } from './store';

/** Training as the screens read it: the catalog, sessions and attendance, each member's courses and the matrix. */

export function courseCatalog(store: Store): Course[] {
  return listCourses(store.read());
}

/** Every session, the latest first. */
export function sessionsLatestFirst(store: Store): TrainingSession[] {
  return listSessions(store.read()).reverse();
}

/** The recurring course is the strip of quarterly sessions, not a column of the matrix. */
const isColumn = (course: Course | undefined) => course?.kind !== 'recurring';

/** The members × courses grid with each member's last eight quarterly sessions, and their training findings. */
function trainingMatrix({ today, training: data, views }: Team): TrainingMatrix {
  return {
    today,
    courses: data.courses.filter(isColumn),
    quarterlySessions: data.recurring.filter((s) => s.heldOn <= today).slice(-8).map((s) => ({ sessionId: s.id, heldOn: s.heldOn })),
    rows: views.map(({ member, training }) => ({
      memberId: member.id,
      displayName: member.displayName,
      staffGroup: member.staffGroup,
      effective: member.standing.effective,
      deployable: member.standing.deployable,
      // A member's cells follow the courses' order.
      cells: training.cells.filter((_cell, index) => isColumn(data.courses[index])),
      quarterly: training.strip.map((s) => s.mark),
      flags: training.conclusion.findings.map(({ ruleId, section, severity }) => ({ ruleId, section, severity })),
    })),
  };
}

export function matrixNow(store: Store, today: IsoDate): TrainingMatrix {
  return trainingMatrix(currentTeam(store, today));
}

/** One member's training: each course with its completions, the quarterly strip and the findings. */
export function memberTraining(store: Store, today: IsoDate, memberId: number): MemberTraining {
  const { training } = teamMember(currentTeam(store, today), memberId);
  const db = store.read();
  const courses = listCourses(db);
  // Every completion for this member's record, not only the latest per course.
  const completions = [...(externalCompletionsByMember(db, memberId).get(memberId) ?? []), ...sessionCompletions(db, memberId)];
  return {
    memberId,
    cells: training.cells.map((cell) => {
      const course = courses.find((c) => c.id === cell.courseId);
      if (!course) throw new Error('course vanished');
      return { ...cell, course, completions: completions.filter((c) => c.courseId === cell.courseId).sort((a, b) => b.completedOn.localeCompare(a.completedOn)) };
    }),
    quarterly: training.strip,
    findings: training.conclusion.findings,
  };
}

/** A session with the members expected at it (on the team and active that day) and anyone recorded. */
export function sessionDetail(store: Store, sessionId: number): SessionDetail {
  const db = store.read();
  const session = findSession(db, sessionId);
  if (!session) throw new AppError('not_found', `No training session #${sessionId}.`);
  const entries = new Map(sessionAttendance(db, sessionId).map((e) => [e.memberId, e]));
  const histories = allStatusHistories(db);
  const roster = listMembers(db)
    .filter((m) => entries.has(m.id) || expectedAtSession(session.heldOn, { joinedOn: m.joinedOn, history: histories.get(m.id) ?? [] }))
    .map((m) => ({ memberId: m.id, displayName: `${m.preferredName || m.firstName} ${m.lastName}`, staffGroup: m.staffGroup, entry: entries.get(m.id) ?? null }));
  return { ...session, roster };
}

/** What a session's sign-in sheet is made of, and the name it is offered under. */
export function signInSheet(store: Store, sessionId: number): { detail: SessionDetail; settings: Settings; fileName: string } {
  const detail = sessionDetail(store, sessionId);
  return { detail, settings: readSettings(store.read()), fileName: `sign-in-${detail.courseCode}-${detail.heldOn}.pdf` };
}

/** What every row of a completions import is checked against: the members, the catalog, the completions already there. */
export function completionHistoryFacts(db: ReadDb, today: IsoDate): CompletionHistoryFacts {
  const external = externalCompletionsByMember(db, null);
  const known = new Map<number, Completion[]>();
  return {
    today,
    members: memberIdentities(db),
    courses: listCourses(db),
    completionsOf: (memberId) => {
      let completions = known.get(memberId);
      if (!completions) {
        completions = [...(external.get(memberId) ?? []), ...sessionCompletions(db, memberId)];
        known.set(memberId, completions);
      }
      return completions;
    },
  };
}

/** §8: a file of completed courses, read and checked row by row; `mapping` defaults to one suggested from the headers. Writes nothing. */
export async function previewCompletionHistory(
  store: Store,
  today: IsoDate,
  input: { fileName: string; contentBase64: string; mapping?: CompletionHistoryMapping | undefined },
): Promise<CompletionHistoryPreview> {
  const sheet = await readSheet(input.fileName, input.contentBase64);
  const chosen = input.mapping ?? suggestCompletionMapping(sheet.columns);
  return sheetPreview(sheet, chosen, checkCompletionRows(sheet, chosen, completionHistoryFacts(store.read(), today)));
}
