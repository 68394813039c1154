import { addMonthsToDate, type IsoDate } from '../../../shared/calendar';
import type { PolicyException } from '../../../shared/findings';
import { memberFieldsSchema, type MemberFields } from '../../../shared/members';
import type { PolicyConfig } from '../../../shared/policy';
import {
  approverRoles,
  candidateStages,
  type ApproverRole,
  type Candidate,
  type CandidateDecision,
  type CandidateStage,
  type CriterionOutcome,
  type EligibilityCriterion,
  type RecruitmentRound,
} from '../../../shared/selection';
import { AppError, validationError } from '../../errors';
import type { StoredCandidate } from './store';

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

type Criterion = Omit<EligibilityCriterion, 'exceptedBy'>;

const yesNo = (value: boolean | null): CriterionOutcome => (value === null ? 'unknown' : value ? 'met' : 'not-met');

/** §2.B: the nominee wants to serve, voluntarily, for at least the policy's commitment years. */
function desireToServe(facts: CandidateFacts, policy: PolicyConfig): Criterion[] {
  const section = '§2.B';
  return [
    { id: 'desire-to-serve', section, label: 'Expressed a desire to serve, voluntarily', outcome: yesNo(facts.desireToServe) },
    { id: 'commitment', section, label: `Acknowledged the minimum ${policy.commitmentYears}-year commitment`, outcome: yesNo(facts.commitmentAcknowledged) },
  ];
}

/**
 * §2.C: full-time paid staff who completed the initial probationary period. A completion date
 * still to come is not met; once eligibility was assessed, no date at all is not met either.
 */
function employment(facts: CandidateFacts): Criterion[] {
  const section = '§2.C';
  const probation: CriterionOutcome = facts.probationCompletedOn ? (facts.probationCompletedOn <= facts.today ? 'met' : 'not-met') : facts.eligibilityAssessed ? 'not-met' : 'unknown';
  return [
    { id: 'full-time', section, label: 'Full-time paid staff of the department', outcome: yesNo(facts.fullTime) },
    { id: 'probation-completed', section, label: 'Completed the initial probationary period', outcome: probation },
  ];
}

/** §2.D: not under internal investigation nor in serious distress, as the Coordinator's yes/no attestation. */
function wellbeing(facts: CandidateFacts): Criterion[] {
  const section = '§2.D';
  return [
    { id: 'no-investigation', section, label: 'Not the subject of an internal investigation', outcome: yesNo(facts.notUnderInvestigation) },
    { id: 'no-serious-distress', section, label: 'Not in serious personal problems or psychological stress', outcome: yesNo(facts.notInSeriousDistress) },
  ];
}

/** §2.E: consistently solid judgement and strong interpersonal communication. */
function judgement(facts: CandidateFacts): Criterion[] {
  return [{ id: 'judgement-communication', section: '§2.E', label: 'Solid judgement and strong interpersonal communication', outcome: yesNo(facts.judgementAndCommunication) }];
}

/**
 * §2.F: the nominee's supervisor and manager are asked for their approval before the nominee
 * is selected; each is a criterion of its own, unknown until their decision is recorded.
 */
function approvals(facts: CandidateFacts): Criterion[] {
  const section = '§2.F';
  return [
    { id: 'supervisor-approval', section, label: "Supervisor's approval", outcome: yesNo(facts.supervisorApproved) },
    { id: 'manager-approval', section, label: "Manager's approval", outcome: yesNo(facts.managerApproved) },
  ];
}

/**
 * §2.B–F: each selection criterion as met / not met / unknown, with its clause. A Chief's
 * written exception (§10) is shown on the criterion it covers and lets selection proceed.
 */
export function evaluateEligibility(facts: CandidateFacts, policy: PolicyConfig, exceptions: readonly PolicyException[] = []): EligibilityCriterion[] {
  const criteria = [...desireToServe(facts, policy), ...employment(facts), ...wellbeing(facts), ...judgement(facts), ...approvals(facts)];
  return criteria.map((criterion) => {
    const exception = exceptions.find((e) => e.ruleId === criterion.id && e.subject.kind === 'candidate' && e.subject.id === String(facts.candidateId));
    return exception && criterion.outcome !== 'met' ? { ...criterion, exceptedBy: { approvedOn: exception.approvedOn, reference: exception.reference, decidedBy: exception.decidedBy } } : criterion;
  });
}

/** The criteria that still stop a selection: not met or unknown, and not excepted (§10). */
export function blockingCriteria(criteria: readonly EligibilityCriterion[]): EligibilityCriterion[] {
  return criteria.filter((c) => c.outcome !== 'met' && !c.exceptedBy);
}

/** §2: the furthest stage reached, and the date it was reached. */
export function currentStage(c: StoredCandidate): { stage: CandidateStage; stageOn: IsoDate } {
  if (c.outcome) return { stage: 'decided', stageOn: c.outcome.decidedOn };
  if (c.interview) return { stage: 'interview', stageOn: c.interview.heldOn };
  const lastApproval = [c.approvals.supervisor?.decidedOn, c.approvals.manager?.decidedOn].filter((d): d is string => Boolean(d)).sort().pop();
  if (lastApproval) return { stage: 'approvals', stageOn: lastApproval };
  if (c.eligibility) return { stage: 'eligibility', stageOn: c.eligibility.assessedOn };
  if (c.contact) return { stage: 'contacted', stageOn: c.contact.contactedOn };
  return { stage: 'nominated', stageOn: c.nominatedOn };
}

/** The approvals still to come once the candidate was contacted, until the decision (see `approvals`). */
export function pendingApprovals(stored: StoredCandidate, stage: CandidateStage): ApproverRole[] {
  return stage === 'decided' ? [] : approverRoles.filter((role) => stage !== 'nominated' && !stored.approvals[role]);
}

/** §2.A: records of candidates not selected are kept this many months; the last day whose decisions are older. */
export function retentionCutoff(today: IsoDate, months: number): IsoDate {
  return addMonthsToDate(today, -months);
}

function inTheFuture(date: IsoDate, today: IsoDate, path: string): void {
  if (date > today) throw validationError('That date is still to come.', [{ path, message: 'In the future' }]);
}

/**
 * §2.A: a nomination answers an announced round: it is received once the round opened, not
 * later than today, for a staff group of the department.
 */
export function checkNomination(n: { roundId: number; receivedOn: IsoDate; staffGroup: string }, round: RecruitmentRound | undefined, staffGroups: readonly string[], today: IsoDate): void {
  if (!round) throw validationError(`No recruitment round #${n.roundId}.`, [{ path: 'roundId', message: 'Unknown round' }]);
  inTheFuture(n.receivedOn, today, 'receivedOn');
  if (n.receivedOn < round.openedOn) throw validationError(`The round opened on ${round.openedOn}.`, [{ path: 'receivedOn', message: 'Before the round opened' }]);
  if (!staffGroups.includes(n.staffGroup)) throw validationError(`Not a staff group: ${n.staffGroup}.`, [{ path: 'staffGroup', message: 'Unknown staff group' }]);
}

/**
 * §2: the stages happen in order: a step needs the one before it, a decided candidate
 * is closed (a deferred one may be taken up again), and no stage is dated in the future
 * or before the nomination.
 */
export function checkStep(candidate: Candidate, step: CandidateStage, date: IsoDate, path: string, today: IsoDate): void {
  if (candidate.decision && candidate.decision !== 'deferred') {
    throw new AppError('conflict', `${candidate.displayName}'s selection is closed: ${candidate.decision.replace('-', ' ')}.`);
  }
  const needed = candidateStages[candidateStages.indexOf(step) - 1] ?? 'nominated';
  // A deferred candidate is taken up again at the stage it had reached.
  const reached = candidate.stage === 'decided' ? currentStage({ ...candidate, outcome: null }).stage : candidate.stage;
  if (candidateStages.indexOf(reached) < candidateStages.indexOf(needed)) {
    throw new AppError('policy', `Record the ${needed === 'contacted' ? 'contact' : needed} stage first: the selection steps follow §2 in order.`, {
      section: '§2',
      fields: [{ path: 'candidateId', message: `Stage ${needed} not reached` }],
    });
  }
  inTheFuture(date, today, path);
  if (date < candidate.nominatedOn) throw validationError(`That date is before the nomination (${candidate.nominatedOn}).`, [{ path, message: 'Before the nomination' }]);
}

/** §2: a stage is not dated before the stage it follows. */
function notBefore(date: IsoDate, earlier: IsoDate | undefined, what: string, path: string): void {
  if (earlier && date < earlier) throw validationError(`That date is before the ${what} (${earlier}).`, [{ path, message: `Before the ${what}` }]);
}

/** §2: eligibility is assessed after the contact. */
export function checkEligibilityStep(candidate: Candidate, assessedOn: IsoDate, today: IsoDate): void {
  checkStep(candidate, 'eligibility', assessedOn, 'assessedOn', today);
  notBefore(assessedOn, candidate.contact?.contactedOn, 'contact', 'assessedOn');
}

/** §2: the interview follows the eligibility check. */
export function checkInterviewStep(candidate: Candidate, heldOn: IsoDate, today: IsoDate): void {
  checkStep(candidate, 'interview', heldOn, 'heldOn', today);
  notBefore(heldOn, candidate.eligibility?.assessedOn, 'eligibility check', 'heldOn');
}

/**
 * §10: an exception needs the Chief's *prior* written approval: it is dated no later than
 * today, and a candidate already selected needs none.
 */
export function checkException(candidate: Candidate, decidedOn: IsoDate, today: IsoDate): void {
  inTheFuture(decidedOn, today, 'chiefDecision.decidedOn');
  if (candidate.decision === 'selected') throw new AppError('conflict', `${candidate.displayName} is already selected.`);
}

/**
 * §2, §10: the decision closes the selection. Not selecting, a withdrawal or a deferral may
 * come any time after the contact; selecting needs every stage, and every criterion of
 * §2.B–F met or excepted by the Chief in writing. The decision is not dated before the
 * stage the candidate is in.
 */
export function checkDecision(candidate: Candidate, d: { decision: CandidateDecision; decidedOn: IsoDate }, today: IsoDate): void {
  if (d.decision !== 'selected') {
    checkStep(candidate, 'contacted', d.decidedOn, 'decidedOn', today);
  } else {
    checkStep(candidate, 'decided', d.decidedOn, 'decidedOn', today);
    const blocking = blockingCriteria(candidate.criteria);
    if (blocking.length) {
      const sections = [...new Set(blocking.map((c) => c.section))].join(', ');
      throw new AppError('policy', `${candidate.displayName} cannot be selected yet (${sections}): ${blocking.map((c) => `${c.label} — ${c.outcome.replace('-', ' ')}`).join('; ')}. A Chief's written exception (§10) can allow it.`, {
        section: sections,
        fields: blocking.map((c) => ({ path: c.id, message: `${c.section} ${c.outcome}` })),
      });
    }
  }
  notBefore(d.decidedOn, candidate.stageOn, `${candidate.stage} stage`, 'decidedOn');
}

/**
 * §8: selecting turns the candidate into a member, training pending, without retyping. The
 * team list exists to reach members, so a work or mobile phone must have been recorded.
 */
export function memberFieldsFrom(candidate: Candidate, joinedOn: IsoDate): MemberFields {
  const parsed = memberFieldsSchema.safeParse({
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    sworn: candidate.sworn,
    staffGroup: candidate.staffGroup,
    jobTitle: candidate.jobTitle,
    workPhone: candidate.contact?.workPhone ?? '',
    mobilePhone: candidate.contact?.mobilePhone ?? '',
    email: candidate.contact?.email ?? '',
    probationCompletedOn: candidate.eligibility?.probationCompletedOn ?? null,
    fullTime: candidate.eligibility?.fullTime ?? true,
    joinedOn,
  });
  if (!parsed.success) throw validationError('The candidate record cannot become a member yet.', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  if (!parsed.data.workPhone && !parsed.data.mobilePhone) {
    throw validationError('Record a work or mobile phone at the contact stage: the team list exists to reach members.', [{ path: 'workPhone', message: 'No phone' }]);
  }
  return parsed.data;
}

/** The outcome letter tells a decided candidate the result: only selected or not selected ones get one. */
export function outcomeLetterKind(candidate: Candidate): 'selection' | 'outcome' {
  if (candidate.decision !== 'selected' && candidate.decision !== 'not-selected') {
    throw validationError('Letters are for candidates selected or not selected.', [{ path: 'candidateId', message: 'No outcome yet' }]);
  }
  return candidate.decision === 'selected' ? 'selection' : 'outcome';
}

/**
 * §2.A: a nomination answers an announced round, so a corrected round still opens on or
 * before the first nomination it received.
 */
export function checkRoundCorrection(openedOn: IsoDate, firstNomination: IsoDate | null): void {
  if (firstNomination !== null && openedOn > firstNomination) {
    throw validationError(`A nomination to this round was received on ${firstNomination}: the round opened by then (§2.A).`, [{ path: 'openedOn', message: 'After a nomination' }]);
  }
}

/**
 * §2.A: nominations are kept (confidentially) with their round: only a round that received
 * none can be voided. A round with nominations that ends early is closed (a new closing date).
 */
export function checkRoundVoidable(round: { candidates: number }): void {
  if (round.candidates > 0) throw new AppError('conflict', `This round has ${round.candidates} candidate(s): it cannot be voided (§2.A). Close it early instead with a new closing date.`);
}
