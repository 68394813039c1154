import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/main/backend';
import { defaultPolicy } from '../../../src/shared/policy';
import { evaluateEligibility, type CandidateFacts } from '../../../src/main/domains/selection/rules';
import { newStore, valueOf } from '../../helpers/test-backend';
import { tempDir } from '../../helpers/temp-dir';

const nominee = { firstName: 'Maya', lastName: 'Okafor', staffGroup: 'Juvenile Hall', sworn: true, jobTitle: 'Senior Counselor' };

async function openRound(backend: Backend) {
  return valueOf(backend.invoke('selection.openRound', { openedOn: '2026-09-01', closesOn: '2026-09-30', howToNominate: 'Send a memo to the Coordinator.' }));
}

async function nominated(backend: Backend) {
  const round = await openRound(backend);
  await valueOf(backend.invoke('selection.nominate', { roundId: round.id, ...nominee, receivedOn: '2026-09-03', nominatedBy: 'Ruth Abernathy' }));
  return valueOf(backend.invoke('selection.nominate', { roundId: round.id, ...nominee, firstName: 'maya', receivedOn: '2026-09-05', nominatedBy: 'Tomás Delgado' }));
}

/** Walks a candidate through contact, eligibility, the supervisor's approval and the interview. */
async function interviewedWithoutManager(backend: Backend) {
  const candidate = await nominated(backend);
  const candidateId = candidate.id;
  await valueOf(backend.invoke('selection.recordContact', { candidateId, contactedOn: '2026-10-01', desireToServe: true, commitmentAcknowledged: true, workPhone: '(707) 555-0142' }));
  await valueOf(
    backend.invoke('selection.recordEligibility', { candidateId, assessedOn: '2026-10-05', fullTime: true, probationCompletedOn: '2021-03-01', notUnderInvestigation: true, notInSeriousDistress: true, judgementAndCommunication: true }),
  );
  await valueOf(backend.invoke('selection.recordApproval', { candidateId, role: 'supervisor', approverName: 'Dana Whitfield', decidedOn: '2026-10-08', approved: true }));
  return valueOf(
    backend.invoke('selection.recordInterview', {
      candidateId,
      heldOn: '2026-10-20',
      panel: ['Coordinator', 'EAP clinician'],
      scores: { judgement: 5, communication: 4, motivation: 5, confidentiality: 4 },
      recommendation: 'recommend',
    }),
  );
}

async function auditTotal(backend: Backend): Promise<number> {
  return (await valueOf(backend.invoke('audit.list', {}))).total;
}

describe('§2.A nominations', () => {
  it('§2.A: two nominations of the same person make one candidate with a count of two', async () => {
    const { backend } = await newStore();
    const candidate = await nominated(backend);
    expect(candidate).toMatchObject({ displayName: 'Maya Okafor', nominations: 2, stage: 'nominated', stageOn: '2026-09-03', nominatedOn: '2026-09-03' });
    expect((await valueOf(backend.invoke('selection.overview', {}))).candidates).toHaveLength(1);
  });

  it('§2.A: the nominator is sealed — absent from every read — and a reveal is written to the audit log', async () => {
    const { backend } = await newStore();
    const candidate = await nominated(backend);
    const reads = JSON.stringify([candidate, await valueOf(backend.invoke('selection.overview', {})), await valueOf(backend.invoke('selection.candidate', { candidateId: candidate.id }))]);
    expect(reads).not.toMatch(/Abernathy|Delgado/);
    const first = candidate.nominationsReceived[0];
    if (!first) throw new Error('no nomination');
    expect(await valueOf(backend.invoke('selection.revealNominator', { nominationId: first.id }))).toEqual({ nominatedBy: 'Ruth Abernathy' });
    const audit = await valueOf(backend.invoke('audit.list', {}));
    expect(audit.entries[0]).toMatchObject({ action: 'selection.revealNominator', entity: 'nomination', entityId: String(first.id) });
    expect(JSON.stringify(audit)).not.toMatch(/Abernathy/);
  });

  it('refuses an unknown round, a staff group not configured and a future date; nothing written', async () => {
    const { backend } = await newStore();
    const round = await openRound(backend);
    const before = await auditTotal(backend);
    expect(await backend.invoke('selection.nominate', { roundId: 99, ...nominee, receivedOn: '2026-09-03', nominatedBy: 'R' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('selection.nominate', { roundId: round.id, ...nominee, staffGroup: 'Jane Doe', receivedOn: '2026-09-03', nominatedBy: 'R' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('selection.nominate', { roundId: round.id, ...nominee, receivedOn: '2027-01-03', nominatedBy: 'R' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await auditTotal(backend)).toBe(before);
  });
});

describe('§2.B–F the candidate pipeline', () => {
  it('§2.F: selecting without the manager’s approval is blocked citing §2.F; with it, the member joins training pending and is not published', async () => {
    const { backend } = await newStore();
    const candidate = await interviewedWithoutManager(backend);
    expect(candidate.stage).toBe('interview');
    expect(candidate.criteria.find((c) => c.id === 'manager-approval')).toMatchObject({ section: '§2.F', outcome: 'unknown' });
    const before = await auditTotal(backend);
    const blocked = await backend.invoke('selection.decide', { candidateId: candidate.id, decision: 'selected', decidedOn: '2026-11-02', reason: 'meets-all-criteria' });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'policy', message: expect.stringMatching(/§2\.F.*Manager's approval/) } });
    expect(await auditTotal(backend)).toBe(before);
    expect((await valueOf(backend.invoke('roster.list', {}))).members).toHaveLength(0);

    await valueOf(backend.invoke('selection.recordApproval', { candidateId: candidate.id, role: 'manager', approverName: 'Luis Ortega', decidedOn: '2026-10-25', approved: true }));
    const selected = await valueOf(backend.invoke('selection.decide', { candidateId: candidate.id, decision: 'selected', decidedOn: '2026-11-02', reason: 'meets-all-criteria' }));
    expect(selected).toMatchObject({ stage: 'decided', decision: 'selected', memberId: expect.any(Number) });
    const member = await valueOf(backend.invoke('roster.get', { id: selected.memberId ?? 0 }));
    expect(member).toMatchObject({ firstName: 'Maya', lastName: 'Okafor', staffGroup: 'Juvenile Hall', sworn: true, jobTitle: 'Senior Counselor', workPhone: '(707) 555-0142', joinedOn: '2026-11-02', probationCompletedOn: '2021-03-01' });
    expect(member.standing).toMatchObject({ effective: 'training-pending', deployable: false });
    expect((await valueOf(backend.invoke('roster.publishPreview', {}))).members.map((m) => m.name)).not.toContain('Maya Okafor');
  });

  it('§10: a Chief’s written exception lets a not-met criterion through and the record shows it', async () => {
    const { backend } = await newStore();
    const candidate = await interviewedWithoutManager(backend);
    await valueOf(backend.invoke('selection.recordApproval', { candidateId: candidate.id, role: 'manager', approverName: 'Luis Ortega', decidedOn: '2026-10-25', approved: false }));
    expect(await backend.invoke('selection.decide', { candidateId: candidate.id, decision: 'selected', decidedOn: '2026-11-02', reason: 'meets-all-criteria' })).toMatchObject({ ok: false, error: { code: 'policy' } });
    const before = await auditTotal(backend);
    // The free-text reference alone is no longer a decision: who signed it and when are asked for.
    expect(await backend.invoke('selection.recordException', { candidateId: candidate.id, criterion: 'manager-approval', approvedOn: '2026-10-30', reference: 'CPO memo 26-114' } as never)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    const chiefDecision = { decidedOn: '2026-10-30', decidedBy: 'Chief R. Alvarez', exceptionReference: 'CPO memo 26-114' };
    expect(await backend.invoke('selection.recordException', { candidateId: candidate.id, criterion: 'manager-approval', chiefDecision: { ...chiefDecision, decidedBy: '' } })).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: [{ path: 'chiefDecision.decidedBy' }] } },
    });
    expect(await auditTotal(backend)).toBe(before);
    const excepted = await valueOf(backend.invoke('selection.recordException', { candidateId: candidate.id, criterion: 'manager-approval', chiefDecision }));
    expect(excepted.criteria.find((c) => c.id === 'manager-approval')).toMatchObject({ outcome: 'not-met', exceptedBy: { approvedOn: '2026-10-30', reference: 'CPO memo 26-114', decidedBy: 'Chief R. Alvarez' } });
    expect(excepted.selectable).toBe(true);
    expect(await valueOf(backend.invoke('selection.decide', { candidateId: candidate.id, decision: 'selected', decidedOn: '2026-11-02', reason: 'meets-all-criteria' }))).toMatchObject({ decision: 'selected' });
  });

  it('§2: a skipped stage, approvals dated before the nomination and an unknown candidate are refused; nothing written', async () => {
    const { backend } = await newStore();
    const candidate = await nominated(backend);
    const before = await auditTotal(backend);
    const approval = { candidateId: candidate.id, role: 'supervisor', approverName: 'Dana Whitfield', decidedOn: '2026-10-08', approved: true } as const;
    expect(await backend.invoke('selection.recordApproval', approval)).toMatchObject({ ok: false, error: { code: 'policy', message: expect.stringMatching(/eligibility stage first/) } });
    await valueOf(backend.invoke('selection.recordContact', { candidateId: candidate.id, contactedOn: '2026-10-01', desireToServe: true, commitmentAcknowledged: true, workPhone: '(707) 555-0142' }));
    await valueOf(
      backend.invoke('selection.recordEligibility', { candidateId: candidate.id, assessedOn: '2026-10-05', fullTime: true, probationCompletedOn: '2021-03-01', notUnderInvestigation: true, notInSeriousDistress: true, judgementAndCommunication: true }),
    );
    const afterSteps = await auditTotal(backend);
    expect(afterSteps).toBe(before + 2);
    expect(await backend.invoke('selection.recordApproval', { ...approval, decidedOn: '2026-08-30' })).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/before the nomination/) } });
    expect(await backend.invoke('selection.recordApproval', { ...approval, candidateId: 404 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await backend.invoke('selection.recordApproval', { ...approval, role: 'chief' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('selection.decide', { candidateId: candidate.id, decision: 'selected', decidedOn: '2026-11-02', reason: 'meets-all-criteria' })).toMatchObject({ ok: false, error: { code: 'policy', message: expect.stringMatching(/interview stage first/) } });
    expect(await auditTotal(backend)).toBe(afterSteps);
  });

  it('§2.D is a yes/no attestation: the eligibility record refuses any narrative', async () => {
    const { backend } = await newStore();
    const candidate = await nominated(backend);
    await valueOf(backend.invoke('selection.recordContact', { candidateId: candidate.id, contactedOn: '2026-10-01', desireToServe: true, commitmentAcknowledged: true, workPhone: '(707) 555-0142' }));
    const withNarrative = { candidateId: candidate.id, assessedOn: '2026-10-05', fullTime: true, probationCompletedOn: null, notUnderInvestigation: 'under review for a complaint', notInSeriousDistress: true, judgementAndCommunication: true };
    expect(await backend.invoke('selection.recordEligibility', withNarrative)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('selection.recordEligibility', { ...withNarrative, notUnderInvestigation: false, notes: 'divorce' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('§2.C–F evaluateEligibility', () => {
  const facts: CandidateFacts = {
    candidateId: 1,
    today: '2026-11-22',
    desireToServe: true,
    commitmentAcknowledged: true,
    fullTime: true,
    probationCompletedOn: '2021-03-01',
    eligibilityAssessed: true,
    notUnderInvestigation: true,
    notInSeriousDistress: true,
    judgementAndCommunication: true,
    supervisorApproved: true,
    managerApproved: true,
  };
  const outcome = (f: Partial<CandidateFacts>, id: string) => evaluateEligibility({ ...facts, ...f }, defaultPolicy).find((c) => c.id === id)?.outcome;

  it('§2.C: probation not yet completed, or no date once assessed, is not met; before assessment it is unknown', () => {
    expect(outcome({}, 'probation-completed')).toBe('met');
    expect(outcome({ probationCompletedOn: '2027-01-01' }, 'probation-completed')).toBe('not-met');
    expect(outcome({ probationCompletedOn: null }, 'probation-completed')).toBe('not-met');
    expect(outcome({ probationCompletedOn: null, eligibilityAssessed: false }, 'probation-completed')).toBe('unknown');
  });

  it('§2.B–F: each criterion carries its section, and the commitment names the policy’s years', () => {
    const criteria = evaluateEligibility({ ...facts, managerApproved: null }, { ...defaultPolicy, commitmentYears: 4 });
    expect(criteria.map((c) => c.section)).toEqual(['§2.B', '§2.B', '§2.C', '§2.C', '§2.D', '§2.D', '§2.E', '§2.F', '§2.F']);
    expect(criteria.find((c) => c.id === 'commitment')?.label).toMatch(/4-year/);
    expect(criteria.find((c) => c.id === 'manager-approval')?.outcome).toBe('unknown');
    expect(outcome({ notInSeriousDistress: false }, 'no-serious-distress')).toBe('not-met');
  });
});

describe('§2.A retention', () => {
  it('purges candidates not selected after the retention period, leaving only counts, and audits it', async () => {
    const { backend, clock } = await newStore();
    const candidate = await nominated(backend);
    await valueOf(backend.invoke('selection.decide', { candidateId: candidate.id, decision: 'not-selected', decidedOn: '2026-10-01', reason: 'team-composition' }));
    expect((await valueOf(backend.invoke('selection.overview', {}))).purgeable).toMatchObject({ candidates: 0, nominators: 0 });
    clock.advance(730 * 86_400_000); // two years on
    expect((await valueOf(backend.invoke('selection.overview', {}))).purgeable).toMatchObject({ candidates: 1, nominators: 0 });
    expect(await backend.invoke('selection.purge', {})).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await valueOf(backend.invoke('selection.purge', { confirm: true }))).toEqual({ candidates: 1, nominations: 2, nominators: 0 });
    const overview = await valueOf(backend.invoke('selection.overview', {}));
    expect(overview).toMatchObject({ candidates: [], purgeable: { candidates: 0, nominators: 0 }, purged: [{ candidates: 1 }] });
    expect((await valueOf(backend.invoke('audit.list', {}))).entries[0]).toMatchObject({ action: 'selection.purge' });
  });
});

describe('§2.A retention of nominators', () => {
  it('§2.A: who nominated a selected candidate is forgotten once the retention period has passed; the nominations and the member stay', async () => {
    const { backend, clock } = await newStore();
    const candidate = await interviewedWithoutManager(backend);
    await valueOf(backend.invoke('selection.recordApproval', { candidateId: candidate.id, role: 'manager', approverName: 'Luis Ortega', decidedOn: '2026-10-25', approved: true }));
    const selected = await valueOf(backend.invoke('selection.decide', { candidateId: candidate.id, decision: 'selected', decidedOn: '2026-11-02', reason: 'meets-all-criteria' }));
    const first = selected.nominationsReceived[0] ?? { id: 0 };
    expect((await valueOf(backend.invoke('selection.overview', {}))).purgeable).toMatchObject({ candidates: 0, nominators: 0, backupsRotatedBy: '2027-11-01' });
    expect(await valueOf(backend.invoke('selection.revealNominator', { nominationId: first.id }))).toEqual({ nominatedBy: 'Ruth Abernathy' });

    clock.advance(731 * 86_400_000); // past the 24 months after the decision
    const due = (await valueOf(backend.invoke('selection.overview', {}))).purgeable;
    expect(due).toEqual({ candidates: 0, nominators: 2, cutoff: '2026-11-22', backupsRotatedBy: '2029-11-01' });
    expect(await valueOf(backend.invoke('selection.purge', { confirm: true }))).toEqual({ candidates: 0, nominations: 0, nominators: 2 });

    const after = await valueOf(backend.invoke('selection.candidate', { candidateId: candidate.id }));
    expect(after.nominationsReceived).toEqual([
      { id: first.id, receivedOn: '2026-09-03', nominatorPurged: true },
      { id: expect.any(Number), receivedOn: '2026-09-05', nominatorPurged: true },
    ]);
    expect(after).toMatchObject({ nominations: 2, decision: 'selected', memberId: selected.memberId });
    expect(await backend.invoke('selection.revealNominator', { nominationId: first.id })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/purged.*§2\.A/) } });
    const overview = await valueOf(backend.invoke('selection.overview', {}));
    expect(overview).toMatchObject({ purgeable: { candidates: 0, nominators: 0 }, purged: [{ candidates: 0, nominators: 2 }] });
    expect(JSON.stringify(await valueOf(backend.invoke('audit.list', {})))).not.toMatch(/Abernathy|Delgado/);
  });
});

describe('§2 paper', () => {
  it('saves the announcement memo and the outcome letter of a decided candidate; refuses a letter before the outcome and an unknown round', async () => {
    const dir = tempDir();
    const { backend } = await newStore({ dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) } });
    const candidate = await nominated(backend);
    const round = candidate.roundId;
    expect(await valueOf(backend.invoke('selection.announcement', { roundId: round }))).toEqual({ saved: true, fileName: 'peer-support-nominations-2026-09-01.pdf' });
    expect(existsSync(join(dir, 'peer-support-nominations-2026-09-01.pdf'))).toBe(true);
    expect(await backend.invoke('selection.announcement', { roundId: 99 })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    expect(await backend.invoke('selection.letter', { candidateId: candidate.id })).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'candidateId', message: 'No outcome yet' }] } } });
    await valueOf(backend.invoke('selection.decide', { candidateId: candidate.id, decision: 'not-selected', decidedOn: '2026-10-01', reason: 'team-composition' }));
    expect(await valueOf(backend.invoke('selection.letter', { candidateId: candidate.id }))).toEqual({ saved: true, fileName: 'outcome-letter-okafor.pdf' });
    expect(existsSync(join(dir, 'outcome-letter-okafor.pdf'))).toBe(true);
  });
});
