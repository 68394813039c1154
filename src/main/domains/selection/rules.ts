import type { IsoDate } from '../../../shared/calendar';
import type { PolicyException } from '../../../shared/findings';
import type { PolicyConfig } from '../../../shared/policy';
import type { CriterionOutcome, EligibilityCriterion } from '../../../shared/selection';

/** What the Coordinator has recorded about a candidate; `null` means not yet known. */
export interface CandidateFacts {
  candidateId: number;
  today: IsoDate;
  desireToServe: boolean | null;
  commitmentAcknowledged: boolean | null;
  fullTime: boolean | null;
  probationCompletedOn: IsoDate | null;
  /** Whether eligibility was assessed at all: a missing probation date then means "not completed". */
  eligibilityAssessed: boolean;
  notUnderInvestigation: boolean | null;
  notInSeriousDistress: boolean | null;
  judgementAndCommunication: boolean | null;
  supervisorApproved: boolean | null;
  managerApproved: boolean | null;
}

const yesNo = (value: boolean | null): CriterionOutcome => (value === null ? 'unknown' : value ? 'met' : 'not-met');

function probationOutcome(facts: CandidateFacts): CriterionOutcome {
  if (facts.probationCompletedOn) return facts.probationCompletedOn <= facts.today ? 'met' : 'not-met';
  return facts.eligibilityAssessed ? 'not-met' : 'unknown';
}

/**
 * §2.B–F: each selection criterion as met / not met / unknown, with its clause. A Chief's
 * written exception (§10) is shown on the criterion it covers and lets selection proceed.
 */
export function evaluateEligibility(facts: CandidateFacts, policy: PolicyConfig, exceptions: readonly PolicyException[] = []): EligibilityCriterion[] {
  const criteria: Omit<EligibilityCriterion, 'exceptedBy'>[] = [
    { id: 'desire-to-serve', section: '§2.B', label: 'Expressed a desire to serve, voluntarily', outcome: yesNo(facts.desireToServe) },
    { id: 'commitment', section: '§2.B', label: `Acknowledged the minimum ${policy.commitmentYears}-year commitment`, outcome: yesNo(facts.commitmentAcknowledged) },
    { id: 'full-time', section: '§2.C', label: 'Full-time paid staff of the department', outcome: yesNo(facts.fullTime) },
    { id: 'probation-completed', section: '§2.C', label: 'Completed the initial probationary period', outcome: probationOutcome(facts) },
    { id: 'no-investigation', section: '§2.D', label: 'Not the subject of an internal investigation', outcome: yesNo(facts.notUnderInvestigation) },
    { id: 'no-serious-distress', section: '§2.D', label: 'Not in serious personal problems or psychological stress', outcome: yesNo(facts.notInSeriousDistress) },
    { id: 'judgement-communication', section: '§2.E', label: 'Solid judgement and strong interpersonal communication', outcome: yesNo(facts.judgementAndCommunication) },
    { id: 'supervisor-approval', section: '§2.F', label: "Supervisor's approval", outcome: yesNo(facts.supervisorApproved) },
    { id: 'manager-approval', section: '§2.F', label: "Manager's approval", outcome: yesNo(facts.managerApproved) },
  ];
  return criteria.map((criterion) => {
    const exception = exceptions.find((e) => e.ruleId === criterion.id && e.subject.kind === 'candidate' && e.subject.id === String(facts.candidateId));
    return exception && criterion.outcome !== 'met' ? { ...criterion, exceptedBy: { approvedOn: exception.approvedOn, reference: exception.reference } } : criterion;
  });
}

/** The criteria that still stop a selection: not met or unknown, and not excepted. */
export function blockingCriteria(criteria: readonly EligibilityCriterion[]): EligibilityCriterion[] {
  return criteria.filter((c) => c.outcome !== 'met' && !c.exceptedBy);
}

