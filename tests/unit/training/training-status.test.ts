import { describe, expect, it } from 'vitest';
import { defaultPolicy, type PolicyConfig } from '../../../src/shared/policy';
import type { AttendanceStatus, Completion, Course } from '../../../src/shared/training';
import { checkAttendanceEntries, checkAttendanceTaken, checkCompletion, expectedAtSession, memberTrainingStatus, type MemberTrainingFacts } from '../../../src/main/domains/training/rules';

const courses: Course[] = [
  { id: 1, code: 'ICI-PS', name: 'Individual Crisis Intervention & Peer Support', kind: 'required-before-service', contactHours: 13, validityMonths: null, externalCourseNumber: '' },
  { id: 2, code: 'GCI', name: 'Group Crisis Intervention', kind: 'required-before-service', contactHours: 13, validityMonths: 36, externalCourseNumber: '' },
  { id: 3, code: 'SP', name: 'Suicide Prevention', kind: 'recommended', contactHours: 7, validityMonths: null, externalCourseNumber: '' },
  { id: 4, code: 'QTM', name: 'Quarterly Training / Meeting', kind: 'recurring', contactHours: 2, validityMonths: null, externalCourseNumber: '' },
];

const done = (courseId: number, completedOn: string): Completion => ({ id: courseId, memberId: 7, courseId, completedOn, source: 'external', provider: '', certificateOnFile: true });
const quarters = ['2026-01-15', '2026-04-15', '2026-07-15', '2026-10-15'];

function facts(marks: (AttendanceStatus | null)[], overrides: Partial<MemberTrainingFacts> = {}): MemberTrainingFacts {
  return {
    id: 7,
    displayName: 'Lena Hoang',
    joinedOn: '2025-06-01',
    history: [{ status: 'active', effectiveOn: '2025-06-01' }],
    completions: [done(1, '2025-07-01'), done(2, '2025-08-01')],
    quarterly: marks.map((status, i) => ({ sessionId: 100 + i, heldOn: quarters[i] ?? '2027-01-01', attendanceTaken: true, status })),
    ...overrides,
  };
}

const status = (f: MemberTrainingFacts, policy: PolicyConfig = defaultPolicy, today = '2026-11-22') => memberTrainingStatus(f, courses, today, policy);
const ruleIds = (f: MemberTrainingFacts, policy?: PolicyConfig) => status(f, policy).conclusion.findings.map((x) => x.ruleId);

describe('§8: required courses before providing peer assistance', () => {
  it('both required courses completed: not pending, nothing blocks; a recommended course not taken is not "missing"', () => {
    const result = status(facts(['attended', 'attended']));
    expect(result.conclusion).toEqual({ deficient: false, pending: false, findings: [] });
    expect(courses.map((c) => c.kind)).toEqual(['required-before-service', 'required-before-service', 'recommended', 'recurring']);
    expect(result.cells.map((c) => c.state)).toEqual(['completed', 'completed', 'not-taken', 'not-applicable']);
  });

  it('missing Group Crisis Intervention: training pending, blocked with the reason citing §8', () => {
    const result = status(facts([], { completions: [done(1, '2025-07-01')] }));
    expect(result.conclusion.pending).toBe(true);
    expect(result.conclusion.findings).toEqual([
      expect.objectContaining({ ruleId: 'required-training-missing', section: '§8', severity: 'block', message: expect.stringMatching(/Group Crisis Intervention, required before providing peer assistance/) }),
    ]);
  });

  it('a completion past its validity expires (blocking); within the notice period it warns', () => {
    const expired = status(facts([], { completions: [done(1, '2022-01-01'), done(2, '2023-01-01')] }));
    expect(expired.cells[1]).toMatchObject({ state: 'expired', expiresOn: '2026-01-01' });
    expect(expired.conclusion).toMatchObject({ pending: true });
    expect(expired.conclusion.findings.map((f) => f.ruleId)).toEqual(['required-training-expired']);
    const soon = status(facts([], { completions: [done(1, '2022-01-01'), done(2, '2023-12-15')] }));
    expect(soon.cells[1]).toMatchObject({ state: 'expiring-soon', expiresOn: '2026-12-15' });
    expect(soon.conclusion.pending).toBe(false);
    expect(soon.conclusion.findings.map((f) => [f.ruleId, f.severity])).toEqual([['training-expiring', 'warn']]);
  });

  it('a completion dated in the future does not count yet', () => {
    expect(status(facts([], { completions: [done(1, '2025-07-01'), done(2, '2026-12-01')] })).conclusion.pending).toBe(true);
  });
});

describe('§4.I: two consecutive missed quarterly trainings make a member inactive', () => {
  it('two consecutive absences make the member inactive — training deficiency, with the dates', () => {
    const result = status(facts(['attended', 'absent', 'absent']));
    expect(result.conclusion.deficient).toBe(true);
    expect(result.conclusion.findings).toEqual([
      expect.objectContaining({ ruleId: 'training-deficiency', section: '§4.I', severity: 'block', message: expect.stringContaining('2026-04-15, 2026-07-15') }),
    ]);
  });

  it('one miss warns that one more makes the member inactive', () => {
    expect(ruleIds(facts(['attended', 'absent']))).toEqual(['training-deficiency-risk']);
    expect(status(facts(['attended', 'absent'])).conclusion.findings[0]?.message).toMatch(/one more missed session makes them inactive/);
  });

  it('misses that are not consecutive do not count together', () => {
    expect(status(facts(['absent', 'attended', 'absent', 'attended'])).conclusion.deficient).toBe(false);
  });

  it('§4.I: by default an excused absence is not a miss; the policy can say it is', () => {
    expect(status(facts(['excused', 'absent'])).conclusion.deficient).toBe(false);
    expect(status(facts(['absent', 'excused', 'absent'])).conclusion.deficient).toBe(true);
    const strict = { ...defaultPolicy, excusedAbsenceCountsAsMiss: true };
    expect(status(facts(['excused', 'absent']), strict).conclusion.deficient).toBe(true);
  });

  it('by default a make-up session or attending the next session rectifies', () => {
    expect(status(facts(['absent', 'absent', 'make-up'])).conclusion.deficient).toBe(false);
    expect(status(facts(['absent', 'absent', 'attended'])).conclusion.deficient).toBe(false);
  });

  it('when the policy accepts only a make-up, attending the next session does not rectify', () => {
    const makeUpOnly = { ...defaultPolicy, rectifiedBy: 'make-up-only' as const };
    expect(status(facts(['absent', 'absent', 'attended']), makeUpOnly).conclusion.deficient).toBe(true);
    expect(status(facts(['absent', 'absent', 'attended', 'make-up']), makeUpOnly).conclusion.deficient).toBe(false);
    const nextOnly = { ...defaultPolicy, rectifiedBy: 'next-session-only' as const };
    expect(status(facts(['absent', 'absent', 'make-up']), nextOnly).conclusion.deficient).toBe(true);
  });

  it('the number of misses allowed is a policy setting', () => {
    expect(status(facts(['absent', 'absent']), { ...defaultPolicy, consecutiveMissesForInactive: 3 }).conclusion.deficient).toBe(false);
    expect(ruleIds(facts(['absent', 'absent']), { ...defaultPolicy, consecutiveMissesForInactive: 3 })).toEqual(['training-deficiency-risk']);
  });

  it('sessions before joining, while temporarily inactive, or without attendance taken are not misses', () => {
    const beforeJoining = facts(['absent', 'absent', 'attended'], { joinedOn: '2026-07-01' });
    expect(beforeJoining.quarterly.map((q) => q.status)).toEqual(['absent', 'absent', 'attended']);
    expect(status(beforeJoining).conclusion.deficient).toBe(false);
    expect(status(beforeJoining).strip.map((s) => s.mark)).toEqual(['not-expected', 'not-expected', 'attended']);

    const onLeave = facts(['absent', 'absent'], {
      history: [
        { status: 'active', effectiveOn: '2025-06-01' },
        { status: 'temporarily-inactive', effectiveOn: '2026-01-01' },
        { status: 'active', effectiveOn: '2026-06-01' },
      ],
    });
    expect(status(onLeave).conclusion.deficient).toBe(false);

    const notTaken = facts(['absent', null]);
    notTaken.quarterly[1] = { sessionId: 101, heldOn: quarters[1] as string, attendanceTaken: false, status: null };
    expect(status(notTaken).conclusion.deficient).toBe(false);
    expect(status(notTaken).strip.map((s) => s.mark)).toEqual(['absent', 'not-recorded']);
  });

  it('when attendance was taken, a member without a record counts as absent', () => {
    expect(status(facts([null, null])).conclusion.deficient).toBe(true);
  });

  it('the strip keeps the last eight sessions', () => {
    const many = facts([], {
      quarterly: Array.from({ length: 12 }, (_, i) => ({ sessionId: i, heldOn: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`, attendanceTaken: true, status: 'attended' as const })),
      joinedOn: '2023-01-01',
    });
    expect(status(many).strip).toHaveLength(8);
    expect(status(many).strip[0]?.heldOn).toBe('2024-05-01');
  });
});

describe('§4.H: attending the training sessions and quarterly meetings', () => {
  it('a member is expected at a session held while on the team and active', () => {
    const member = { joinedOn: '2025-06-01', history: [{ status: 'active' as const, effectiveOn: '2025-06-01' }, { status: 'temporarily-inactive' as const, effectiveOn: '2026-01-01' }] };
    expect(expectedAtSession('2025-06-01', member)).toBe(true);
    expect(expectedAtSession('2025-05-31', member)).toBe(false);
    expect(expectedAtSession('2026-01-15', member)).toBe(false);
  });

  it('attendance is taken once the session has been held, each member once', () => {
    expect(() => checkAttendanceTaken('2026-11-22', '2026-11-22')).not.toThrow();
    expect(() => checkAttendanceTaken('2026-11-23', '2026-11-22')).toThrow('Attendance can be taken once the session has been held.');
    expect(() => checkAttendanceEntries([{ memberId: 1 }, { memberId: 9 }], (id) => id === 1)).toThrow('Unknown member(s): 9.');
    expect(() => checkAttendanceEntries([{ memberId: 1 }, { memberId: 1 }], () => true)).toThrow('A member appears twice.');
  });

  it('a completion is of a catalog course that is not the quarterly meeting, and not in the future', () => {
    expect(() => checkCompletion(null, '2026-01-01', '2026-11-22')).toThrow('Choose a course from the catalog.');
    expect(() => checkCompletion(courses[3] ?? null, '2026-01-01', '2026-11-22')).toThrow('Quarterly sessions are recorded as attendance, not as completions.');
    expect(() => checkCompletion(courses[0] ?? null, '2026-11-23', '2026-11-22')).toThrow('A completion cannot be in the future.');
    expect(() => checkCompletion(courses[0] ?? null, '2026-11-22', '2026-11-22')).not.toThrow();
  });
});
