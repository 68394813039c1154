import { describe, expect, it } from 'vitest';
import { addTrainedMember } from '../../helpers/members';
import { latestAudit, refused } from '../../helpers/refused';
import { newStore, valueOf } from '../../helpers/test-backend';

describe('undo of the last change, where it is safe (§3.E)', () => {
  it('§7, §9: undoing the void of an incident brings it back with its session, deployment and pending overtime, exactly as before', async () => {
    const { backend } = await newStore();
    const incident = await valueOf(backend.invoke('incidents.record', { occurredAt: '2026-11-20T14:30', category: 'assault-on-staff', affectedStaffGroups: [], supervisorNotifiedAt: null }));
    const withSession = await valueOf(backend.invoke('incidents.addIntervention', { incidentId: incident.id, kind: 'debriefing', heldAt: '2026-11-21T10:00', durationHours: 2, attendeesSworn: 3, attendeesNonSworn: 0 }));
    const member = await addTrainedMember(backend);
    await valueOf(backend.invoke('incidents.deploy', { incidentId: incident.id, interventionId: withSession.interventions[0]?.id ?? null, memberId: member.id, hours: 2, overtimeHours: 1 }));
    const before = { incidents: await valueOf(backend.invoke('incidents.list', {})), overtime: await valueOf(backend.invoke('overtime.list', {})) };

    await valueOf(backend.invoke('incidents.void', { id: incident.id, reason: 'entered-in-error' }));
    expect(await valueOf(backend.invoke('incidents.list', {}))).toEqual([]);
    expect(await valueOf(backend.invoke('audit.undoVoid', { action: 'incidents.void', id: incident.id }))).toEqual({ restored: 4 });
    expect(await valueOf(backend.invoke('incidents.list', {}))).toEqual(before.incidents);
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual(before.overtime);
    expect(await latestAudit(backend)).toMatchObject({ action: 'audit.undoVoid', entityId: `incidents.void ${incident.id}` });
  });

  it('§3.E: only the void still last can be undone, and only the record it named: after any later change, or for another record, it is refused', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    const record = (occurredOn: string) => valueOf(backend.invoke('notices.record', { memberId: member.id, category: 'witness-to-crime', occurredOn, coordinatorNotifiedAt: `${occurredOn}T16:00` }));
    const notice = await record('2026-11-20');
    await refused(backend, () => backend.invoke('audit.undoVoid', { action: 'notices.void', id: notice.id }), 'conflict', /Too late/);
    await valueOf(backend.invoke('notices.void', { id: notice.id, reason: 'duplicate' }));
    await valueOf(backend.invoke('settings.set', { coordinatorName: 'Jordan Ellery' }));
    await refused(backend, () => backend.invoke('audit.undoVoid', { action: 'notices.void', id: notice.id }), 'conflict', /Too late/);
    expect(await valueOf(backend.invoke('notices.list', {}))).toEqual([]);

    // Two voids in a row: the first one's Undo is refused, the second one's brings back only its record.
    const second = await record('2026-11-21');
    const third = await record('2026-11-19');
    await valueOf(backend.invoke('notices.void', { id: second.id, reason: 'entered-in-error' }));
    await valueOf(backend.invoke('notices.void', { id: third.id, reason: 'entered-in-error' }));
    await refused(backend, () => backend.invoke('audit.undoVoid', { action: 'notices.void', id: second.id }), 'conflict', /Too late/);
    await refused(backend, () => backend.invoke('audit.undoVoid', { action: 'overtime.void', id: third.id }), 'conflict');
    expect(await valueOf(backend.invoke('audit.undoVoid', { action: 'notices.void', id: third.id }))).toEqual({ restored: 1 });
    expect((await valueOf(backend.invoke('notices.list', {}))).map((n) => n.id)).toEqual([third.id]);
    await refused(backend, () => backend.invoke('audit.undoVoid', { action: 'notices.void', id: third.id }), 'conflict');
  });
});
