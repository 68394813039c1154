import * as z from 'zod';
import { isoDateSchema, type IsoDate } from './calendar';
import { correctionReasonSchema } from './corrections';
import type { Finding } from './findings';
import type { EffectiveStatus } from './members';
import { plainText } from './text';

/** §8: what a course is to the policy. */
export const courseKinds = ['required-before-service', 'recommended', 'recurring'] as const;
export type CourseKind = (typeof courseKinds)[number];

export const courseKindLabels: Record<CourseKind, string> = {
  'required-before-service': 'Required before service (§8)',
  recommended: 'Recommended (§8)',
  recurring: 'Recurring: quarterly training / meeting (§4.H)',
};

export interface Course {
  id: number;
  code: string;
  name: string;
  kind: CourseKind;
  contactHours: number;
  /** After this many months a refresher is due; null when a completion never expires. */
  validityMonths: number | null;
  externalCourseNumber: string;
}

export const courseInputSchema = z
  .object({
    id: z.number().int().positive().optional(),
    code: plainText(20).min(1, 'Required').regex(/^[A-Za-z0-9-]+$/, 'Letters, digits and - only'),
    name: plainText(120).min(1, 'Required'),
    kind: z.enum(courseKinds),
    contactHours: z.number().min(0).max(200),
    validityMonths: z.number().int().min(1).max(240).nullable(),
    externalCourseNumber: plainText(60).default(''),
  })
  .strict();

/** Attendance at one session; `partial` is flagged because ICISF counts full attendance only. */
export const attendanceStatuses = ['attended', 'excused', 'absent', 'make-up'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const attendanceLabels: Record<AttendanceStatus, string> = {
  attended: 'Attended',
  excused: 'Excused',
  absent: 'Absent',
  'make-up': 'Make-up',
};

const hours = z.number().min(0.25).max(24);

export const sessionInputSchema = z
  .object({
    courseId: z.number().int().positive(),
    heldOn: isoDateSchema,
    location: plainText(80).default(''),
    instructor: plainText(80).default(''),
    hours,
  })
  .strict();

/**
 * A session corrected, with a reason. §4.I, §8: once its attendance is taken, its course and
 * day are what members' standing was derived from, so only where, who taught and the hours
 * may change (see checkSessionCorrection).
 */
export const sessionUpdateSchema = sessionInputSchema.extend({ id: z.number().int().positive(), reason: correctionReasonSchema });

export interface TrainingSession {
  id: number;
  courseId: number;
  courseCode: string;
  courseName: string;
  kind: CourseKind;
  heldOn: IsoDate;
  location: string;
  instructor: string;
  hours: number;
  /** How many attendance records exist; 0 means attendance has not been taken yet. */
  recorded: number;
  present: number;
}

export interface AttendanceEntry {
  memberId: number;
  status: AttendanceStatus;
  partial: boolean;
}

export interface SessionDetail extends TrainingSession {
  /** Members expected at the session (on the team that day) and anyone recorded. */
  roster: { memberId: number; displayName: string; staffGroup: string; entry: AttendanceEntry | null }[];
}

export const attendanceInputSchema = z
  .object({
    sessionId: z.number().int().positive(),
    entries: z
      .array(z.object({ memberId: z.number().int().positive(), status: z.enum(attendanceStatuses), partial: z.boolean().default(false) }).strict())
      .max(10_000),
  })
  .strict();

export const completionInputSchema = z
  .object({
    memberId: z.number().int().positive(),
    courseId: z.number().int().positive(),
    completedOn: isoDateSchema,
    provider: plainText(80).default(''),
    certificateOnFile: z.boolean().default(false),
  })
  .strict();

export interface Completion {
  id: number;
  memberId: number;
  courseId: number;
  completedOn: IsoDate;
  /** 'session' when it comes from attending a PeerDesk session; otherwise the outside provider. */
  source: 'session' | 'external';
  provider: string;
  certificateOnFile: boolean;
}

/**
 * One cell of the training matrix, said in words as well as shown. A required course not
 * completed is `missing`; a recommended one is only `not-taken` (§8 requires it of no one).
 */
type CourseCellState = 'completed' | 'expiring-soon' | 'expired' | 'missing' | 'not-taken' | 'not-applicable';

export interface CourseCell {
  courseId: number;
  state: CourseCellState;
  completedOn: IsoDate | null;
  expiresOn: IsoDate | null;
}

export type QuarterlyMark = AttendanceStatus | 'not-recorded' | 'not-expected';

interface MatrixRow {
  memberId: number;
  displayName: string;
  staffGroup: string;
  effective: EffectiveStatus;
  deployable: boolean;
  /** One per course of the matrix, in the same order. */
  cells: CourseCell[];
  /** This member's mark at each of the matrix's quarterly sessions. */
  quarterly: QuarterlyMark[];
  /** The §4.I and §8 findings, without their messages (the member's page has those). */
  flags: Pick<Finding, 'ruleId' | 'section' | 'severity'>[];
}

export interface TrainingMatrix {
  today: IsoDate;
  /** The courses shown as columns: all but the recurring one. */
  courses: Course[];
  /** The last eight quarterly sessions held, oldest first. */
  quarterlySessions: { sessionId: number; heldOn: IsoDate }[];
  rows: MatrixRow[];
}

export const memberTrainingInputSchema = z.object({ memberId: z.number().int().positive() }).strict();

export interface MemberTraining {
  memberId: number;
  cells: (CourseCell & { course: Course; completions: Completion[] })[];
  quarterly: { sessionId: number; heldOn: IsoDate; mark: QuarterlyMark }[];
  findings: Finding[];
}

export const matrixExportSchema = z.object({ format: z.enum(['pdf', 'xlsx']) }).strict();
export const sessionIdSchema = z.object({ id: z.number().int().positive() }).strict();
export const completionIdSchema = z.object({ id: z.number().int().positive() }).strict();
