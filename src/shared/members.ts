import * as z from 'zod';
import { isoDateSchema, type IsoDate } from './calendar';
import type { Finding } from './findings';
import { plainText } from './text';

/**
 * A team member: a peer supporter, never a person they supported. Every field here is
 * about the member; nothing in this file can hold anything about the staff they help.
 */
const PHONE_DIGITS = { min: 7, max: 15 };

export const phoneSchema = plainText(40).superRefine((value, ctx) => {
    if (value === '') return;
    if (!/^[+\d\s().\-x]*$/i.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'Use digits, spaces, ( ) - + and x for an extension' });
      return;
    }
    const digits = value.replace(/x.*$/i, '').replace(/\D/g, '').length;
    if (digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max) {
      ctx.addIssue({ code: 'custom', message: `A phone number has ${PHONE_DIGITS.min} to ${PHONE_DIGITS.max} digits` });
    }
  });

const requiredName = plainText(60).min(1, 'Required');
const tagList = z.array(plainText(60).min(1)).max(30);

/** An e-mail address, or nothing. */
export const emailSchema = plainText(200).refine((value) => value === '' || z.email().safeParse(value).success, 'Not an email address');

export const memberFieldsSchema = z.object({
  firstName: requiredName,
  lastName: requiredName,
  preferredName: plainText(60).default(''),
  sworn: z.boolean(),
  staffGroup: plainText(80).min(1, 'Required'),
  jobTitle: plainText(120).default(''),
  workLocation: plainText(80).default(''),
  workPhone: phoneSchema.default(''),
  mobilePhone: phoneSchema.default(''),
  email: emailSchema.default(''),
  languages: tagList.default([]),
  specialties: tagList.default([]),
  hireDate: isoDateSchema.nullable().default(null),
  probationCompletedOn: isoDateSchema.nullable().default(null),
  fullTime: z.boolean().default(true),
  joinedOn: isoDateSchema,
  afterHoursAvailable: z.boolean().default(false),
  listingConsent: z.boolean().default(false),
  /** Administrative only (e.g. "prefers text messages"). Never about anyone they supported. */
  adminNote: plainText(80).default(''),
  /** Joined before PeerDesk: entered directly, without the selection workflow. */
  existingMember: z.boolean().default(false),
});

type MemberFieldsInput = z.input<typeof memberFieldsSchema>;

/** Cross-field checks: reachable by phone, and dates in their natural order. */
function checkMemberFields(m: Partial<z.output<typeof memberFieldsSchema>>, ctx: z.RefinementCtx): void {
  if (!m.workPhone && !m.mobilePhone) {
    ctx.addIssue({ code: 'custom', path: ['workPhone'], message: 'Give a work or a mobile phone: the team list exists to reach members' });
  }
  if (m.hireDate && m.probationCompletedOn && m.probationCompletedOn < m.hireDate) {
    ctx.addIssue({ code: 'custom', path: ['probationCompletedOn'], message: 'Probation cannot end before the hire date' });
  }
  if (m.hireDate && m.joinedOn && m.joinedOn < m.hireDate) {
    ctx.addIssue({ code: 'custom', path: ['joinedOn'], message: 'Cannot join the team before being hired' });
  }
  if (m.probationCompletedOn && m.joinedOn && m.joinedOn < m.probationCompletedOn) {
    ctx.addIssue({ code: 'custom', path: ['joinedOn'], message: 'Members join after completing probation (§2.C)' });
  }
}

export const memberCreateSchema = memberFieldsSchema.strict().superRefine(checkMemberFields);
export type MemberCreate = z.input<typeof memberCreateSchema>;
export type MemberFields = z.output<typeof memberFieldsSchema>;

export const memberUpdateSchema = z
  .object({ id: z.number().int().positive(), fields: memberFieldsSchema.strict().superRefine(checkMemberFields) })
  .strict();

export const memberIdSchema = z.object({ id: z.number().int().positive() }).strict();

/** Statuses a person decides; everything else about a member's standing is derived. */
export const decidedStatuses = ['active', 'temporarily-inactive', 'removed', 'resigned', 'term-ended'] as const;
export type DecidedStatus = (typeof decidedStatuses)[number];

/** §4.I–K: why a member was removed for cause. Categories only: no narrative. */
export const removalReasons = ['breach-of-confidentiality', 'conduct-unbecoming', 'policy-non-compliance', 'training-deficiency', 'other-cause'] as const;
export type RemovalReason = (typeof removalReasons)[number];

/** §4.J–L, §2.B: why any other status changed. Categories only: a status reason is never a narrative. */
export const statusReasons = ['leave-of-absence', 'workload-or-assignment', 'member-request', 'left-department', 'retired', 'term-completed', 'returned', 'administrative'] as const;
export type StatusReason = (typeof statusReasons)[number];
export type StatusReasonCategory = RemovalReason | StatusReason;

/** The reasons that fit each status: a return is not "retired", a resignation not "returned". */
export const statusReasonsFor = {
  active: ['returned', 'administrative'],
  'temporarily-inactive': ['leave-of-absence', 'workload-or-assignment', 'member-request', 'administrative'],
  resigned: ['member-request', 'left-department', 'retired', 'administrative'],
  'term-ended': ['term-completed', 'administrative'],
} as const satisfies Record<Exclude<DecidedStatus, 'removed'>, readonly StatusReason[]>;
const reasonFor = <S extends keyof typeof statusReasonsFor>(status: S) => z.enum(statusReasonsFor[status]).nullable().default(null);

/**
 * §4.J, §10: the Chief's written decision that a member removed for cause may return, with
 * the exception it rests on. Names and a reference only: never a narrative.
 */
export const chiefDecisionSchema = z
  .object({
    decidedOn: isoDateSchema,
    /** The Chief's name or title, as signed. */
    decidedBy: plainText(80).min(1, 'Required'),
    /** The reference of the §10 written exception (e.g. its memo number). */
    exceptionReference: plainText(80).min(1, 'Required'),
  })
  .strict();

export type ChiefDecision = z.output<typeof chiefDecisionSchema>;

const statusChangeBase = {
  id: z.number().int().positive(),
  effectiveOn: isoDateSchema,
};

export const statusChangeSchema = z.discriminatedUnion('status', [
  z.object({ ...statusChangeBase, status: z.literal('active'), reasonCategory: reasonFor('active'), chiefDecision: chiefDecisionSchema.nullable().default(null) }).strict(),
  z
    .object({ ...statusChangeBase, status: z.literal('temporarily-inactive'), reasonCategory: reasonFor('temporarily-inactive'), expectedReturnOn: isoDateSchema.nullable().default(null), chiefDecision: chiefDecisionSchema.nullable().default(null) })
    .strict(),
  z.object({ ...statusChangeBase, status: z.literal('removed'), reasonCategory: z.enum(removalReasons), chiefDecisionOn: isoDateSchema }).strict(),
  z.object({ ...statusChangeBase, status: z.literal('resigned'), reasonCategory: reasonFor('resigned') }).strict(),
  z.object({ ...statusChangeBase, status: z.literal('term-ended'), reasonCategory: reasonFor('term-ended') }).strict(),
]);
export type StatusChange = z.input<typeof statusChangeSchema>;
export type ParsedStatusChange = z.output<typeof statusChangeSchema>;

/** §2.B: a member who resigned or whose term ended comes back with a new commitment. */
export const rejoinSchema = z
  .object({
    id: z.number().int().positive(),
    /** The day the member is active again and the new commitment starts. */
    commitmentStartsOn: isoDateSchema,
  })
  .strict();
export type ParsedRejoin = z.output<typeof rejoinSchema>;

export interface StatusHistoryEntry {
  id: number;
  status: DecidedStatus;
  effectiveOn: IsoDate;
  /** Written by PeerDesk ("Joined the team"), or the free text of a change recorded before reasons became categories. */
  reason: string;
  reasonCategory: StatusReasonCategory | null;
  expectedReturnOn: IsoDate | null;
  chiefDecisionOn: IsoDate | null;
  /** §4.J, §10: on a return from removal, who decided it and the exception it rests on. */
  chiefDecidedBy: string | null;
  exceptionReference: string | null;
  /** §2.B: on a rejoin, the day the new commitment starts. */
  commitmentStartsOn: IsoDate | null;
  recordedBy: string;
  recordedAt: string;
}

/** What the roster shows: the decided status, and what the rules derive from the facts. */
export type EffectiveStatus = 'active' | 'inactive-training' | 'training-pending' | 'temporarily-inactive' | 'removed' | 'resigned' | 'term-ended';

export interface MemberStanding {
  decided: DecidedStatus;
  decidedSince: IsoDate;
  effective: EffectiveStatus;
  /** §8: may be deployed to provide peer assistance now. */
  deployable: boolean;
  /** §7: appears on the intranet team list (may serve now and consented to be listed). */
  listed: boolean;
  commitmentEndsOn: IsoDate;
  findings: Finding[];
}

export interface Member extends MemberFields {
  id: number;
  displayName: string;
  standing: MemberStanding;
  updatedAt: string;
}

export interface MemberDetail extends Member {
  history: StatusHistoryEntry[];
}

export const effectiveStatusLabels: Record<EffectiveStatus, string> = {
  active: 'Active',
  'inactive-training': 'Inactive — training deficiency',
  'training-pending': 'Training pending',
  'temporarily-inactive': 'Temporarily inactive',
  removed: 'Removed',
  resigned: 'Resigned',
  'term-ended': 'Term ended',
};

export const removalReasonLabels: Record<RemovalReason, string> = {
  'breach-of-confidentiality': 'Breach of confidentiality (§4.J)',
  'conduct-unbecoming': 'Conduct unbecoming (§4.K)',
  'policy-non-compliance': 'Non-compliance with the policy (§4.K)',
  'training-deficiency': 'Training deficiency not rectified (§4.I)',
  'other-cause': 'Other cause (§4.J)',
};

export const statusReasonLabels: Record<StatusReasonCategory, string> = {
  ...removalReasonLabels,
  'leave-of-absence': 'Leave of absence',
  'workload-or-assignment': 'Workload or assignment',
  'member-request': 'At the member’s request (§4.L)',
  'left-department': 'Left the department',
  retired: 'Retired',
  'term-completed': 'Term completed (§2.B)',
  returned: 'Returned',
  administrative: 'Administrative',
};

/** Just the editable fields of a member (what `roster.update` takes), without derived data. */
export function memberFieldsOf(member: MemberFields): MemberFields {
  const keys = Object.keys(memberFieldsSchema.shape) as (keyof MemberFields)[];
  return Object.fromEntries(keys.map((key) => [key, member[key]])) as unknown as MemberFields;
}

/** The name colleagues know: the preferred first name when there is one. */
export function displayNameOf(m: Pick<MemberFieldsInput, 'firstName' | 'lastName' | 'preferredName'>): string {
  return `${m.preferredName?.trim() || m.firstName.trim()} ${m.lastName.trim()}`;
}
