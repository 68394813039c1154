import type * as z from 'zod';
import type { IsoDate } from '../../../shared/calendar';
import type {
  PurgeCounts,
  approvalInputSchema,
  Candidate,
  contactInputSchema,
  decisionInputSchema,
  eligibilityInputSchema,
  exceptionInputSchema,
  interviewInputSchema,
  nominationInputSchema,
  RecruitmentRound,
  roundInputSchema,
  roundUpdateSchema,
} from '../../../shared/selection';
import type { RecordCorrectionReason } from '../../../shared/corrections';
import { AppError } from '../../errors';
import type { Store } from '../../store/store';
import { correctionEvent, requireLive, voidRows } from '../../store/voided-rows';
import { currentPolicy } from '../policy/store';
import { addMember, checkMemberAgainstTeam } from '../roster/commands';
import { readSettings } from '../settings/store';
import { candidateById } from './queries';
import { checkDecision, checkEligibilityStep, checkException, checkInterviewStep, checkNomination, checkRoundCorrection, checkRoundVoidable, checkStep, memberFieldsFrom, retentionCutoff } from './rules';
import {
  findOpenCandidate,
  firstNominationOn,
  insertCandidate,
  insertNomination,
  insertRound,
  listRounds,
  purgeableCandidateIds,
  purgeableNominatorIds,
  purgeCandidates,
  saveApproval,
  saveContact,
  saveDecision,
  saveEligibility,
  saveException,
  saveInterview,
  sealedNominator,
  updateRound,
} from './store';

/** §2 selection: the changes to rounds, nominations and the candidate pipeline. Each asks the rules first. */

type RoundInput = z.output<typeof roundInputSchema>;
type NominationInput = z.output<typeof nominationInputSchema>;
type ContactInput = z.output<typeof contactInputSchema>;
type EligibilityInput = z.output<typeof eligibilityInputSchema>;
type ApprovalInput = z.output<typeof approvalInputSchema>;
type InterviewInput = z.output<typeof interviewInputSchema>;
type ExceptionInput = z.output<typeof exceptionInputSchema>;
type DecisionInput = z.output<typeof decisionInputSchema>;

export function openRound(store: Store, input: RoundInput): RecruitmentRound {
  const id = store.write<number>((newId) => ({ action: 'selection.openRound', entity: 'round', entityId: newId }), (tx) => insertRound(tx, input));
  return { id, ...input, candidates: 0 };
}

/** The live round `id`. */
function liveRound(store: Store, id: number): RecruitmentRound {
  const db = store.read();
  requireLive(db, 'recruitment_rounds', id, 'recruitment round');
  const round = listRounds(db).find((r) => r.id === id);
  if (!round) throw new AppError('not_found', `No recruitment round #${id}.`);
  return round;
}

/** §2.A: a round corrected — its dates or the memo's instructions — with a reason; it still opens by its first nomination. */
export function correctRound(store: Store, input: z.output<typeof roundUpdateSchema>): RecruitmentRound {
  const round = liveRound(store, input.id);
  checkRoundCorrection(input.openedOn, firstNominationOn(store.read(), input.id));
  const { id, reason, ...fields } = input;
  store.write(correctionEvent('selection.updateRound', 'round', id, reason), (tx) => updateRound(tx, id, fields));
  return { ...round, ...fields };
}

/** §2.A: a round that received no nomination, opened in error, is voided: kept for the audit, gone from the overview. */
export function voidRound(store: Store, at: Date, input: { id: number; reason: RecordCorrectionReason }): { voided: number } {
  checkRoundVoidable(liveRound(store, input.id));
  store.write(correctionEvent('selection.voidRound', 'round', input.id, input.reason), (tx) => voidRows(tx, 'recruitment_rounds', [input.id], { at: at.toISOString(), by: store.actor, reason: input.reason }));
  return { voided: input.id };
}

export function nominate(store: Store, today: IsoDate, input: NominationInput): Candidate {
  const db = store.read();
  checkNomination(
    input,
    listRounds(db).find((r) => r.id === input.roundId),
    readSettings(db).staffGroups,
    today,
  );
  const id = store.write<number>(
    (candidateId) => ({ action: 'selection.nominate', entity: 'candidate', entityId: candidateId }),
    (tx) => {
      // Several nominations of one person merge into one candidate with a count.
      const candidateId = findOpenCandidate(tx, input) ?? insertCandidate(tx, input);
      insertNomination(tx, { candidateId, receivedOn: input.receivedOn, nominatedBy: input.nominatedBy });
      return candidateId;
    },
  );
  return candidateById(store, today, id);
}

export function revealNominator(store: Store, nominationId: number): { nominatedBy: string } {
  const name = sealedNominator(store.read(), nominationId);
  if (name === null) throw new AppError('not_found', `No nomination #${nominationId}.`);
  if (name === 'purged') throw new AppError('conflict', `The nominator of nomination #${nominationId} was purged after the retention period (§2.A).`);
  // §2.A: nominations are confidential; seeing who nominated is a deliberate, recorded act.
  store.write({ action: 'selection.revealNominator', entity: 'nomination', entityId: nominationId }, () => undefined);
  return name;
}

export function recordContact(store: Store, today: IsoDate, input: ContactInput): Candidate {
  checkStep(candidateById(store, today, input.candidateId), 'contacted', input.contactedOn, 'contactedOn', today);
  store.write({ action: 'selection.recordContact', entity: 'candidate', entityId: input.candidateId }, (tx) => saveContact(tx, input));
  return candidateById(store, today, input.candidateId);
}

export function recordEligibility(store: Store, today: IsoDate, input: EligibilityInput): Candidate {
  checkEligibilityStep(candidateById(store, today, input.candidateId), input.assessedOn, today);
  store.write({ action: 'selection.recordEligibility', entity: 'candidate', entityId: input.candidateId }, (tx) => saveEligibility(tx, input));
  return candidateById(store, today, input.candidateId);
}

export function recordApproval(store: Store, today: IsoDate, input: ApprovalInput): Candidate {
  checkStep(candidateById(store, today, input.candidateId), 'approvals', input.decidedOn, 'decidedOn', today);
  store.write({ action: `selection.${input.role}Approval`, entity: 'candidate', entityId: input.candidateId }, (tx) => saveApproval(tx, input));
  return candidateById(store, today, input.candidateId);
}

export function recordInterview(store: Store, today: IsoDate, input: InterviewInput): Candidate {
  checkInterviewStep(candidateById(store, today, input.candidateId), input.heldOn, today);
  store.write({ action: 'selection.recordInterview', entity: 'candidate', entityId: input.candidateId }, (tx) => saveInterview(tx, input));
  return candidateById(store, today, input.candidateId);
}

export function recordException(store: Store, today: IsoDate, input: ExceptionInput): Candidate {
  checkException(candidateById(store, today, input.candidateId), input.chiefDecision.decidedOn, today);
  store.write({ action: 'selection.recordException', entity: 'candidate', entityId: input.candidateId }, (tx) => saveException(tx, input));
  return candidateById(store, today, input.candidateId);
}

/**
 * Records the decision; selecting also adds the candidate to the roster as a member, in the
 * same transaction, after the roster's own checks (staff group, no duplicate). `at` is the
 * moment the member record is stamped with.
 */
export function decide(store: Store, today: IsoDate, at: Date, input: DecisionInput): Candidate {
  const db = store.read();
  const candidate = candidateById(store, today, input.candidateId);
  checkDecision(candidate, input, today);
  const fields = input.decision === 'selected' ? memberFieldsFrom(candidate, input.decidedOn) : null;
  if (fields) checkMemberAgainstTeam(db, fields, readSettings(db), null);
  store.write({ action: `selection.${input.decision}`, entity: 'candidate', entityId: input.candidateId }, (tx) =>
    saveDecision(tx, { ...input, memberId: fields ? addMember(tx, fields, at, store.actor) : null }),
  );
  return candidateById(store, today, input.candidateId);
}

/**
 * §2.A: deletes the candidates not selected whose records outlived the retention period, and
 * forgets who nominated the candidates decided before it.
 */
export function purge(store: Store, today: IsoDate): PurgeCounts {
  return store.write((n: PurgeCounts) => ({ action: 'selection.purge', entity: 'candidate', entityId: `${n.candidates} candidates, ${n.nominators} nominators` }), (tx) => {
    const cutoff = retentionCutoff(today, currentPolicy(tx).config.candidateRetentionMonths);
    return purgeCandidates(tx, { candidateIds: purgeableCandidateIds(tx, cutoff), nominationIds: purgeableNominatorIds(tx, cutoff) }, today);
  });
}
