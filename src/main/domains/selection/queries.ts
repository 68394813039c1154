import type { IsoDate } from '../../../shared/calendar';
import type { PolicyException } from '../../../shared/findings';
import type { PolicyConfig } from '../../../shared/policy';
import type { Candidate, CandidateSummary, RecruitmentRound, SelectionOverview } from '../../../shared/selection';
import type { Settings } from '../../../shared/settings';
import { AppError } from '../../errors';
import type { Store } from '../../store/store';
import { currentPolicy } from '../policy/store';
import { readSettings } from '../settings/store';
import { blockingCriteria, currentStage, evaluateEligibility, outcomeLetterKind, pendingApprovals, retentionCutoff } from './rules';
import { dailyBackupsRotatedBy } from '../../store/backups/retention';
import { listCandidateExceptions, listCandidates, listPurges, listRounds, purgeableCandidateIds, purgeableNominatorIds, type StoredCandidate } from './store';

/** A stored candidate with what the rules derive: stage, pending approvals, criteria. */
function candidateView(stored: StoredCandidate, today: IsoDate, policy: PolicyConfig, exceptions: readonly PolicyException[]): Candidate {
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
    awaitingApproval: pendingApprovals(stored, stage),
    criteria,
    selectable: blockingCriteria(criteria).length === 0,
  };
}

function summaryOf(c: Candidate): CandidateSummary {
  const { id, roundId, firstName, lastName, displayName, staffGroup, sworn, jobTitle, stage, stageOn, nominations, decision, awaitingApproval, memberId } = c;
  return { id, roundId, firstName, lastName, displayName, staffGroup, sworn, jobTitle, stage, stageOn, nominations, decision, awaitingApproval, memberId };
}

/** Every candidate with what the rules derive, as of today; computed once per write. */
export function candidatesNow(store: Store, today: IsoDate): Candidate[] {
  return store.derived(`candidates:${today}`, () => {
    const db = store.read();
    const policy = currentPolicy(db).config;
    const exceptions = listCandidateExceptions(db);
    return listCandidates(db).map((c) => candidateView(c, today, policy, exceptions));
  });
}

export function candidateById(store: Store, today: IsoDate, id: number): Candidate {
  const candidate = candidatesNow(store, today).find((c) => c.id === id);
  if (!candidate) throw new AppError('not_found', `No candidate #${id}.`);
  return candidate;
}

/** Rounds, candidates, and what the §2.A retention period lets go and already let go. */
export function selectionOverview(store: Store, today: IsoDate): SelectionOverview {
  const db = store.read();
  const cutoff = retentionCutoff(today, currentPolicy(db).config.candidateRetentionMonths);
  return {
    rounds: listRounds(db),
    candidates: candidatesNow(store, today).map(summaryOf),
    purgeable: {
      candidates: purgeableCandidateIds(db, cutoff).length,
      nominators: purgeableNominatorIds(db, cutoff).length,
      cutoff,
      backupsRotatedBy: dailyBackupsRotatedBy(today),
    },
    purged: listPurges(db),
  };
}

/** What the memo announcing a round prints (§2.A). */
export function announcement(store: Store, roundId: number): { round: RecruitmentRound; settings: Settings; policy: PolicyConfig; fileName: string } {
  const db = store.read();
  const round = listRounds(db).find((r) => r.id === roundId);
  if (!round) throw new AppError('not_found', `No recruitment round #${roundId}.`);
  return { round, settings: readSettings(db), policy: currentPolicy(db).config, fileName: `peer-support-nominations-${round.openedOn}.pdf` };
}

/** What a candidate's outcome letter prints, and the file name it is offered under. */
export function outcomeLetter(store: Store, today: IsoDate, candidateId: number): { candidate: Candidate; settings: Settings; policy: PolicyConfig; fileName: string } {
  const db = store.read();
  const candidate = candidateById(store, today, candidateId);
  const kind = outcomeLetterKind(candidate);
  const fileName = `${kind}-letter-${candidate.lastName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf`;
  return { candidate, settings: readSettings(db), policy: currentPolicy(db).config, fileName };
}
