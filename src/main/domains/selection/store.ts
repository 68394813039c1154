import type { IsoDate } from '../../../shared/calendar';
import type { PolicyException } from '../../../shared/findings';
import type { ApproverRole, Candidate, RecruitmentRound } from '../../../shared/selection';
import type { Db } from '../../store/open-database';

/** SQL for recruitment rounds, candidates, sealed nominations and §10 exceptions; no rules here. */
type Row = Record<string, string | number | null>;

/** A candidate as stored: everything but what the rules derive. */
export type StoredCandidate = Omit<Candidate, 'stage' | 'stageOn' | 'awaitingApproval' | 'criteria' | 'selectable' | 'displayName'>;

const bool = (value: unknown): boolean | null => (value === null ? null : value === 1);
const flag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

export function listRounds(db: Db): RecruitmentRound[] {
  return (db.prepare('SELECT r.*, (SELECT COUNT(*) FROM candidates c WHERE c.round_id = r.id) AS candidates FROM recruitment_rounds r ORDER BY opened_on DESC, id DESC').all() as Row[]).map((r) => ({
    id: r.id as number,
    openedOn: r.opened_on as string,
    closesOn: r.closes_on as string,
    howToNominate: r.how_to_nominate as string,
    candidates: r.candidates as number,
  }));
}

export function insertRound(db: Db, r: { openedOn: IsoDate; closesOn: IsoDate; howToNominate: string }): number {
  return Number(db.prepare('INSERT INTO recruitment_rounds (opened_on, closes_on, how_to_nominate) VALUES (?, ?, ?)').run(r.openedOn, r.closesOn, r.howToNominate).lastInsertRowid);
}

function approval(r: Row, role: ApproverRole): Candidate['approvals'][ApproverRole] {
  if (!r[`${role}_decided_on`]) return undefined;
  return { approverName: r[`${role}_name`] as string, decidedOn: r[`${role}_decided_on`] as string, approved: r[`${role}_approved`] === 1 };
}

function fromRow(r: Row, nominations: { id: number; receivedOn: IsoDate }[]): StoredCandidate {
  return {
    id: r.id as number,
    roundId: r.round_id as number,
    firstName: r.first_name as string,
    lastName: r.last_name as string,
    staffGroup: r.staff_group as string,
    sworn: r.sworn === 1,
    jobTitle: r.job_title as string,
    nominations: nominations.length,
    nominationsReceived: nominations,
    nominatedOn: nominations[0]?.receivedOn ?? '',
    contact: r.contacted_on
      ? {
          contactedOn: r.contacted_on as string,
          desireToServe: r.desire_to_serve === 1,
          commitmentAcknowledged: r.commitment_acknowledged === 1,
          workPhone: r.work_phone as string,
          mobilePhone: r.mobile_phone as string,
          email: r.email as string,
        }
      : null,
    eligibility: r.eligibility_on
      ? {
          assessedOn: r.eligibility_on as string,
          fullTime: bool(r.full_time),
          probationCompletedOn: (r.probation_completed_on as string | null) ?? null,
          notUnderInvestigation: bool(r.not_under_investigation),
          notInSeriousDistress: bool(r.not_in_serious_distress),
          judgementAndCommunication: bool(r.judgement_and_communication),
        }
      : null,
    approvals: Object.fromEntries((['supervisor', 'manager'] as const).flatMap((role) => (approval(r, role) ? [[role, approval(r, role)]] : []))),
    interview: r.interview_on
      ? {
          heldOn: r.interview_on as string,
          panel: JSON.parse(r.interview_panel as string) as string[],
          scores: { judgement: r.score_judgement as number, communication: r.score_communication as number, motivation: r.score_motivation as number, confidentiality: r.score_confidentiality as number },
          recommendation: r.recommendation as never,
        }
      : null,
    outcome: r.decided_on ? { decision: r.decision as never, decidedOn: r.decided_on as string, reason: r.decision_reason as never } : null,
    decision: (r.decision as never) ?? null,
    memberId: (r.member_id as number | null) ?? null,
  };
}

export function listCandidates(db: Db): StoredCandidate[] {
  const nominations = new Map<number, { id: number; receivedOn: IsoDate }[]>();
  for (const n of db.prepare('SELECT id, candidate_id, received_on FROM nominations ORDER BY received_on, id').all() as Row[]) {
    const list = nominations.get(n.candidate_id as number) ?? [];
    list.push({ id: n.id as number, receivedOn: n.received_on as string });
    nominations.set(n.candidate_id as number, list);
  }
  return (db.prepare('SELECT * FROM candidates ORDER BY last_name, first_name, id').all() as Row[]).map((r) => fromRow(r, nominations.get(r.id as number) ?? []));
}

export function listCandidateExceptions(db: Db): PolicyException[] {
  return (db.prepare('SELECT * FROM candidate_exceptions').all() as Row[]).map((r) => ({
    ruleId: r.criterion as string,
    subject: { kind: 'candidate', id: String(r.candidate_id) },
    approvedOn: r.approved_on as string,
    reference: r.reference as string,
  }));
}

/** Several nominations of one person are one candidate: same name and staff group, not yet decided. */
export function findOpenCandidate(db: Db, n: { firstName: string; lastName: string; staffGroup: string }): number | null {
  const row = db
    .prepare("SELECT id FROM candidates WHERE lower(first_name) = lower(?) AND lower(last_name) = lower(?) AND lower(staff_group) = lower(?) AND (decision IS NULL OR decision = 'deferred')")
    .get(n.firstName, n.lastName, n.staffGroup) as Row | undefined;
  return row ? (row.id as number) : null;
}

export function insertCandidate(db: Db, c: { roundId: number; firstName: string; lastName: string; staffGroup: string; sworn: boolean; jobTitle: string }): number {
  return Number(
    db.prepare('INSERT INTO candidates (round_id, first_name, last_name, staff_group, sworn, job_title) VALUES (?, ?, ?, ?, ?, ?)').run(c.roundId, c.firstName, c.lastName, c.staffGroup, c.sworn ? 1 : 0, c.jobTitle).lastInsertRowid,
  );
}

export function insertNomination(db: Db, n: { candidateId: number; receivedOn: IsoDate; nominatedBy: string }): number {
  return Number(db.prepare('INSERT INTO nominations (candidate_id, received_on, nominated_by) VALUES (?, ?, ?)').run(n.candidateId, n.receivedOn, n.nominatedBy).lastInsertRowid);
}

/** The only read of a nominator's name; the caller audits it. */
export function sealedNominator(db: Db, nominationId: number): string | null {
  const row = db.prepare('SELECT nominated_by FROM nominations WHERE id = ?').get(nominationId) as Row | undefined;
  return row ? (row.nominated_by as string) : null;
}

export function saveContact(db: Db, c: { candidateId: number; contactedOn: IsoDate; desireToServe: boolean; commitmentAcknowledged: boolean; workPhone: string; mobilePhone: string; email: string }): void {
  db.prepare('UPDATE candidates SET contacted_on = ?, desire_to_serve = ?, commitment_acknowledged = ?, work_phone = ?, mobile_phone = ?, email = ? WHERE id = ?').run(
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
  db: Db,
  e: { candidateId: number; assessedOn: IsoDate; fullTime: boolean | null; probationCompletedOn: IsoDate | null; notUnderInvestigation: boolean | null; notInSeriousDistress: boolean | null; judgementAndCommunication: boolean | null },
): void {
  db.prepare(
    'UPDATE candidates SET eligibility_on = ?, full_time = ?, probation_completed_on = ?, not_under_investigation = ?, not_in_serious_distress = ?, judgement_and_communication = ? WHERE id = ?',
  ).run(e.assessedOn, flag(e.fullTime), e.probationCompletedOn, flag(e.notUnderInvestigation), flag(e.notInSeriousDistress), flag(e.judgementAndCommunication), e.candidateId);
}

export function saveApproval(db: Db, a: { candidateId: number; role: ApproverRole; approverName: string; decidedOn: IsoDate; approved: boolean }): void {
  // The role picks one of two fixed column sets; it is validated as 'supervisor' | 'manager' before it gets here.
  const columns = a.role === 'supervisor' ? ['supervisor_name', 'supervisor_decided_on', 'supervisor_approved'] : ['manager_name', 'manager_decided_on', 'manager_approved'];
  db.prepare(`UPDATE candidates SET ${columns[0]} = ?, ${columns[1]} = ?, ${columns[2]} = ? WHERE id = ?`).run(a.approverName, a.decidedOn, a.approved ? 1 : 0, a.candidateId);
}

export function saveInterview(db: Db, i: { candidateId: number; heldOn: IsoDate; panel: string[]; scores: Record<string, number>; recommendation: string }): void {
  db.prepare(
    'UPDATE candidates SET interview_on = ?, interview_panel = ?, score_judgement = ?, score_communication = ?, score_motivation = ?, score_confidentiality = ?, recommendation = ? WHERE id = ?',
  ).run(i.heldOn, JSON.stringify(i.panel), i.scores.judgement, i.scores.communication, i.scores.motivation, i.scores.confidentiality, i.recommendation, i.candidateId);
}

export function saveException(db: Db, e: { candidateId: number; criterion: string; approvedOn: IsoDate; reference: string }): void {
  db.prepare('INSERT OR REPLACE INTO candidate_exceptions (candidate_id, criterion, approved_on, reference) VALUES (?, ?, ?, ?)').run(e.candidateId, e.criterion, e.approvedOn, e.reference);
}

export function saveDecision(db: Db, d: { candidateId: number; decision: string; decidedOn: IsoDate; reason: string; memberId: number | null }): void {
  db.prepare('UPDATE candidates SET decision = ?, decided_on = ?, decision_reason = ?, member_id = ? WHERE id = ?').run(d.decision, d.decidedOn, d.reason, d.memberId, d.candidateId);
}

/** Candidates not selected (or withdrawn) decided on or before `cutoff`: the retention purge's subjects. */
export function purgeableCandidateIds(db: Db, cutoff: IsoDate): number[] {
  return (db.prepare("SELECT id FROM candidates WHERE decision IN ('not-selected', 'withdrawn') AND decided_on <= ?").all(cutoff) as Row[]).map((r) => r.id as number);
}

/** Deletes the candidates with their nominations and exceptions; keeps only the counts. */
export function purgeCandidates(db: Db, ids: number[], purgedOn: IsoDate): { candidates: number; nominations: number } {
  let nominations = 0;
  for (const id of ids) {
    nominations += db.prepare('DELETE FROM nominations WHERE candidate_id = ?').run(id).changes;
    db.prepare('DELETE FROM candidate_exceptions WHERE candidate_id = ?').run(id);
    db.prepare('DELETE FROM candidates WHERE id = ?').run(id);
  }
  db.prepare('INSERT INTO candidate_purges (purged_on, candidates, nominations) VALUES (?, ?, ?)').run(purgedOn, ids.length, nominations);
  return { candidates: ids.length, nominations };
}

export function listPurges(db: Db): { purgedOn: IsoDate; candidates: number }[] {
  return (db.prepare('SELECT purged_on, candidates FROM candidate_purges ORDER BY id DESC').all() as Row[]).map((r) => ({ purgedOn: r.purged_on as string, candidates: r.candidates as number }));
}
