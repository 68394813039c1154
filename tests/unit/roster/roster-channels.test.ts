import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/main/backend';
import { memberFieldsOf } from '../../../src/shared/members';
import { addTrainedMember, aMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';

async function counts(backend: Backend) {
  const roster = await valueOf(backend.invoke('roster.list', {}));
  const audit = await valueOf(backend.invoke('audit.list', {}));
  return { members: roster.members.length, audit: audit.total };
}

describe('adding and editing members', () => {
  it('adds a member, active from the day they joined, and audits it by id only', async () => {
    const { backend } = await newStore();
    const created = await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Maria', lastName: 'Alvarez', preferredName: 'Mari' })));
    // §8: a new member serves only once the required courses are recorded.
    expect(created).toMatchObject({ displayName: 'Mari Alvarez', standing: { decided: 'active', effective: 'training-pending', deployable: false } });
    expect(created.history).toEqual([expect.objectContaining({ status: 'active', effectiveOn: '2025-01-15', recordedBy: 'coordinator' })]);
    const audit = await valueOf(backend.invoke('audit.list', {}));
    expect(audit.entries[0]).toMatchObject({ action: 'roster.create', entity: 'member', entityId: String(created.id) });
    expect(JSON.stringify(audit)).not.toContain('Alvarez');
  });

  it.each([
    ['missing names', { firstName: '', lastName: ' ' }, ['firstName', 'lastName']],
    ['an invalid phone', { workPhone: '555-CALL-NOW' }, ['workPhone']],
    ['too few digits', { workPhone: '555-01' }, ['workPhone']],
    ['no phone at all', { workPhone: '', mobilePhone: '' }, ['workPhone']],
    ['probation ending before the hire date', { hireDate: '2015-01-01', probationCompletedOn: '2014-01-01' }, ['probationCompletedOn']],
    ['joining before completing probation (§2.C)', { probationCompletedOn: '2025-06-01', joinedOn: '2025-01-15' }, ['joinedOn']],
    ['an impossible date', { joinedOn: '2025-02-30' }, ['joinedOn']],
    ['a bad email', { email: 'maria at marlow' }, ['email']],
  ])('rejects %s as a validation error naming the fields, writing nothing', async (_what, overrides, fields) => {
    const { backend } = await newStore();
    const before = await counts(backend);
    const result = await backend.invoke('roster.create', aMember(overrides));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.details?.fields?.map((f) => f.path).sort()).toEqual(fields.sort());
    expect(await counts(backend)).toEqual(before);
  });

  it('rejects a staff group or specialty not configured in Settings', async () => {
    const { backend } = await newStore();
    const result = await backend.invoke('roster.create', aMember({ staffGroup: 'Astronauts', specialties: ['Juggling'] }));
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'staffGroup' }, { path: 'specialties' }] } } });
  });

  it('refuses a duplicate (same name and phone) with a conflict naming the fields, writing nothing', async () => {
    const { backend } = await newStore();
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Maria', lastName: 'Alvarez', workPhone: '(707) 555-0111' })));
    const before = await counts(backend);
    const duplicate = await backend.invoke('roster.create', aMember({ firstName: 'maria', lastName: 'ALVAREZ', workPhone: '', mobilePhone: '707.555.0111' }));
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict', message: /already on the roster/ } });
    expect(duplicate.ok || duplicate.error.details?.fields?.map((f) => f.path)).toEqual(['firstName', 'lastName', 'mobilePhone']);
    expect(await counts(backend)).toEqual(before);
    // Same name, different phone: two different people.
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Maria', lastName: 'Alvarez', workPhone: '(707) 555-0199' })));
  });

  it('edits a member; an unknown id is not_found', async () => {
    const { backend } = await newStore();
    const created = await valueOf(backend.invoke('roster.create', aMember()));
    const fields = memberFieldsOf(created);
    const updated = await valueOf(backend.invoke('roster.update', { id: created.id, fields: { ...fields, jobTitle: 'Supervising Probation Officer' } }));
    expect(updated.jobTitle).toBe('Supervising Probation Officer');
    expect(await backend.invoke('roster.update', { id: 999, fields })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await backend.invoke('roster.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('status decided by people (§4.J–L)', () => {
  it('§4.L: temporarily inactive on request with an expected return, then reactivated; each change dated with who recorded it', async () => {
    const { backend } = await newStore();
    const { id } = await addTrainedMember(backend);
    const away = await valueOf(backend.invoke('roster.changeStatus', { id, status: 'temporarily-inactive', effectiveOn: '2026-01-10', expectedReturnOn: '2026-04-01', reasonCategory: 'leave-of-absence' }));
    expect(away.standing).toMatchObject({ decided: 'temporarily-inactive', deployable: false, listed: false });
    const back = await valueOf(backend.invoke('roster.changeStatus', { id, status: 'active', effectiveOn: '2026-03-20' }));
    expect(back.standing.effective).toBe('active');
    expect(back.history.map((h) => [h.status, h.effectiveOn, h.recordedBy])).toEqual([
      ['active', '2025-01-15', 'coordinator'],
      ['temporarily-inactive', '2026-01-10', 'coordinator'],
      ['active', '2026-03-20', 'coordinator'],
    ]);
  });

  it('§4.J–L: a status change takes a reason from its own list, never free text; a wrong pairing writes nothing', async () => {
    const { backend } = await newStore();
    const { id } = await addTrainedMember(backend);
    const before = await valueOf(backend.invoke('roster.get', { id }));
    const refused = [
      { id, status: 'resigned', effectiveOn: '2026-01-10', reasonCategory: 'returned' },
      { id, status: 'temporarily-inactive', effectiveOn: '2026-01-10', reasonCategory: 'retired' },
      { id, status: 'term-ended', effectiveOn: '2026-01-10', reasonCategory: 'breach-of-confidentiality' },
      { id, status: 'resigned', effectiveOn: '2026-01-10', reason: 'Moved after a difficult case with a colleague' },
    ];
    for (const change of refused) expect(await backend.invoke('roster.changeStatus', change as never), JSON.stringify(change)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await valueOf(backend.invoke('roster.get', { id }))).history).toEqual(before.history);
    const resigned = await valueOf(backend.invoke('roster.changeStatus', { id, status: 'resigned', effectiveOn: '2026-01-10', reasonCategory: 'left-department' }));
    expect(resigned.history.at(-1)).toMatchObject({ status: 'resigned', reasonCategory: 'left-department', reason: '' });
  });

  it('§4.J: removal for cause needs a reason category and the Chief’s decision date, taking effect on or after it', async () => {
    const { backend } = await newStore();
    const { id } = await valueOf(backend.invoke('roster.create', aMember()));
    expect(await backend.invoke('roster.changeStatus', { id, status: 'removed', effectiveOn: '2026-02-01' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    const early = await backend.invoke('roster.changeStatus', { id, status: 'removed', effectiveOn: '2026-02-01', reasonCategory: 'conduct-unbecoming', chiefDecisionOn: '2026-02-05' });
    expect(early).toMatchObject({ ok: false, error: { code: 'validation', message: /Chief's decision/ } });
    const removed = await valueOf(
      backend.invoke('roster.changeStatus', { id, status: 'removed', effectiveOn: '2026-02-05', reasonCategory: 'breach-of-confidentiality', chiefDecisionOn: '2026-02-05' }),
    );
    expect(removed.standing).toMatchObject({ decided: 'removed', deployable: false, listed: false });
    expect(removed.history.at(-1)).toMatchObject({ reasonCategory: 'breach-of-confidentiality', chiefDecisionOn: '2026-02-05' });
    const audit = await valueOf(backend.invoke('audit.list', {}));
    expect(audit.entries[0]).toMatchObject({ action: 'roster.status.removed', entityId: String(id) });
  });

  it('keeps the timeline in order and refuses a change to the same status, writing nothing', async () => {
    const { backend } = await newStore();
    const { id } = await valueOf(backend.invoke('roster.create', aMember()));
    await valueOf(backend.invoke('roster.changeStatus', { id, status: 'resigned', effectiveOn: '2026-03-01' }));
    const before = await counts(backend);
    expect(await backend.invoke('roster.changeStatus', { id, status: 'active', effectiveOn: '2026-02-01' })).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'effectiveOn' }] } } });
    expect(await backend.invoke('roster.changeStatus', { id, status: 'resigned', effectiveOn: '2026-04-01' })).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'status' }] } } });
    expect(await backend.invoke('roster.changeStatus', { id: 404, status: 'resigned', effectiveOn: '2026-04-01' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await backend.invoke('roster.changeStatus', { id, status: 'on-holiday', effectiveOn: '2026-04-01' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await counts(backend)).toEqual(before);
  });
});

async function removedMember(backend: Backend) {
  const { id } = await addTrainedMember(backend);
  await valueOf(backend.invoke('roster.changeStatus', { id, status: 'removed', effectiveOn: '2026-02-05', reasonCategory: 'conduct-unbecoming', chiefDecisionOn: '2026-02-05' }));
  return id;
}

describe('§4.J: removal is final unless the Chief decides otherwise; §2.B: a return after leaving is a rejoin', () => {
  const chiefDecision = { decidedOn: '2026-06-01', decidedBy: 'Chief Probation Officer', exceptionReference: 'CPO-2026-14' };

  it("§4.J: a member removed for cause is not made active again without a Chief's decision, writing nothing", async () => {
    const { backend } = await newStore();
    const id = await removedMember(backend);
    const before = await counts(backend);
    const refused = await backend.invoke('roster.changeStatus', { id, status: 'active', effectiveOn: '2026-06-15', reasonCategory: 'returned' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'policy', message: /§4\.J/, details: { section: '§4.J', fields: [{ path: 'chiefDecision' }] } } });
    const incomplete = await backend.invoke('roster.changeStatus', { id, status: 'active', effectiveOn: '2026-06-15', chiefDecision: { ...chiefDecision, exceptionReference: ' ' } });
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('roster.changeStatus', { id, status: 'resigned', effectiveOn: '2026-06-15' })).toMatchObject({ ok: false, error: { code: 'policy', details: { section: '§4.J' } } });
    expect(await backend.invoke('roster.rejoin', { id, commitmentStartsOn: '2026-06-15' })).toMatchObject({ ok: false, error: { code: 'policy', details: { section: '§4.J' } } });
    expect(await counts(backend)).toEqual(before);
    expect((await valueOf(backend.invoke('roster.get', { id }))).standing.decided).toBe('removed');
  });

  it("§4.J: with the Chief's recorded decision the member is reinstated, and the history shows the decision", async () => {
    const { backend } = await newStore();
    const id = await removedMember(backend);
    const back = await valueOf(backend.invoke('roster.changeStatus', { id, status: 'active', effectiveOn: '2026-06-15', reasonCategory: 'returned', chiefDecision }));
    expect(back.standing).toMatchObject({ decided: 'active', effective: 'active', deployable: true, listed: true });
    expect(back.history.at(-1)).toMatchObject({
      status: 'active',
      effectiveOn: '2026-06-15',
      chiefDecisionOn: '2026-06-01',
      chiefDecidedBy: 'Chief Probation Officer',
      exceptionReference: 'CPO-2026-14',
    });
    expect((await valueOf(backend.invoke('roster.get', { id }))).history.at(-1)).toMatchObject({ chiefDecidedBy: 'Chief Probation Officer', exceptionReference: 'CPO-2026-14' });
  });

  it('§2.B: a member who resigned is not made active by a change of status; a rejoin sets the new commitment', async () => {
    const { backend } = await newStore();
    const { id } = await addTrainedMember(backend, { joinedOn: '2023-01-10' });
    await valueOf(backend.invoke('roster.changeStatus', { id, status: 'resigned', effectiveOn: '2026-03-01' }));
    expect(await backend.invoke('roster.changeStatus', { id, status: 'active', effectiveOn: '2026-06-01' })).toMatchObject({ ok: false, error: { code: 'policy', details: { section: '§2.B' } } });
    expect(await backend.invoke('roster.rejoin', { id, commitmentStartsOn: '2026-02-01' })).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'commitmentStartsOn' }] } } });

    const rejoined = await valueOf(backend.invoke('roster.rejoin', { id, commitmentStartsOn: '2026-06-01' }));
    expect(rejoined.standing).toMatchObject({ decided: 'active', commitmentEndsOn: '2029-06-01' });
    expect(rejoined.history.at(-1)).toMatchObject({ status: 'active', effectiveOn: '2026-06-01', commitmentStartsOn: '2026-06-01' });
    expect(await backend.invoke('roster.rejoin', { id, commitmentStartsOn: '2026-07-01' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const audit = await valueOf(backend.invoke('audit.list', {}));
    expect(audit.entries[0]).toMatchObject({ action: 'roster.rejoin', entityId: String(id) });
  });
});

describe('team composition (§2.A)', () => {
  it('counts sworn and non-sworn on the team, coverage per staff group against headcount, and commitments ending', async () => {
    const { backend, clock } = await newStore();
    await valueOf(backend.invoke('settings.set', { staffGroupHeadcounts: { 'Adult Field Services': 50, 'Juvenile Hall': 40 } }));
    await valueOf(backend.invoke('roster.create', aMember({ sworn: true, staffGroup: 'Adult Field Services', joinedOn: '2024-01-20' })));
    await valueOf(backend.invoke('roster.create', aMember({ sworn: false, staffGroup: 'Adult Field Services' })));
    const gone = await valueOf(backend.invoke('roster.create', aMember({ sworn: true, staffGroup: 'Juvenile Hall' })));
    await valueOf(backend.invoke('roster.changeStatus', { id: gone.id, status: 'resigned', effectiveOn: '2025-06-01' }));
    expect(clock().toISOString().slice(0, 10)).toBe('2026-11-22');
    const composition = await valueOf(backend.invoke('roster.composition', {}));
    expect(composition).toMatchObject({ serving: 2, sworn: 1, nonSworn: 1 });
    expect(composition.staffGroups.find((g) => g.name === 'Adult Field Services')).toEqual({ name: 'Adult Field Services', members: 2, headcount: 50, perHundredStaff: 4 });
    expect(composition.staffGroups.find((g) => g.name === 'Juvenile Hall')).toMatchObject({ members: 0, headcount: 40, perHundredStaff: 0 });
    expect(composition.commitmentsEnding.map((c) => c.commitmentEndsOn)).toEqual(['2027-01-20']);
  });
});
