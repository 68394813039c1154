import * as z from 'zod';
import type { IsoDate } from '../../../shared/calendar';
import type { PolicyException } from '../../../shared/findings';
import type {
  Approval,
  ApproverRole,
  Candidate,
  CandidateDecision,
  DecisionReason,
  EligibilityCriterionId,
  InterviewArea,
  InterviewRecommendation,
  PurgeCounts,
  RecruitmentRound,
  SelectionOverview,
} from '../../../shared/selection';
import type { ChiefDecision } from '../../../shared/members';
import type { ReadDb, WriteDb } from '../../store/store';

/**
 * SQL for recruitment rounds, candidates, sealed nominations and §10 exceptions; no rules here.
 * The row types below are what SQLite hands back. The columns typed as a union (decision,
 * recommendation, reason, criterion) and the 0/1 flags are held to those values by the
 * table's CHECK constraints (migration 0009), so the declared row type is what is stored.
 */

/** A candidate as stored: everything but what the rules derive. */
export type StoredCandidate = Omit<Candidate, 'stage' | 'stageOn' | 'awaitingApproval' | 'criteria' | 'selectable' | 'displayName'>;

type Flag = 0 | 1;

interface RoundRow {
  id: number;
  opened_on: IsoDate;
  closes_on: IsoDate;
  how_to_nominate: string;
  candidates: number;
}

interface CandidateRow {
  id: number;
  round_id: number;
  first_name: string;
  last_name: string;
  staff_group: string;
  sworn: Flag;
  job_title: string;
  contacted_on: IsoDate | null;
  desire_to_serve: Flag | null;
  commitment_acknowledged: Flag | null;
  work_phone: string;
  mobile_phone: string;
  email: string;
  eligibility_on: IsoDate | null;
  full_time: Flag | null;
  probation_completed_on: IsoDate | null;
  not_under_investigation: Flag | null;
  not_in_serious_distress: Flag | null;
  judgement_and_communication: Flag | null;
  supervisor_name: string | null;
  supervisor_decided_on: IsoDate | null;
  supervisor_approved: Flag | null;
  manager_name: string | null;
  manager_decided_on: IsoDate | null;
  manager_approved: Flag | null;
  interview_on: IsoDate | null;
  interview_panel: string | null;
  score_judgement: number | null;
  score_communication: number | null;
  score_motivation: number | null;
  score_confidentiality: number | null;
  recommendation: InterviewRecommendation | null;
  decision: CandidateDecision | null;
  decided_on: IsoDate | null;
  decision_reason: DecisionReason | null;
  member_id: number | null;
}

interface NominationRow {
  id: number;
  candidate_id: number;
  received_on: IsoDate;
  purged: Flag;
}

type NominationReceived = StoredCandidate['nominationsReceived'][number];

interface ExceptionRow {
  candidate_id: number;
  criterion: EligibilityCriterionId;
  approved_on: IsoDate;
  reference: string;
  decided_by: string | null;
}

const bool = (value: Flag | null): boolean | null => (value === null ? null : value === 1);
const flag = (value: boolean | null): Flag | null => (value === null ? null : value ? 1 : 0);

/** A column the stage's date implies was written with it (saveInterview, saveDecision write them together). */
function written<T>(value: T | null, column: string): T {
  if (value === null) throw new Error(`candidates.${column} is empty on a recorded stage`);
  return value;
}

/** interview_panel holds the panel's names as a JSON array (saveInterview). */
const panelSchema = z.array(z.string());

function approval(name: string | null, decidedOn: IsoDate | null, approved: Flag | null): Approval | undefined {
  if (!decidedOn) return undefined;
  return { approverName: written(name, 'approver_name'), decidedOn, approved: approved === 1 };
}

function fromRow(r: CandidateRow, nominations: NominationReceived[]): StoredCandidate {
  const supervisor = approval(r.supervisor_name, r.supervisor_decided_on, r.supervisor_approved);
  const manager = approval(r.manager_name, r.manager_decided_on, r.manager_approved);
  return {
    id: r.id,
    roundId: r.round_id,
    firstName: r.first_name,
    lastName: r.last_name,
    staffGroup: r.staff_group,
    sworn: r.sworn === 1,
    jobTitle: r.job_title,
    nominations: nominations.length,
    nominationsReceived: nominations,
    nominatedOn: nominations[0]?.receivedOn ?? '',
    contact: r.contacted_on
      ? {
          contactedOn: r.contacted_on,
          desireToServe: r.desire_to_serve === 1,
          commitmentAcknowledged: r.commitment_acknowledged === 1,
          workPhone: r.work_phone,
          mobilePhone: r.mobile_phone,
          email: r.email,
        }
      : null,
    eligibility: r.eligibility_on
      ? {
          assessedOn: r.eligibility_on,
          fullTime: bool(r.full_time),
          probationCompletedOn: r.probation_completed_on,
          notUnderInvestigation: bool(r.not_under_investigation),
          notInSeriousDistress: bool(r.not_in_serious_distress),
          judgementAndCommunication: bool(r.judgement_and_communication),
        }
      : null,
    approvals: { ...(supervisor && { supervisor }), ...(manager && { manager }) },
    interview: r.interview_on
      ? {
          heldOn: r.interview_on,
          panel: panelSchema.parse(JSON.parse(written(r.interview_panel, 'interview_panel'))),
          scores: {
            judgement: written(r.score_judgement, 'score_judgement'),
            communication: written(r.score_communication, 'score_communication'),
            motivation: written(r.score_motivation, 'score_motivation'),
            confidentiality: written(r.score_confidentiality, 'score_confidentiality'),
          },
          recommendation: written(r.recommendation, 'recommendation'),
        }
      : null,
    outcome: r.decided_on ? { decision: written(r.decision, 'decision'), decidedOn: r.decided_on, reason: written(r.decision_reason, 'decision_reason') } : null,
    decision: r.decision,
    memberId: r.member_id,
  };
}

export function listRounds(db: ReadDb): RecruitmentRound[] {
  return db
    .prepare<[], RoundRow>('SELECT r.*, (SELECT COUNT(*) FROM candidates c WHERE c.round_id = r.id) AS candidates FROM recruitment_rounds r WHERE r.voided_at IS NULL ORDER BY opened_on DESC, id DESC')
    .all()
    .map((r) => ({ id: r.id, openedOn: r.opened_on, closesOn: r.closes_on, howToNominate: r.how_to_nominate, candidates: r.candidates }));
}

export function insertRound(tx: WriteDb, r: { openedOn: IsoDate; closesOn: IsoDate; howToNominate: string }): number {
  return Number(tx.prepare('INSERT INTO recruitment_rounds (opened_on, closes_on, how_to_nominate) VALUES (?, ?, ?)').run(r.openedOn, r.closesOn, r.howToNominate).lastInsertRowid);
}

export function updateRound(tx: WriteDb, id: number, r: { openedOn: IsoDate; closesOn: IsoDate; howToNominate: string }): void {
  tx.prepare('UPDATE recruitment_rounds SET opened_on = ?, closes_on = ?, how_to_nominate = ? WHERE id = ?').run(r.openedOn, r.closesOn, r.howToNominate, id);
}

/** The day the first nomination of a round was received, or null when it has none. */
export function firstNominationOn(db: ReadDb, roundId: number): IsoDate | null {
  return db.prepare<[number], { first: IsoDate | null }>('SELECT min(n.received_on) AS first FROM nominations n JOIN candidates c ON c.id = n.candidate_id WHERE c.round_id = ?').get(roundId)?.first ?? null;
}

export function listCandidates(db: ReadDb): StoredCandidate[] {
  const nominations = new Map<number, NominationReceived[]>();
  for (const n of db.prepare<[], NominationRow>('SELECT id, candidate_id, received_on, nominated_by IS NULL AS purged FROM nominations ORDER BY received_on, id').all()) {
    const list = nominations.get(n.candidate_id) ?? [];
    list.push({ id: n.id, receivedOn: n.received_on, nominatorPurged: n.purged === 1 });
    nominations.set(n.candidate_id, list);
  }
  return db
    .prepare<[], CandidateRow>('SELECT * FROM candidates ORDER BY last_name, first_name, id')
    .all()
    .map((r) => fromRow(r, nominations.get(r.id) ?? []));
}

export function listCandidateExceptions(db: ReadDb): PolicyException[] {
  return db
    .prepare<[], ExceptionRow>('SELECT * FROM candidate_exceptions')
    .all()
    .map((r) => ({ ruleId: r.criterion, subject: { kind: 'candidate', id: String(r.candidate_id) }, approvedOn: r.approved_on, reference: r.reference, decidedBy: r.decided_by }));
}

/** Several nominations of one person are one candidate: same name and staff group, not yet decided. */
export function findOpenCandidate(db: ReadDb, n: { firstName: string; lastName: string; staffGroup: string }): number | null {
  const row = db
    .prepare<[string, string, string], { id: number }>(
      "SELECT id FROM candidates WHERE lower(first_name) = lower(?) AND lower(last_name) = lower(?) AND lower(staff_group) = lower(?) AND (decision IS NULL OR decision = 'deferred')",
    )
    .get(n.firstName, n.lastName, n.staffGroup);
  return row ? row.id : null;
}

export function insertCandidate(tx: WriteDb, c: { roundId: number; firstName: string; lastName: string; staffGroup: string; sworn: boolean; jobTitle: string }): number {
  return Number(
    tx.prepare('INSERT INTO candidates (round_id, first_name, last_name, staff_group, sworn, job_title) VALUES (?, ?, ?, ?, ?, ?)').run(c.roundId, c.firstName, c.lastName, c.staffGroup, c.sworn ? 1 : 0, c.jobTitle).lastInsertRowid,
  );
}

export function insertNomination(tx: WriteDb, n: { candidateId: number; receivedOn: IsoDate; nominatedBy: string }): number {
  return Number(tx.prepare('INSERT INTO nominations (candidate_id, received_on, nominated_by) VALUES (?, ?, ?)').run(n.candidateId, n.receivedOn, n.nominatedBy).lastInsertRowid);
}

/** The only read of a nominator's name; the caller audits it. `purged` once retention let it go. */
export function sealedNominator(db: ReadDb, nominationId: number): { nominatedBy: string } | 'purged' | null {
  const row = db.prepare<[number], { nominated_by: string | null }>('SELECT nominated_by FROM nominations WHERE id = ?').get(nominationId);
  if (!row) return null;
  return row.nominated_by === null ? 'purged' : { nominatedBy: row.nominated_by };
}

export function saveContact(tx: WriteDb, c: { candidateId: number; contactedOn: IsoDate; desireToServe: boolean; commitmentAcknowledged: boolean; workPhone: string; mobilePhone: string; email: string }): void {
  tx.prepare('UPDATE candidates SET contacted_on = ?, desire_to_serve = ?, commitment_acknowledged = ?, work_phone = ?, mobile_phone = ?, email = ? WHERE id = ?').run(
    c.contactedOn,
    flag(c.desireToServe),
    flag(c.commitmentAcknowledged),
    c.workPhone,
    c.mobilePhone,
    c.email,
    c.candidateId,
  );
}

export function saveEligibility(
  tx: WriteDb,
  e: { candidateId: number; assessedOn: IsoDate; fullTime: boolean | null; probationCompletedOn: IsoDate | null; notUnderInvestigation: boolean | null; notInSeriousDistress: boolean | null; judgementAndCommunication: boolean | null },
): void {
  tx.prepare(
    'UPDATE candidates SET eligibility_on = ?, full_time = ?, probation_completed_on = ?, not_under_investigation = ?, not_in_serious_distress = ?, judgement_and_communication = ? WHERE id = ?',
  ).run(e.assessedOn, flag(e.fullTime), e.probationCompletedOn, flag(e.notUnderInvestigation), flag(e.notInSeriousDistress), flag(e.judgementAndCommunication), e.candidateId);
}

export function saveApproval(tx: WriteDb, a: { candidateId: number; role: ApproverRole; approverName: string; decidedOn: IsoDate; approved: boolean }): void {
  // The role picks one of two fixed column sets; it is validated as 'supervisor' | 'manager' before it gets here.
  const columns = a.role === 'supervisor' ? ['supervisor_name', 'supervisor_decided_on', 'supervisor_approved'] : ['manager_name', 'manager_decided_on', 'manager_approved'];
  tx.prepare(`UPDATE candidates SET ${columns[0]} = ?, ${columns[1]} = ?, ${columns[2]} = ? WHERE id = ?`).run(a.approverName, a.decidedOn, a.approved ? 1 : 0, a.candidateId);
}

export function saveInterview(tx: WriteDb, i: { candidateId: number; heldOn: IsoDate; panel: string[]; scores: Record<InterviewArea, number>; recommendation: InterviewRecommendation }): void {
  tx.prepare(
    'UPDATE candidates SET interview_on = ?, interview_panel = ?, score_judgement = ?, score_communication = ?, score_motivation = ?, score_confidentiality = ?, recommendation = ? WHERE id = ?',
  ).run(i.heldOn, JSON.stringify(i.panel), i.scores.judgement, i.scores.communication, i.scores.motivation, i.scores.confidentiality, i.recommendation, i.candidateId);
}

export function saveException(tx: WriteDb, e: { candidateId: number; criterion: EligibilityCriterionId; chiefDecision: ChiefDecision }): void {
  tx.prepare('INSERT OR REPLACE INTO candidate_exceptions (candidate_id, criterion, approved_on, reference, decided_by) VALUES (?, ?, ?, ?, ?)').run(
    e.candidateId,
    e.criterion,
    e.chiefDecision.decidedOn,
    e.chiefDecision.exceptionReference,
    e.chiefDecision.decidedBy,
  );
}

export function saveDecision(tx: WriteDb, d: { candidateId: number; decision: CandidateDecision; decidedOn: IsoDate; reason: DecisionReason; memberId: number | null }): void {
  tx.prepare('UPDATE candidates SET decision = ?, decided_on = ?, decision_reason = ?, member_id = ? WHERE id = ?').run(d.decision, d.decidedOn, d.reason, d.memberId, d.candidateId);
}

/** Candidates not selected (or withdrawn) decided on or before `cutoff`: the retention purge's subjects. */
export function purgeableCandidateIds(db: ReadDb, cutoff: IsoDate): number[] {
  return db
    .prepare<[IsoDate], { id: number }>("SELECT id FROM candidates WHERE decision IN ('not-selected', 'withdrawn') AND decided_on <= ?")
    .all(cutoff)
    .map((r) => r.id);
}

/** Nominations of candidates selected on or before `cutoff` whose nominator's name is still kept (the others are purged whole). */
export function purgeableNominatorIds(db: ReadDb, cutoff: IsoDate): number[] {
  return db
    .prepare<[IsoDate], { id: number }>(
      `SELECT n.id FROM nominations n JOIN candidates c ON c.id = n.candidate_id
        WHERE n.nominated_by IS NOT NULL AND c.decision = 'selected' AND c.decided_on <= ?`,
    )
    .all(cutoff)
    .map((r) => r.id);
}

/**
 * Deletes the candidates with their nominations and exceptions, and forgets the nominators
 * of the nominations listed; keeps only the counts.
 */
export function purgeCandidates(tx: WriteDb, purge: { candidateIds: number[]; nominationIds: number[] }, purgedOn: IsoDate): PurgeCounts {
  let nominations = 0;
  for (const id of purge.candidateIds) {
    nominations += tx.prepare('DELETE FROM nominations WHERE candidate_id = ?').run(id).changes;
    tx.prepare('DELETE FROM candidate_exceptions WHERE candidate_id = ?').run(id);
    tx.prepare('DELETE FROM candidates WHERE id = ?').run(id);
  }
  let nominators = 0;
  const forget = tx.prepare('UPDATE nominations SET nominated_by = NULL WHERE id = ? AND nominated_by IS NOT NULL');
  for (const id of purge.nominationIds) nominators += forget.run(id).changes;
  tx.prepare('INSERT INTO candidate_purges (purged_on, candidates, nominations, nominators) VALUES (?, ?, ?, ?)').run(purgedOn, purge.candidateIds.length, nominations, nominators);
  return { candidates: purge.candidateIds.length, nominations, nominators };
}

export function listPurges(db: ReadDb): SelectionOverview['purged'] {
  return db
    .prepare<[], { purged_on: IsoDate; candidates: number; nominators: number }>('SELECT purged_on, candidates, nominators FROM candidate_purges ORDER BY id DESC')
    .all()
    .map((r) => ({ purgedOn: r.purged_on, candidates: r.candidates, nominators: r.nominators }));
}
