import * as z from 'zod';
import { plainText } from './text';

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
};

export interface PolicyVersion {
  version: number;
  config: PolicyConfig;
  changedAt: string;
  reason: string;
}
