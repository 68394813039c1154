import * as z from 'zod';
import { plainText } from './text';

export const followUpUnits = ['days', 'weeks', 'months'] as const;
export type FollowUpUnit = (typeof followUpUnits)[number];

/** One check-in interval after a critical incident: at most two years (730 days, 104 weeks, 24 months). */
export const followUpIntervalSchema = z
  .object({ amount: z.number().int().min(1).max(730), unit: z.enum(followUpUnits) })
  .strict()
  .refine((i) => i.amount <= { days: 730, weeks: 104, months: 24 }[i.unit], { message: 'At most two years', path: ['amount'] });
export type FollowUpInterval = z.infer<typeof followUpIntervalSchema>;

/** An interval as the check-in table stores it: `1-weeks`, `12-months`. */
export const intervalKey = (i: FollowUpInterval): string => `${i.amount}-${i.unit}`;

/** "1 week", "12 months". */
export const intervalLabel = (i: FollowUpInterval): string => `${i.amount} ${i.amount === 1 ? i.unit.slice(0, -1) : i.unit}`;

/**
 * The policy thresholds PeerDesk applies, as data. (Which courses are required before
 * service, §8, is said by each course's kind in the training catalog.) Defaults come from Policy 517;
 * the Coordinator may change them in Settings (each change is a new, audited version)
 * when the department amends the policy. Every parameter names the clause it implements
 * so a finding can cite it.
 */
export const policyConfigSchema = z.object({
  commitmentYears: z.number().int().min(1).max(10),
  consecutiveMissesForInactive: z.number().int().min(1).max(8),
  excusedAbsenceCountsAsMiss: z.boolean(),
  rectifiedBy: z.enum(['make-up-or-next-session', 'make-up-only', 'next-session-only']),
  tallyDueDay: z.number().int().min(1).max(28),
  /** Warn this many days before a completion with a validity period expires (§8). */
  refresherNoticeDays: z.number().int().min(1).max(365),
  smallCellSize: z.number().int().min(2).max(20),
  commitmentEndingNoticeDays: z.number().int().min(1).max(365),
  candidateRetentionMonths: z.number().int().min(1).max(120),
  noticeRetentionYears: z.number().int().min(1).max(50),
  defusingWindowHours: z.number().int().min(1).max(72),
  debriefingWindowDays: z
    .object({ from: z.number().int().min(0).max(30), to: z.number().int().min(1).max(60) })
    .refine((w) => w.from <= w.to, { message: 'The window must start before it ends' }),
  /** §3.A: an outside resource not verified for this many months is stale. */
  resourceVerifyMonths: z.number().int().min(1).max(60),
  /** §7, §4.E: after each critical incident, a check-in falls due at each of these intervals from its day. */
  followUpIntervals: z
    .array(followUpIntervalSchema)
    .min(1)
    .max(8)
    .refine((list) => new Set(list.map(intervalKey)).size === list.length, { message: 'Each interval once' }),
  /** §3.F, §9: a member's load is flagged at this multiple of the team's median (last 3 months). */
  loadFlagMultiple: z.number().min(1.5).max(10).multipleOf(0.5, 'In steps of 0.5'),
  /** §3.G, §9: deployments to this many critical incidents … */
  deploymentsFlagCount: z.number().int().min(2).max(20),
  /** … within this many days are flagged. */
  deploymentsFlagDays: z.number().int().min(1).max(365),
});
export type PolicyConfig = z.infer<typeof policyConfigSchema>;
export type PolicyParameter = keyof PolicyConfig;

export const policyPatchSchema = z
  .object({
    changes: policyConfigSchema.partial().strict(),
    /** Why the parameter changed, e.g. "Policy 517 amended 2027-01-05". Recorded in the version history. */
    reason: plainText(80).min(3),
  })
  .strict();

export const defaultPolicy: PolicyConfig = {
  commitmentYears: 3,
  consecutiveMissesForInactive: 2,
  // An absence the member was excused from is not a miss unless the program decides otherwise (§4.I says "miss").
  excusedAbsenceCountsAsMiss: false,
  rectifiedBy: 'make-up-or-next-session',
  tallyDueDay: 10,
  refresherNoticeDays: 60,
  smallCellSize: 3,
  commitmentEndingNoticeDays: 90,
  candidateRetentionMonths: 24,
  noticeRetentionYears: 5,
  defusingWindowHours: 12,
  debriefingWindowDays: { from: 1, to: 10 },
  resourceVerifyMonths: 12,
  // One week, one month, three months and the anniversary.
  followUpIntervals: [
    { amount: 1, unit: 'weeks' },
    { amount: 1, unit: 'months' },
    { amount: 3, unit: 'months' },
    { amount: 12, unit: 'months' },
  ],
  loadFlagMultiple: 2,
  deploymentsFlagCount: 3,
  deploymentsFlagDays: 30,
};

/** The clause of Policy 517 (or program practice) each parameter implements, shown beside it. */
export const policyParameterInfo: Record<PolicyParameter, { section: string; label: string }> = {
  commitmentYears: { section: '§2.B', label: 'Minimum commitment (years)' },
  consecutiveMissesForInactive: { section: '§4.I', label: 'Consecutive missed trainings before inactive' },
  excusedAbsenceCountsAsMiss: { section: '§4.I', label: 'An excused absence counts as a miss' },
  rectifiedBy: { section: '§4.I', label: 'What rectifies a training deficiency' },
  tallyDueDay: { section: '§6', label: 'Monthly tally due on day' },
  refresherNoticeDays: { section: '§8', label: 'Warn of expiring training within (days)' },
  smallCellSize: { section: '§6', label: 'Small-cell suppression size (k)' },
  commitmentEndingNoticeDays: { section: '§2.B', label: 'Warn of commitments ending within (days)' },
  candidateRetentionMonths: { section: '§2.A', label: 'Keep records of candidates not selected (months)' },
  noticeRetentionYears: { section: '§5.C', label: 'Keep exception notices (years)' },
  defusingWindowHours: { section: '§7', label: 'Defusing window (hours after incident)' },
  debriefingWindowDays: { section: '§7', label: 'Debriefing window (days after incident)' },
  resourceVerifyMonths: { section: '§3.A', label: 'Verify outside resources every (months)' },
  followUpIntervals: { section: '§7', label: 'Check-ins after a critical incident (from its day)' },
  loadFlagMultiple: { section: '§3.F', label: "Flag a member's load at this multiple of the team median" },
  deploymentsFlagCount: { section: '§3.G', label: 'Flag deployments to this many critical incidents…' },
  deploymentsFlagDays: { section: '§3.G', label: '…within this many days' },
};

export interface PolicyVersion {
  version: number;
  config: PolicyConfig;
  changedAt: string;
  reason: string;
}
