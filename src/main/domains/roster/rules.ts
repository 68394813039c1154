import { addYears, daysBetween, type IsoDate } from '../../../shared/calendar';
import type { Finding } from '../../../shared/findings';
import type { DecidedStatus, EffectiveStatus, MemberStanding } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import { isBlocked } from '../policy/exceptions';

/** The plain facts the standing of one member is derived from. */
export interface MemberFacts {
  id: number;
  displayName: string;
  joinedOn: IsoDate;
  listingConsent: boolean;
  /** Decided statuses, oldest first (by effective date, then by when recorded). */
  history: { status: DecidedStatus; effectiveOn: IsoDate; expectedReturnOn: IsoDate | null }[];
}

/** What the training rules concluded for the member (§4.I, §8); empty until training is recorded. */
export interface TrainingConclusion {
  /** §4.I: inactive until the training deficiency is rectified. */
  deficient: boolean;
  /** §8: the required courses are not all completed yet. */
  pending: boolean;
  findings: Finding[];
}

const noTrainingConclusion: TrainingConclusion = { deficient: false, pending: false, findings: [] };

/**
 * THE function that says where a member stands. Every screen, export and report uses it,
 * so the roster, the intranet list and the Chief's summary can never disagree.
 * Stored status is only what a person decided; the rest is derived here from facts.
 */
export function memberStanding(
  facts: MemberFacts,
  today: IsoDate,
  policy: PolicyConfig,
  training: TrainingConclusion = noTrainingConclusion,
): MemberStanding {
  const current = [...facts.history].reverse().find((entry) => entry.effectiveOn <= today) ?? facts.history[0];
  const decided: DecidedStatus = current?.status ?? 'active';
  const decidedSince = current?.effectiveOn ?? facts.joinedOn;
  const commitmentEndsOn = addYears(facts.joinedOn, policy.commitmentYears);

  let effective: EffectiveStatus = decided;
  if (decided === 'active' && training.deficient) effective = 'inactive-training';
  else if (decided === 'active' && training.pending) effective = 'training-pending';
  const deployable = effective === 'active' && !isBlocked(training.findings);
  const listed = deployable && facts.listingConsent;

  const subject = { kind: 'member' as const, id: String(facts.id) };
  const findings: Finding[] = [...training.findings];
  const daysLeft = daysBetween(today, commitmentEndsOn);
  if (decided === 'active' && daysLeft >= 0 && daysLeft <= policy.commitmentEndingNoticeDays) {
    findings.push({
      ruleId: 'commitment-ending',
      section: '§2.B',
      severity: 'warn',
      subject,
      message: `${facts.displayName}'s ${policy.commitmentYears}-year commitment ends on ${commitmentEndsOn} (in ${daysLeft} days).`,
    });
  }
  if (decided === 'active' && daysLeft < 0) {
    findings.push({
      ruleId: 'commitment-completed',
      section: '§2.B',
      severity: 'info',
      subject,
      message: `${facts.displayName} completed the ${policy.commitmentYears}-year commitment on ${commitmentEndsOn}; confirm they continue, or record the term as ended.`,
    });
  }
  if (decided === 'temporarily-inactive' && current?.expectedReturnOn && current.expectedReturnOn < today) {
    findings.push({
      ruleId: 'return-overdue',
      section: '§4.L',
      severity: 'warn',
      subject,
      message: `${facts.displayName} was expected back on ${current.expectedReturnOn}; reactivate them or update the expected date.`,
    });
  }
  if (deployable && !facts.listingConsent) {
    findings.push({
      ruleId: 'not-listed',
      section: '§7',
      severity: 'info',
      subject,
      message: `${facts.displayName} may serve but has not consented to be listed on the intranet.`,
    });
  }
  return { decided, decidedSince, effective, deployable, listed, commitmentEndsOn, findings };
}
