import type { MemberTraining, SessionDetail, TrainingMatrix } from '../../../shared/training';
import type { Db } from '../../store/open-database';
import { AppError } from '../../errors';
import { allStatusHistories, listMembers } from '../roster/store';
import { teamMember, type Team } from '../roster/roster-service';
import { externalCompletionsByMember, findSession, sessionAttendance, sessionCompletions } from './store';

/** §8: the members × courses grid with each member's last eight quarterly sessions. */
export function trainingMatrix({ today, training: data, views }: Team): TrainingMatrix {
  const columns = data.courses.map((course, index) => ({ course, index })).filter(({ course }) => course.kind !== 'recurring');
  return {
    today,
    courses: columns.map(({ course }) => course),
    quarterlySessions: data.recurring.filter((s) => s.heldOn <= today).slice(-8).map((s) => ({ sessionId: s.id, heldOn: s.heldOn })),
    rows: views.map(({ member, training }) => ({
      memberId: member.id,
      displayName: member.displayName,
      staffGroup: member.staffGroup,
      effective: member.standing.effective,
      deployable: member.standing.deployable,
      cells: columns.map(({ index }) => training.cells[index] as (typeof training.cells)[number]),
      quarterly: training.strip.map((s) => s.mark),
      flags: member.standing.findings.filter((f) => f.section === '§8' || f.section === '§4.I').map(({ ruleId, section, severity }) => ({ ruleId, section, severity })),
    })),
  };
}

/** One member's training: each course with its completions, the quarterly strip and the findings. */
export function memberTraining(db: Db, team: Team, memberId: number): MemberTraining {
  const { member, training } = teamMember(team, memberId);
  const data = team.training;
  // Every completion for this member's record, not only the latest per course.
  const completions = [...(externalCompletionsByMember(db).get(memberId) ?? []), ...sessionCompletions(db, memberId)];
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
