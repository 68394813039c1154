import type { IsoDate } from '../../../shared/dates';
import type { PolicyConfig } from '../../../shared/policy';
import type { MemberTraining, SessionDetail, TrainingMatrix } from '../../../shared/training';
import type { Db } from '../../db/open-database';
import { AppError } from '../app-error';
import { allStatusHistories, findMember, listMembers, statusHistory } from '../roster/member-store';
import { memberView, teamViews } from '../roster/roster-service';
import { loadTrainingData, trainingFactsFor } from './training-data';
import { findSession, sessionAttendance } from './training-store';

/** §8: the members × courses grid with each member's last eight quarterly sessions. */
export function trainingMatrix(db: Db, today: IsoDate, policy: PolicyConfig): TrainingMatrix {
  const views = teamViews(db, today, policy);
  const courses = loadTrainingData(db).courses;
  return {
    today,
    courses,
    rows: views.map(({ member, training }) => ({
      memberId: member.id,
      displayName: member.displayName,
      staffGroup: member.staffGroup,
      effective: member.standing.effective,
      deployable: member.standing.deployable,
      cells: training.cells,
      quarterly: training.strip,
      findings: member.standing.findings.filter((f) => f.section === '§8' || f.section === '§4.I'),
    })),
  };
}

/** One member's training: each course with its completions, the quarterly strip and the findings. */
export function memberTraining(db: Db, memberId: number, today: IsoDate, policy: PolicyConfig): MemberTraining {
  const stored = findMember(db, memberId);
  if (!stored) throw new AppError('not_found', `No team member #${memberId}.`);
  const data = loadTrainingData(db);
  const history = statusHistory(db, memberId);
  const { member, training } = memberView(stored, history, today, policy, data);
  const completions = trainingFactsFor({ id: member.id, displayName: member.displayName, joinedOn: member.joinedOn }, history, data).completions;
  return {
    memberId,
    cells: training.cells.map((cell) => {
      const course = data.courses.find((c) => c.id === cell.courseId);
      if (!course) throw new Error('course vanished');
      return { ...cell, course, completions: completions.filter((c) => c.courseId === cell.courseId).sort((a, b) => b.completedOn.localeCompare(a.completedOn)) };
    }),
    quarterly: training.strip,
    findings: member.standing.findings.filter((f) => f.section === '§8' || f.section === '§4.I'),
  };
}

/** A session with the members expected at it (on the team and active that day) and anyone recorded. */
export function sessionDetail(db: Db, sessionId: number): SessionDetail {
  const session = findSession(db, sessionId);
  if (!session) throw new AppError('not_found', `No training session #${sessionId}.`);
  const entries = new Map(sessionAttendance(db, sessionId).map((e) => [e.memberId, e]));
  const histories = allStatusHistories(db);
  const roster = listMembers(db)
    .filter((m) => {
      if (entries.has(m.id)) return true;
      const statusThen = (histories.get(m.id) ?? []).filter((h) => h.effectiveOn <= session.heldOn).at(-1)?.status;
      return m.joinedOn <= session.heldOn && statusThen === 'active';
    })
    .map((m) => ({ memberId: m.id, displayName: `${m.preferredName || m.firstName} ${m.lastName}`, staffGroup: m.staffGroup, entry: entries.get(m.id) ?? null }));
  return { ...session, roster };
}
