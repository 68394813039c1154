import { addMonthsToDate, daysBetween, type IsoDate } from '../../../shared/calendar';
import type { Finding } from '../../../shared/findings';
import type { DecidedStatus } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import type { AttendanceStatus, Completion, Course, CourseCell, QuarterlyMark } from '../../../shared/training';
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

/** One course for one member: completed, expiring soon, expired, missing or not applicable. */
export function courseCell(course: Course, completions: Completion[], today: IsoDate, policy: PolicyConfig): CourseCell {
  if (course.kind === 'recurring') return { courseId: course.id, state: 'not-applicable', completedOn: null, expiresOn: null };
  const latest = completions.filter((c) => c.courseId === course.id && c.completedOn <= today).reduce<Completion | null>((a, c) => (!a || c.completedOn > a.completedOn ? c : a), null);
  if (!latest) return { courseId: course.id, state: 'missing', completedOn: null, expiresOn: null };
  const expiresOn = course.validityMonths ? addMonthsToDate(latest.completedOn, course.validityMonths) : null;
  let state: CourseCell['state'] = 'completed';
  if (expiresOn && expiresOn < today) state = 'expired';
  else if (expiresOn && daysBetween(today, expiresOn) <= policy.refresherNoticeDays) state = 'expiring-soon';
  return { courseId: course.id, state, completedOn: latest.completedOn, expiresOn };
}

/**
 * §4.I, walked session by session: a miss is an absence (and an excused absence when the
 * policy counts it); the given number of consecutive misses makes the member inactive
 * until rectified — by a make-up session, by attending the next session, or either, as the
 * policy says. Only sessions held while the member was active on the team count.
 */
function quarterlyStanding(facts: MemberTrainingFacts, today: IsoDate, policy: PolicyConfig) {
  const makeUpRectifies = policy.rectifiedBy !== 'next-session-only';
  const attendingRectifies = policy.rectifiedBy !== 'make-up-only';
  let misses: IsoDate[] = [];
  let deficientSince: IsoDate[] | null = null;
  const strip: MemberTrainingStatus['strip'] = [];
  for (const session of facts.quarterly) {
    if (session.heldOn > today) continue;
    const expected = session.heldOn >= facts.joinedOn && statusOn(facts.history, session.heldOn) === 'active';
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
  return { misses, deficientSince, strip: strip.slice(-8) };
}

const rectifyHint: Record<PolicyConfig['rectifiedBy'], string> = {
  'make-up-or-next-session': 'attending a make-up session or the next quarterly session',
  'make-up-only': 'attending a make-up session',
  'next-session-only': 'attending the next quarterly session',
};

/** §4.I and §8 for one member: the training conclusion the standing uses, and the matrix cells. */
export function memberTrainingStatus(facts: MemberTrainingFacts, courses: Course[], today: IsoDate, policy: PolicyConfig): MemberTrainingStatus {
  const subject = { kind: 'member' as const, id: String(facts.id) };
  const findings: Finding[] = [];
  const cells = courses.map((course) => courseCell(course, facts.completions, today, policy));

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

  const quarterly = quarterlyStanding(facts, today, policy);
  if (quarterly.deficientSince) {
    findings.push({
      ruleId: 'training-deficiency',
      section: '§4.I',
      severity: 'block',
      subject,
      message: `${facts.displayName} missed ${quarterly.deficientSince.length} consecutive quarterly sessions (${quarterly.deficientSince.join(', ')}) and is inactive until this is rectified by ${rectifyHint[policy.rectifiedBy]} (§4.I).`,
    });
  } else if (quarterly.misses.length > 0 && quarterly.misses.length === policy.consecutiveMissesForInactive - 1) {
    findings.push({
      ruleId: 'training-deficiency-risk',
      section: '§4.I',
      severity: 'warn',
      subject,
      message: `${facts.displayName} missed the quarterly session of ${quarterly.misses.at(-1)}: one more missed session makes them inactive (§4.I).`,
    });
  }
  return { conclusion: { deficient: quarterly.deficientSince !== null, pending, findings }, cells, strip: quarterly.strip };
}

