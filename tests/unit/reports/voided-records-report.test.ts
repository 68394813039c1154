import { describe, expect, it } from 'vitest';
import { addTrainedMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';

describe('§3.E, §7: a voided record no longer counts in the Chief’s figures', () => {
  it('§7, §3.E: a voided incident (with its session) no longer counts in the monthly and period reports or on the dashboard', async () => {
    const { backend } = await newStore();
    const kept = await valueOf(backend.invoke('incidents.record', { occurredAt: '2026-11-18T09:00', category: 'other', affectedStaffGroups: ['Adult Field Services'] }));
    const voided = await valueOf(backend.invoke('incidents.record', { occurredAt: '2026-11-20T14:30', category: 'assault-on-staff', affectedStaffGroups: ['Juvenile Hall'] }));
    await valueOf(backend.invoke('incidents.addIntervention', { incidentId: voided.id, kind: 'defusing', heldAt: '2026-11-20T18:00', durationHours: 1, attendeesSworn: 3, attendeesNonSworn: 0 }));
    const report = async () => valueOf(backend.invoke('reports.monthly', { month: '2026-11' }));
    const before = await report();
    expect(before.current).toMatchObject({ incidents: 2, groupInterventions: 1 });
    const board = async () => (await valueOf(backend.invoke('dashboard.today', {}))).items.filter((i) => i.id.startsWith('incident-')).map((i) => i.id);
    expect(await board()).toContain(`incident-${voided.id}`);

    await valueOf(backend.invoke('incidents.void', { id: voided.id, reason: 'entered-in-error' }));
    const after = await report();
    expect(after.current).toMatchObject({ incidents: 1, groupInterventions: 0 });
    expect(after.yearToDate).toMatchObject({ incidents: 1, groupInterventions: 0 });
    expect(await board()).not.toContain(`incident-${voided.id}`);
    expect((await valueOf(backend.invoke('incidents.list', {}))).map((i) => i.id)).toEqual([kept.id]);
    expect((await valueOf(backend.invoke('reports.period', { from: '2026-10', to: '2026-11' }))).current).toMatchObject({ incidents: 1, groupInterventions: 0 });
  });

  it('§9, §3.B: a voided deployment’s pending overtime is no longer counted — not as awaiting the manager, and never as authorised', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    const incident = await valueOf(backend.invoke('incidents.record', { occurredAt: '2026-11-20T14:30', category: 'other' }));
    const first = await valueOf(backend.invoke('incidents.deploy', { incidentId: incident.id, memberId: member.id, hours: 3, overtimeHours: 2 }));
    await valueOf(backend.invoke('incidents.deploy', { incidentId: incident.id, memberId: member.id, hours: 2, overtimeHours: 1 }));
    const pendingItem = async () => (await valueOf(backend.invoke('dashboard.today', {}))).items.find((i) => i.id === 'overtime-pending')?.title;
    expect(await pendingItem()).toMatch(/^2 overtime requests/);
    await valueOf(backend.invoke('incidents.voidDeployment', { id: first.deployments[0]?.id ?? 0, reason: 'entered-in-error' }));
    expect(await pendingItem()).toMatch(/^1 overtime request awaiting/);
    const [remaining] = await valueOf(backend.invoke('overtime.list', {}));
    expect(remaining).toMatchObject({ hours: 1 });
    await valueOf(backend.invoke('overtime.decide', { id: remaining?.id ?? 0, managerName: 'R. Castillo', decidedOn: '2026-11-22', decision: 'approved' }));
    expect((await valueOf(backend.invoke('reports.monthly', { month: '2026-11' }))).current.overtimeHours).toBe(1);
    expect(await valueOf(backend.invoke('overtime.approvedHours', { from: '2026-11-01', to: '2026-11-30' }))).toEqual({ hours: 1 });
  });

  it('§6, §7: a voided incident leaves the breakdown of incidents by staff group', async () => {
    const { backend } = await newStore();
    const ids: number[] = [];
    for (const [day, group] of [['16', 'Juvenile Hall'], ['17', 'Juvenile Hall'], ['18', 'Juvenile Hall'], ['16', 'Adult Field Services'], ['17', 'Adult Field Services'], ['18', 'Adult Field Services'], ['19', 'Adult Field Services']]) {
      ids.push((await valueOf(backend.invoke('incidents.record', { occurredAt: `2026-11-${day}T09:00`, category: 'other', affectedStaffGroups: [group ?? ''] }))).id);
    }
    const cells = async () => (await valueOf(backend.invoke('reports.monthly', { month: '2026-11' }))).breakdowns.find((b) => b.title === 'Incidents by staff group affected')?.cells ?? [];
    expect(await cells()).toEqual(expect.arrayContaining([{ label: 'Juvenile Hall', shown: '3' }, { label: 'Adult Field Services', shown: '4' }]));
    await valueOf(backend.invoke('incidents.void', { id: ids[3] ?? 0, reason: 'duplicate' }));
    expect(await cells()).toEqual(expect.arrayContaining([{ label: 'Juvenile Hall', shown: '3' }, { label: 'Adult Field Services', shown: '3' }]));
  });
});
