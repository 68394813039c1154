import * as z from 'zod';
import { isoDateSchema, type IsoDate, daysInMonth, monthSchema, type Month } from './calendar';

/**
 * §6: the monthly tally of one member — counts and hours only. There is no field for a
 * name, an ID or a narrative about anyone supported, and the database has no column for one.
 */
export const contactTypes = ['oneOnOne', 'group', 'onScene', 'defusing', 'debriefing', 'followUp', 'family', 'hospitalVisit'] as const;
export const referralDestinations = ['eap', 'clinician', 'chaplain', 'other'] as const;
export const concernCategories = ['criticalIncidentStress', 'family', 'grief', 'substanceUse', 'workplace', 'health', 'finances', 'legal', 'suicideRisk', 'undisclosed'] as const;
export const correctionReasons = ['data-entry-error', 'late-information-from-member', 'member-corrected-own-tally', 'other'] as const;

export type ContactType = (typeof contactTypes)[number];
export type ReferralDestination = (typeof referralDestinations)[number];
export type ConcernCategory = (typeof concernCategories)[number];
export type CorrectionReason = (typeof correctionReasons)[number];

export const contactTypeLabels: Record<ContactType, string> = {
  oneOnOne: 'One-on-one',
  group: 'Group',
  onScene: 'On-scene support',
  defusing: 'Defusing',
  debriefing: 'Debriefing',
  followUp: 'Follow-up',
  family: 'Family',
  hospitalVisit: 'Hospital visit',
};
export const referralLabels: Record<ReferralDestination, string> = { eap: 'EAP', clinician: 'Clinician', chaplain: 'Chaplain', other: 'Other referral' };
export const concernLabels: Record<ConcernCategory, string> = {
  criticalIncidentStress: 'Critical-incident stress',
  family: 'Family',
  grief: 'Grief',
  substanceUse: 'Substance use',
  workplace: 'Workplace',
  health: 'Health',
  finances: 'Finances',
  legal: 'Legal',
  suicideRisk: 'Suicide risk',
  undisclosed: 'Undisclosed',
};
export const correctionReasonLabels: Record<CorrectionReason, string> = {
  'data-entry-error': 'Data entry error',
  'late-information-from-member': 'Late information from the member',
  'member-corrected-own-tally': 'The member corrected their tally',
  other: 'Other',
};

const count = z.number().int('Whole numbers only').min(0, 'Cannot be negative').max(999);
const counts = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, count.default(0)])) as Record<K, z.ZodDefault<typeof count>>).strict();
const hours = z.number().min(0, 'Cannot be negative').max(744).multipleOf(0.25, 'In quarter hours');

export const tallyInputSchema = z
  .object({
    memberId: z.number().int().positive(),
    month: monthSchema,
    /** "No contacts this month", said explicitly so silence is never taken for zero. */
    noContacts: z.boolean(),
    contacts: counts(contactTypes).default(Object.fromEntries(contactTypes.map((k) => [k, 0])) as Record<ContactType, number>),
    hoursOnDuty: hours.default(0),
    hoursOffDuty: hours.default(0),
    referrals: counts(referralDestinations).default(Object.fromEntries(referralDestinations.map((k) => [k, 0])) as Record<ReferralDestination, number>),
    concerns: counts(concernCategories).default(Object.fromEntries(concernCategories.map((k) => [k, 0])) as Record<ConcernCategory, number>),
    /** When the member handed the tally in (a paper sheet may be entered later); today when omitted. */
    receivedOn: isoDateSchema.optional(),
    /** Needed to change a tally of a month already reviewed (§3.E). */
    correctionReason: z.enum(correctionReasons).optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const contactTotal = contactTypes.reduce((sum, k) => sum + t.contacts[k], 0);
    const anything = contactTotal + t.hoursOnDuty + t.hoursOffDuty + referralDestinations.reduce((s, k) => s + t.referrals[k], 0) + concernCategories.reduce((s, k) => s + t.concerns[k], 0);
    if (t.noContacts && anything > 0) ctx.addIssue({ code: 'custom', path: ['noContacts'], message: '"No contacts" was ticked but counts or hours were entered' });
    if (!t.noContacts && contactTotal === 0) ctx.addIssue({ code: 'custom', path: ['contacts'], message: 'Enter the contacts, or tick "No contacts this month"' });
    const limit = 24 * daysInMonth(t.month);
    if (t.hoursOnDuty + t.hoursOffDuty > limit) ctx.addIssue({ code: 'custom', path: ['hoursOnDuty'], message: `More than 24 hours a day (${limit} h in the month)` });
    if (t.receivedOn && t.receivedOn.slice(0, 7) < t.month) ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'Received before the month began' });
  });
export type TallyInput = z.input<typeof tallyInputSchema>;
export type Tally = Omit<z.output<typeof tallyInputSchema>, 'correctionReason' | 'receivedOn'> & { submittedOn: IsoDate; corrections: number };

/** §6: where a member's tally for a month stands. */
export type TallyStatus = 'on-time' | 'late' | 'missing' | 'due' | 'not-expected';

export const tallyStatusLabels: Record<TallyStatus, string> = {
  'on-time': 'On time',
  late: 'Late',
  missing: 'Missing',
  due: 'Not due yet',
  'not-expected': 'Not expected',
};

export interface TallyRow {
  memberId: number;
  displayName: string;
  staffGroup: string;
  status: TallyStatus;
  tally: Tally | null;
}

export interface TallyMonth {
  month: Month;
  dueOn: IsoDate;
  review: { reviewedBy: string; reviewedAt: string } | null;
  rows: TallyRow[];
}

export const monthInputSchema = z.object({ month: monthSchema }).strict();

/** The grid's save: several members' tallies of one month, written together or not at all. */
export const tallyBatchSchema = z
  .object({ tallies: z.array(tallyInputSchema).min(1).max(10_000) })
  .strict()
  .superRefine(({ tallies }, ctx) => {
    if (new Set(tallies.map((t) => t.month)).size > 1) ctx.addIssue({ code: 'custom', path: ['tallies'], message: 'The tallies saved together must be of one month' });
    if (new Set(tallies.map((t) => t.memberId)).size < tallies.length) ctx.addIssue({ code: 'custom', path: ['tallies'], message: 'A member appears twice' });
  });

/** §6 totals of one month across the team, and how the tallies came in. */
export interface TallySummary {
  month: Month;
  tallies: number;
  contacts: Record<ContactType, number>;
  contactsTotal: number;
  hoursOnDuty: number;
  hoursOffDuty: number;
  referrals: Record<ReferralDestination, number>;
  concerns: Record<ConcernCategory, number>;
  submissions: { onTime: number; late: number; missing: number; due: number };
}
