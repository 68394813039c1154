import { toIsoDate, type IsoDate, addMonths, daysInMonth, monthOf } from '../../../shared/calendar';
import type { PolicyException } from '../../../shared/findings';
import type { PolicyConfig } from '../../../shared/policy';
import type { ApproverRole, Candidate, CandidateStage, CandidateSummary } from '../../../shared/selection';
import { blockingCriteria, evaluateEligibility } from './rules';
import type { Clock } from '../../clock';
import { currentPolicy } from '../policy/store';
import type { Session } from '../../session/session';
import { listCandidateExceptions, listCandidates, type StoredCandidate } from './store';

/** A stored candidate with what the rules derive: stage, pending approvals, criteria. */
export function candidateView(stored: StoredCandidate, today: IsoDate, policy: PolicyConfig, exceptions: readonly PolicyException[]): Candidate {
  const criteria = evaluateEligibility(
    {
      candidateId: stored.id,
      today,
      desireToServe: stored.contact?.desireToServe ?? null,
      commitmentAcknowledged: stored.contact?.commitmentAcknowledged ?? null,
      fullTime: stored.eligibility?.fullTime ?? null,
      probationCompletedOn: stored.eligibility?.probationCompletedOn ?? null,
      eligibilityAssessed: stored.eligibility !== null,
      notUnderInvestigation: stored.eligibility?.notUnderInvestigation ?? null,
      notInSeriousDistress: stored.eligibility?.notInSeriousDistress ?? null,
      judgementAndCommunication: stored.eligibility?.judgementAndCommunication ?? null,
      supervisorApproved: stored.approvals.supervisor?.approved ?? null,
      managerApproved: stored.approvals.manager?.approved ?? null,
    },
    policy,
    exceptions,
  );
  const { stage, stageOn } = currentStage(stored);
  return {
    ...stored,
    displayName: `${stored.firstName} ${stored.lastName}`,
    stage,
    stageOn,
    awaitingApproval: stage === 'decided' ? [] : (['supervisor', 'manager'] as ApproverRole[]).filter((role) => stage !== 'nominated' && !stored.approvals[role]),
    criteria,
    selectable: blockingCriteria(criteria).length === 0,
  };
}

/** The furthest stage reached, and the date it was reached. */
export function currentStage(c: StoredCandidate): { stage: CandidateStage; stageOn: IsoDate } {
  if (c.outcome) return { stage: 'decided', stageOn: c.outcome.decidedOn };
  if (c.interview) return { stage: 'interview', stageOn: c.interview.heldOn };
  const lastApproval = [c.approvals.supervisor?.decidedOn, c.approvals.manager?.decidedOn].filter((d): d is string => Boolean(d)).sort().pop();
  if (lastApproval) return { stage: 'approvals', stageOn: lastApproval };
  if (c.eligibility) return { stage: 'eligibility', stageOn: c.eligibility.assessedOn };
  if (c.contact) return { stage: 'contacted', stageOn: c.contact.contactedOn };
  return { stage: 'nominated', stageOn: c.nominatedOn };
}

export function summaryOf(c: Candidate): CandidateSummary {
  const { id, roundId, firstName, lastName, displayName, staffGroup, sworn, jobTitle, stage, stageOn, nominations, decision, awaitingApproval, memberId } = c;
  return { id, roundId, firstName, lastName, displayName, staffGroup, sworn, jobTitle, stage, stageOn, nominations, decision, awaitingApproval, memberId };
}

/** The last day whose decisions are older than the retention period (§2.A records of candidates not selected). */
export function retentionCutoff(today: IsoDate, months: number): IsoDate {
  const month = addMonths(monthOf(today), -months);
  const day = Math.min(Number(today.slice(8, 10)), daysInMonth(month));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** Every candidate with what the rules derive, as of today; computed once per write. */
export function candidatesNow(session: Session, clock: Clock): Candidate[] {
  const today = toIsoDate(clock());
  return session.derived(`candidates:${today}`, () => {
    const db = session.database();
    const policy = currentPolicy(db).config;
    const exceptions = listCandidateExceptions(db);
    return listCandidates(db).map((c) => candidateView(c, today, policy, exceptions));
  });
}
