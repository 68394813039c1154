import { addMonthsToDate, daysBetween, type IsoDate } from '../../../shared/calendar';
import type { Finding } from '../../../shared/findings';
import type { DecidedStatus } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type { AttendanceStatus, Completion, Course, CourseCell, QuarterlyMark } from '../../../shared/training';
import { AppError, validationError } from '../../errors';
import type { TrainingConclusion } from '../roster/rules';

/** The plain training facts of one member. */
export interface MemberTrainingFacts {
  id: number;
  displayName: string;
  joinedOn: IsoDate;
  /** Decided statuses, oldest first: a member is expected at quarterly sessions only while active. */
  history: { status: DecidedStatus; effectiveOn: IsoDate }[];
  /** Completions of non-recurring courses, from sessions attended in full and from outside providers. */
  completions: Completion[];
  /** Every recurring (quarterly) session held so far, oldest first, with this member's record if any. */
  quarterly: { sessionId: number; heldOn: IsoDate; attendanceTaken: boolean; status: AttendanceStatus | null }[];
}

export interface MemberTrainingStatus {
  conclusion: TrainingConclusion;
  cells: CourseCell[];
  strip: { sessionId: number; heldOn: IsoDate; mark: QuarterlyMark }[];
}

function statusOn(history: MemberTrainingFacts['history'], date: IsoDate): DecidedStatus | null {
  let status: DecidedStatus | null = null;
  for (const entry of history) if (entry.effectiveOn <= date) status = entry.status;
  return status;
}

/**
 * §4.H: members attend the training and quarterly meetings held while they are on the team
 * and active; a session before they joined, or while they were away, is not expected of them.
 */
export function expectedAtSession(heldOn: IsoDate, member: { joinedOn: IsoDate; history: MemberTrainingFacts['history'] }): boolean {
  return heldOn >= member.joinedOn && statusOn(member.history, heldOn) === 'active';
}

/** One course for one member: completed, expiring soon, expired, missing (required) or not taken (recommended), or not applicable. */
function courseCell(course: Course, completions: Completion[], today: IsoDate, policy: PolicyConfig): CourseCell {
  if (course.kind === 'recurring') return { courseId: course.id, state: 'not-applicable', completedOn: null, expiresOn: null };
  const latest = completions.filter((c) => c.courseId === course.id && c.completedOn <= today).reduce<Completion | null>((a, c) => (!a || c.completedOn > a.completedOn ? c : a), null);
  if (!latest) return { courseId: course.id, state: course.kind === 'recommended' ? 'not-taken' : 'missing', completedOn: null, expiresOn: null };
  const expiresOn = course.validityMonths ? addMonthsToDate(latest.completedOn, course.validityMonths) : null;
  let state: CourseCell['state'] = 'completed';
  if (expiresOn && expiresOn < today) state = 'expired';
  else if (expiresOn && daysBetween(today, expiresOn) <= policy.refresherNoticeDays) state = 'expiring-soon';
  return { courseId: course.id, state, completedOn: latest.completedOn, expiresOn };
}

/**
 * §8: the courses required before service must be completed, and not expired, before the
 * member provides peer assistance: until then their training is pending (blocking findings).
 * A completion nearing the end of its validity warns.
 */
function requiredTraining(facts: MemberTrainingFacts, courses: Course[], cells: CourseCell[]): { pending: boolean; findings: Finding[] } {
  const subject = { kind: 'member' as const, id: String(facts.id) };
  const findings: Finding[] = [];
  let pending = false;
  for (const course of courses.filter((c) => c.kind === 'required-before-service')) {
    const cell = cells.find((c) => c.courseId === course.id);
    if (cell?.state === 'missing') {
      pending = true;
      findings.push({ ruleId: 'required-training-missing', section: '§8', severity: 'block', subject, message: `${facts.displayName} has not completed ${course.name}, required before providing peer assistance (§8).` });
    } else if (cell?.state === 'expired') {
      pending = true;
      findings.push({ ruleId: 'required-training-expired', section: '§8', severity: 'block', subject, message: `${facts.displayName}'s ${course.name} expired on ${cell.expiresOn}; a refresher is needed before further peer assistance (§8).` });
    }
  }
  for (const [index, cell] of cells.entries()) {
    if (cell.state === 'expiring-soon') {
      findings.push({ ruleId: 'training-expiring', section: '§8', severity: 'warn', subject, message: `${facts.displayName}'s ${courses[index]?.name} expires on ${cell.expiresOn}.` });
    }
  }
  return { pending, findings };
}

const rectifyHint: Record<PolicyConfig['rectifiedBy'], string> = {
  'make-up-or-next-session': 'attending a make-up session or the next quarterly session',
  'make-up-only': 'attending a make-up session',
  'next-session-only': 'attending the next quarterly session',
};

/**
 * §4.I: members who miss two consecutive quarterly trainings (the policy's number) are
 * inactive until the training deficiency is rectified. Walked session by session: a miss is
 * an absence (and an excused absence when the policy counts it); the deficiency is rectified
 * by a make-up session, by attending the next session, or either, as the policy says. Only
 * sessions the member was expected at (expectedAtSession) count. One miss short of the
 * number warns.
 */
function quarterlyDeficiency(facts: MemberTrainingFacts, today: IsoDate, policy: PolicyConfig): { deficient: boolean; findings: Finding[]; strip: MemberTrainingStatus['strip'] } {
  const makeUpRectifies = policy.rectifiedBy !== 'next-session-only';
  const attendingRectifies = policy.rectifiedBy !== 'make-up-only';
  let misses: IsoDate[] = [];
  let deficientSince: IsoDate[] | null = null;
  const strip: MemberTrainingStatus['strip'] = [];
  for (const session of facts.quarterly) {
    if (session.heldOn > today) continue;
    const expected = expectedAtSession(session.heldOn, facts);
    if (!expected || !session.attendanceTaken) {
      strip.push({ sessionId: session.sessionId, heldOn: session.heldOn, mark: !expected ? 'not-expected' : 'not-recorded' });
      continue;
    }
    const status = session.status ?? 'absent';
    strip.push({ sessionId: session.sessionId, heldOn: session.heldOn, mark: session.status ?? 'absent' });
    const missed = status === 'absent' || (status === 'excused' && policy.excusedAbsenceCountsAsMiss);
    if (missed) {
      misses.push(session.heldOn);
      if (!deficientSince && misses.length >= policy.consecutiveMissesForInactive) deficientSince = [...misses];
    } else if (status === 'attended' || status === 'make-up') {
      const rectifies = status === 'make-up' ? makeUpRectifies : attendingRectifies;
      if (!deficientSince || rectifies) {
        deficientSince = null;
        misses = [];
      }
    }
  }

  const subject = { kind: 'member' as const, id: String(facts.id) };
  const findings: Finding[] = [];
  if (deficientSince) {
    findings.push({
      ruleId: 'training-deficiency',
      section: '§4.I',
      severity: 'block',
      subject,
      message: `${facts.displayName} missed ${deficientSince.length} consecutive quarterly sessions (${deficientSince.join(', ')}) and is inactive until this is rectified by ${rectifyHint[policy.rectifiedBy]} (§4.I).`,
    });
  } else if (misses.length > 0 && misses.length === policy.consecutiveMissesForInactive - 1) {
    findings.push({
      ruleId: 'training-deficiency-risk',
      section: '§4.I',
      severity: 'warn',
      subject,
      message: `${facts.displayName} missed the quarterly session of ${misses.at(-1)}: one more missed session makes them inactive (§4.I).`,
    });
  }
  return { deficient: deficientSince !== null, findings, strip: strip.slice(-8) };
}

/**
 * One member's training as the standing uses it (the two rules above: required courses,
 * then quarterly attendance), with the matrix cells and the quarterly strip.
 */
export function memberTrainingStatus(facts: MemberTrainingFacts, courses: Course[], today: IsoDate, policy: PolicyConfig): MemberTrainingStatus {
  const cells = courses.map((course) => courseCell(course, facts.completions, today, policy));
  const required = requiredTraining(facts, courses, cells);
  const quarterly = quarterlyDeficiency(facts, today, policy);
  return {
    conclusion: { deficient: quarterly.deficient, pending: required.pending, findings: [...required.findings, ...quarterly.findings] },
    cells,
    strip: quarterly.strip,
  };
}

/** Attendance is a record of a session that took place: it is taken once the session has been held. */
export function checkAttendanceTaken(heldOn: IsoDate, today: IsoDate): void {
  if (heldOn > today) {
    throw validationError('Attendance can be taken once the session has been held.', [{ path: 'sessionId', message: `Held on ${heldOn}` }]);
  }
}

/** Each member appears once in a session's attendance, and every one is a member of the roster. */
export function checkAttendanceEntries(entries: { memberId: number }[], isMember: (memberId: number) => boolean): void {
  const unknown = entries.filter((e) => !isMember(e.memberId)).map((e) => e.memberId);
  if (unknown.length) throw validationError(`Unknown member(s): ${unknown.join(', ')}.`, [{ path: 'entries', message: 'Unknown member' }]);
  if (new Set(entries.map((e) => e.memberId)).size !== entries.length) throw validationError('A member appears twice.', [{ path: 'entries', message: 'Duplicate member' }]);
}

/**
 * A completion from outside PeerDesk is of a catalog course that is not recurring (§4.H
 * quarterly sessions are recorded as attendance), completed on or before today.
 */
export function checkCompletion(course: Course | null, completedOn: IsoDate, today: IsoDate): void {
  if (!course) throw validationError('Choose a course from the catalog.', [{ path: 'courseId', message: 'Unknown course' }]);
  if (course.kind === 'recurring') throw validationError('Quarterly sessions are recorded as attendance, not as completions.', [{ path: 'courseId', message: 'Recurring course' }]);
  if (completedOn > today) throw validationError('A completion cannot be in the future.', [{ path: 'completedOn', message: 'In the future' }]);
}

/**
 * §4.I, §8: a session whose attendance was taken decided members' standing — its course
 * gave completions (§8), its day placed it among the quarterly sessions (§4.I). Its course
 * and day are then fixed: where it was held, who taught it and its hours may still be
 * corrected. Before attendance is taken, every field may be. (To move a session whose
 * attendance was recorded in error, clear its attendance first.)
 */
export function checkSessionCorrection(session: { recorded: number; courseId: number; heldOn: IsoDate }, next: { courseId: number; heldOn: IsoDate }): void {
  if (session.recorded === 0) return;
  if (next.courseId !== session.courseId) throw validationError('Attendance was taken at this session: its course counts toward members\' training (§8). Clear the attendance first to change the course.', [{ path: 'courseId', message: 'Attendance taken' }]);
  if (next.heldOn !== session.heldOn) throw validationError('Attendance was taken at this session: its day places it among the quarterly sessions (§4.I). Clear the attendance first to change the day.', [{ path: 'heldOn', message: 'Attendance taken' }]);
}

/**
 * §4.H: a session with attendance taken was held; it is not cancelled (that would silently
 * change who missed two quarterly sessions, §4.I). Attendance recorded in error is cleared first.
 */
export function checkSessionCancellable(session: { recorded: number }): void {
  if (session.recorded > 0) throw new AppError('conflict', 'Attendance was taken at this session, so it was held (§4.H): clear its attendance first if it was recorded in error.');
}
