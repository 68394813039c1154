import * as z from 'zod';
import { isoDateSchema, yearInRange, yearRangeMessage, type IsoDate } from './calendar';
import { correctionReasonSchema } from './corrections';
import { plainText } from './text';

/**
 * §7 critical incidents and group interventions, §3.G deployments, §3.B/§9 overtime and
 * §5.B–C exception notices. Categories, counts, dates and the team's own members only:
 * never who was affected, never what was said.
 */
export const incidentCategories = ['officer-involved-shooting', 'assault-on-staff', 'death-of-colleague', 'suicide', 'serious-injury', 'facility-incident', 'community-trauma', 'other'] as const;
export const assessmentDecisions = ['none', 'defusing', 'debriefing', 'individual-follow-ups', 'referral'] as const;
export const interventionKinds = ['defusing', 'debriefing'] as const;
export const overtimeActivities = ['peer-contact', 'defusing', 'debriefing', 'deployment', 'training', 'other'] as const;
export const overtimeDecisions = ['pending', 'approved', 'denied'] as const;
/** §5.B: the kinds of information not protected by confidentiality. */
export const exceptionCategories = ['abuse-child-spouse-elder', 'danger-to-self-or-others', 'admission-of-criminal-conduct', 'witness-to-crime', 'administrative-investigation'] as const;

export type IncidentCategory = (typeof incidentCategories)[number];
export type AssessmentDecision = (typeof assessmentDecisions)[number];
export type InterventionKind = (typeof interventionKinds)[number];
export type OvertimeActivity = (typeof overtimeActivities)[number];
export type OvertimeDecision = (typeof overtimeDecisions)[number];
export type ExceptionCategory = (typeof exceptionCategories)[number];

export const incidentCategoryLabels: Record<IncidentCategory, string> = {
  'officer-involved-shooting': 'Officer-involved shooting',
  'assault-on-staff': 'Assault on staff',
  'death-of-colleague': 'Death of a colleague',
  suicide: 'Suicide',
  'serious-injury': 'Serious injury',
  'facility-incident': 'Facility incident',
  'community-trauma': 'Community trauma',
  other: 'Other',
};
export const decisionLabels: Record<AssessmentDecision, string> = {
  none: 'No intervention needed',
  defusing: 'Defusing',
  debriefing: 'Debriefing',
  'individual-follow-ups': 'Individual follow-ups',
  referral: 'Referral',
};
export const exceptionCategoryLabels: Record<ExceptionCategory, string> = {
  'abuse-child-spouse-elder': 'Child, spouse or elder abuse (§5.B.1)',
  'danger-to-self-or-others': 'Danger to self or others (§5.B.2)',
  'admission-of-criminal-conduct': 'Admission of criminal conduct (§5.B.3)',
  'witness-to-crime': 'Witness to a crime (§5.B.4)',
  'administrative-investigation': 'Requires an administrative investigation (§5.B.5)',
};
export const overtimeActivityLabels: Record<OvertimeActivity, string> = {
  'peer-contact': 'Peer contact',
  defusing: 'Defusing',
  debriefing: 'Debriefing',
  deployment: 'Deployment',
  training: 'Training',
  other: 'Other program activity',
};

/** A moment as the Coordinator types it: `YYYY-MM-DDTHH:MM` (local time). */
export const localMomentSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use a date and time')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'Not a real date and time')
  .refine(yearInRange, yearRangeMessage);
export type LocalMoment = string;

const hours = z.number().min(0).max(24).multipleOf(0.25, 'In quarter hours');
const id = z.number().int().positive();

/** §7: "The Peer Support Coordinator and Mental Health Professional (EAP or other) will confer with the supervisor." */
export const mentalHealthProfessionals = ['eap', 'department-clinician', 'contracted-clinician', 'other-professional'] as const;
export type MentalHealthProfessional = (typeof mentalHealthProfessionals)[number];
export const mentalHealthProfessionalLabels: Record<MentalHealthProfessional, string> = {
  eap: 'Employee Assistance Program (EAP)',
  'department-clinician': 'Department clinician',
  'contracted-clinician': 'Contracted clinician',
  'other-professional': 'Other mental-health professional',
};

export const incidentInputSchema = z
  .object({
    occurredAt: localMomentSchema,
    category: z.enum(incidentCategories),
    /** Units or staff groups affected, from the configured list — never people. */
    affectedStaffGroups: z.array(plainText(80).min(1)).max(40).default([]),
    supervisorNotifiedAt: localMomentSchema.nullable().default(null),
  })
  .strict();

export const assessmentInputSchema = z
  .object({
    incidentId: id,
    assessedAt: localMomentSchema,
    /** Which mental-health professional assessed with the Coordinator (§7): a role, never a name or a note. */
    assessedWith: z.enum(mentalHealthProfessionals),
    decision: z.enum(assessmentDecisions),
    followUpsDueOn: isoDateSchema.nullable().default(null),
    /** Why an assessment already recorded is being corrected (§7, §3.E); not needed the first time. */
    reason: correctionReasonSchema.optional(),
  })
  .strict();

export const interventionInputSchema = z
  .object({
    incidentId: id,
    kind: z.enum(interventionKinds),
    heldAt: localMomentSchema,
    durationHours: hours.refine((h) => h > 0, 'Must be more than zero'),
    attendeesSworn: z.number().int().min(0).max(10_000),
    attendeesNonSworn: z.number().int().min(0).max(10_000),
  })
  .strict();

export const deploymentInputSchema = z
  .object({
    incidentId: id,
    interventionId: id.nullable().default(null),
    memberId: id,
    hours,
    overtimeHours: hours.default(0),
  })
  .strict();

export const overtimeInputSchema = z
  .object({
    memberId: id,
    workedOn: isoDateSchema,
    hours: hours.refine((h) => h > 0, 'Must be more than zero'),
    activity: z.enum(overtimeActivities),
    incidentId: id.nullable().default(null),
  })
  .strict();

export const overtimeDecisionSchema = z
  .object({
    id,
    /** The manager who decided (§3.B: overtime needs a manager's approval). */
    managerName: plainText(80).min(1, 'Required'),
    decidedOn: isoDateSchema,
    decision: z.enum(['approved', 'denied']),
  })
  .strict();

export const exceptionNoticeInputSchema = z
  .object({
    /** The team member who made the mandated notification — never whom it concerned. */
    memberId: id,
    category: z.enum(exceptionCategories),
    occurredOn: isoDateSchema,
    coordinatorNotifiedAt: localMomentSchema,
  })
  .strict();

/*
 * Corrections: each takes the record's id, all of its own fields as they should read, and
 * the reason (a code, never free text). A voided record keeps its row and leaves every list,
 * report, dashboard figure and export (migration 0013).
 */
const correction = { id, reason: correctionReasonSchema };

/** §7: an incident's own fields, corrected. */
export const incidentUpdateSchema = incidentInputSchema.extend(correction);

/** §7: a defusing or debriefing, corrected (it stays with its incident). */
export const interventionUpdateSchema = interventionInputSchema.omit({ incidentId: true }).extend(correction);

/** §3.G: a deployment, corrected (it stays with its incident); its overtime request follows (§9). */
export const deploymentUpdateSchema = deploymentInputSchema.omit({ incidentId: true }).extend(correction);

/** §3.B: a request still pending, corrected. */
export const overtimeUpdateSchema = overtimeInputSchema.extend(correction);

/**
 * §3.B, §9: the manager's decision, corrected: revised, or taken back to pending when it was
 * recorded in error. A decision names its manager and day; pending names neither.
 */
export const overtimeDecisionCorrectionSchema = z
  .object({
    ...correction,
    decision: z.enum(overtimeDecisions),
    managerName: plainText(80).min(1, 'Required').nullable().default(null),
    decidedOn: isoDateSchema.nullable().default(null),
  })
  .strict()
  .superRefine((d, ctx) => {
    const decided = d.decision !== 'pending';
    if (decided && d.managerName === null) ctx.addIssue({ code: 'custom', path: ['managerName'], message: 'Required for a decision' });
    if (decided && d.decidedOn === null) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'Required for a decision' });
    if (!decided && d.managerName !== null) ctx.addIssue({ code: 'custom', path: ['managerName'], message: 'A pending request has no manager yet' });
    if (!decided && d.decidedOn !== null) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'A pending request is not decided yet' });
  });

/** §5.C: an exception notice, corrected: still only the date, the §5.B category and who notified. */
export const exceptionNoticeUpdateSchema = exceptionNoticeInputSchema.extend(correction);


interface Deployment {
  id: number;
  incidentId: number;
  interventionId: number | null;
  memberId: number;
  memberName: string;
  directedBy: string;
  directedAt: string;
  hours: number;
  overtimeHours: number;
  /** §3.G: the member works in a unit the incident affected (a possible conflict, not a block). */
  possibleConflict: boolean;
}

export interface Intervention {
  id: number;
  kind: InterventionKind;
  heldAt: LocalMoment;
  durationHours: number;
  attendeesSworn: number;
  attendeesNonSworn: number;
  /** §7 timing: held within the policy's window after the incident. */
  withinWindow: boolean;
}

/** Where an incident stands against the timing the policy asks for. */
export interface IncidentClock {
  /** What is still to be done, with when it falls due, or null when nothing is. */
  next: { what: string; dueAt: LocalMoment; overdue: boolean } | null;
  followUpsDueOn: IsoDate | null;
}

export interface Incident {
  id: number;
  occurredAt: LocalMoment;
  category: IncidentCategory;
  affectedStaffGroups: string[];
  supervisorNotifiedAt: LocalMoment | null;
  assessment: { assessedAt: LocalMoment; assessedWith: MentalHealthProfessional; decision: AssessmentDecision; followUpsDueOn: IsoDate | null } | null;
  interventions: Intervention[];
  deployments: Deployment[];
  clock: IncidentClock;
}

export interface OvertimeRequest {
  id: number;
  memberId: number;
  memberName: string;
  workedOn: IsoDate;
  hours: number;
  activity: OvertimeActivity;
  incidentId: number | null;
  /** The deployment whose overtime this is (§3.B, §9), or null for overtime recorded on its own. */
  deploymentId: number | null;
  decision: OvertimeDecision;
  managerName: string | null;
  decidedOn: IsoDate | null;
}

export interface ExceptionNotice {
  id: number;
  memberId: number;
  memberName: string;
  category: ExceptionCategory;
  occurredOn: IsoDate;
  coordinatorNotifiedAt: LocalMoment;
}

/** §5.C: what the retention period lets go, and when the automatic backups let go of it too. */
export interface NoticeRetention {
  cutoff: IsoDate;
  years: number;
  purgeable: number;
  backupsRotatedBy: IsoDate;
}
