import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/main/backend';
import { addTrainedMember, aMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';

async function incident(backend: Backend, overrides: Record<string, unknown> = {}) {
  return valueOf(backend.invoke('incidents.record', { occurredAt: '2026-11-20T14:30', category: 'assault-on-staff', affectedStaffGroups: ['Juvenile Hall'], supervisorNotifiedAt: '2026-11-20T15:10', ...overrides }));
}

describe('§7 critical incidents', () => {
  it('records category, staff groups affected and the supervisor’s notification — never names', async () => {
    const { backend } = await newStore();
    const recorded = await incident(backend);
    expect(recorded).toMatchObject({ category: 'assault-on-staff', affectedStaffGroups: ['Juvenile Hall'], assessment: null });
    expect(await backend.invoke('incidents.record', { occurredAt: '2026-11-20T14:30', category: 'other', affectedStaffGroups: ['Jane Doe'] })).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'affectedStaffGroups' }] } } });
    expect(await backend.invoke('incidents.record', { occurredAt: '2026-11-20T14:30', category: 'other', names: ['Jane Doe'] })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('incidents.record', { occurredAt: '2027-01-01T10:00', category: 'other' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('the timing clock asks for the assessment, then a defusing within 12 hours, and marks sessions within or outside the window', async () => {
    const { backend, clock } = await newStore();
    clock.advance(-18 * 3_600_000); // 2026-11-21 (test clock starts 2026-11-22 09:00Z)
    const recorded = await incident(backend);
    expect(recorded.clock.next).toMatchObject({ what: expect.stringMatching(/^Assess/), dueAt: '2026-11-21T02:30' });
    const assessed = await valueOf(backend.invoke('incidents.assess', { incidentId: recorded.id, assessedAt: '2026-11-20T16:00', assessedWith: 'eap', decision: 'defusing', followUpsDueOn: '2026-11-27' }));
    expect(assessed.clock).toMatchObject({ next: { what: 'Defusing', dueAt: '2026-11-21T02:30' }, followUpsDueOn: '2026-11-27' });
    const held = await valueOf(backend.invoke('incidents.addIntervention', { incidentId: recorded.id, kind: 'defusing', heldAt: '2026-11-20T19:00', durationHours: 1.5, attendeesSworn: 4, attendeesNonSworn: 2 }));
    expect(held.interventions[0]).toMatchObject({ withinWindow: true });
    expect(held.clock.next).toBeNull();
    const late = await valueOf(backend.invoke('incidents.addIntervention', { incidentId: recorded.id, kind: 'debriefing', heldAt: '2026-11-20T20:00', durationHours: 2, attendeesSworn: 1, attendeesNonSworn: 0 }));
    expect(late.interventions[1]).toMatchObject({ kind: 'debriefing', withinWindow: false });
  });
});

describe('§3.G deployments', () => {
  it('only the Coordinator deploys, and only deployable members: a member missing training is blocked citing §8', async () => {
    const { backend } = await newStore();
    const recorded = await incident(backend);
    const untrained = await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Hector', lastName: 'Ramirez' })));
    const blocked = await backend.invoke('incidents.deploy', { incidentId: recorded.id, memberId: untrained.id, hours: 2 });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'policy', message: expect.stringMatching(/cannot be deployed \(§8\).*Group Crisis Intervention/) } });
    expect((await valueOf(backend.invoke('incidents.list', {})))[0]?.deployments).toEqual([]);

    const trained = await addTrainedMember(backend, { firstName: 'Lena', lastName: 'Hoang', staffGroup: 'Juvenile Hall' });
    const deployed = await valueOf(backend.invoke('incidents.deploy', { incidentId: recorded.id, memberId: trained.id, hours: 3, overtimeHours: 1 }));
    expect(deployed.deployments[0]).toMatchObject({ memberName: 'Lena Hoang', directedBy: 'coordinator', directedAt: '2026-11-22T09:00:00.000Z', hours: 3, overtimeHours: 1, possibleConflict: true });
  });
});

describe('§3.B, §9 overtime', () => {
  it('needs the manager’s decision; only approved overtime counts in totals', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    const first = await valueOf(backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-03', hours: 2, activity: 'defusing' }));
    const second = await valueOf(backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-05', hours: 3, activity: 'peer-contact' }));
    await valueOf(backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-06', hours: 4, activity: 'other' }));
    expect(await valueOf(backend.invoke('overtime.approvedHours', { from: '2026-11-01', to: '2026-11-30' }))).toEqual({ hours: 0 });
    await valueOf(backend.invoke('overtime.decide', { id: first.id, managerName: 'R. Castillo', decidedOn: '2026-11-04', decision: 'approved' }));
    await valueOf(backend.invoke('overtime.decide', { id: second.id, managerName: 'R. Castillo', decidedOn: '2026-11-06', decision: 'denied' }));
    expect(await valueOf(backend.invoke('overtime.approvedHours', { from: '2026-11-01', to: '2026-11-30' }))).toEqual({ hours: 2 });
    expect(await backend.invoke('overtime.decide', { id: first.id, managerName: 'R. Castillo', decidedOn: '2026-11-06', decision: 'denied' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it.each([
    [{ hours: -1 }, 'hours'],
    [{ hours: 30 }, 'hours'],
    [{ workedOn: '2027-02-01' }, 'workedOn'],
    [{ memberId: 999 }, 'memberId'],
  ])('rejects %j as a validation error, writing nothing', async (overrides, field) => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    const result = await backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-03', hours: 2, activity: 'defusing', ...overrides });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(result.ok || result.error.details?.fields?.map((f) => f.path)).toContain(field);
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([]);
  });
});

describe('§5.B–C exception notices', () => {
  it('records that a member notified the Coordinator: date, §5.B category, reporting member — nothing about whom or what', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez' });
    const notice = await valueOf(backend.invoke('notices.record', { memberId: member.id, category: 'danger-to-self-or-others', occurredOn: '2026-11-10', coordinatorNotifiedAt: '2026-11-10T17:45' }));
    expect(notice).toMatchObject({ memberName: 'Maria Alvarez', category: 'danger-to-self-or-others' });
    expect(await backend.invoke('notices.record', { memberId: member.id, category: 'danger-to-self-or-others', occurredOn: '2026-11-10', coordinatorNotifiedAt: '2026-11-10T17:45', about: 'Jane Doe' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('notices.record', { memberId: member.id, category: 'gossip', occurredOn: '2026-11-10', coordinatorNotifiedAt: '2026-11-10T17:45' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await valueOf(backend.invoke('notices.list', {}))).toHaveLength(1);
  });
});

describe('§5.C retention of exception notices', () => {
  it('notices older than the policy’s years are purged on a confirmed, audited action that keeps the count', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    await valueOf(backend.invoke('notices.record', { memberId: member.id, category: 'witness-to-crime', occurredOn: '2020-03-01', coordinatorNotifiedAt: '2020-03-01T10:00' }));
    await valueOf(backend.invoke('notices.record', { memberId: member.id, category: 'witness-to-crime', occurredOn: '2024-03-01', coordinatorNotifiedAt: '2024-03-01T10:00' }));
    expect(await valueOf(backend.invoke('notices.retention', {}))).toEqual({ cutoff: '2021-11-22', years: 5, purgeable: 1, backupsRotatedBy: '2027-11-01' });
    expect(await backend.invoke('notices.purge', {})).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await valueOf(backend.invoke('notices.purge', { confirm: true }))).toEqual({ purged: 1 });
    expect((await valueOf(backend.invoke('notices.list', {}))).map((n) => n.occurredOn)).toEqual(['2024-03-01']);
    expect((await valueOf(backend.invoke('audit.list', {}))).entries[0]).toMatchObject({ action: 'notices.purge', entityId: '1 before 2021-11-22' });
    await valueOf(backend.invoke('policy.update', { changes: { noticeRetentionYears: 2 }, reason: 'Records schedule amended' }));
    expect(await valueOf(backend.invoke('notices.retention', {}))).toMatchObject({ purgeable: 1 });
  });
});
