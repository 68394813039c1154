import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/main/backend';
import { addTrainedMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';

/** An incident on 2026-11-20 with a debriefing held on the 21st, and a deployable member. */
async function incidentWithSession(backend: Backend) {
  const recorded = await valueOf(backend.invoke('incidents.record', { occurredAt: '2026-11-20T14:30', category: 'assault-on-staff', affectedStaffGroups: ['Juvenile Hall'], supervisorNotifiedAt: '2026-11-20T15:10' }));
  const withSession = await valueOf(backend.invoke('incidents.addIntervention', { incidentId: recorded.id, kind: 'debriefing', heldAt: '2026-11-21T10:00', durationHours: 2, attendeesSworn: 4, attendeesNonSworn: 1 }));
  const member = await addTrainedMember(backend, { firstName: 'Lena', lastName: 'Hoang' });
  return { incidentId: recorded.id, sessionId: withSession.interventions[0]?.id ?? null, member };
}

const authorisedOvertime = async (backend: Backend) => (await valueOf(backend.invoke('reports.monthly', { month: '2026-11' }))).current.overtimeHours;

describe('§9, §3.B overtime on a deployment', () => {
  it('§9, §3.B: overtime hours on a deployment become one pending overtime request, linked to the deployment and its incident, worked on the session’s day', async () => {
    const { backend } = await newStore();
    const { incidentId, sessionId, member } = await incidentWithSession(backend);
    const deployed = await valueOf(backend.invoke('incidents.deploy', { incidentId, interventionId: sessionId, memberId: member.id, hours: 3, overtimeHours: 1.5 }));
    const deployment = deployed.deployments[0];
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([
      expect.objectContaining({ memberId: member.id, memberName: 'Lena Hoang', workedOn: '2026-11-21', hours: 1.5, activity: 'deployment', incidentId, deploymentId: deployment?.id, decision: 'pending', managerName: null }),
    ]);
    const board = await valueOf(backend.invoke('dashboard.today', {}));
    expect(board.items.find((i) => i.id.startsWith('overtime-pending'))).toMatchObject({ section: '§3.B', title: expect.stringMatching(/^1 overtime request awaiting the manager/) });
  });

  it('§9: deployed to no session, the overtime is worked on the day the Coordinator directed it; a deployment without overtime, or refused, asks for none', async () => {
    const { backend } = await newStore();
    const { incidentId, member } = await incidentWithSession(backend);
    expect(await backend.invoke('incidents.deploy', { incidentId, memberId: member.id, hours: 1, overtimeHours: 2 })).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'overtimeHours' }] } } });
    await valueOf(backend.invoke('incidents.deploy', { incidentId, memberId: member.id, hours: 2 }));
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([]);
    await valueOf(backend.invoke('incidents.deploy', { incidentId, memberId: member.id, hours: 2, overtimeHours: 0.75 }));
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([expect.objectContaining({ workedOn: '2026-11-22', hours: 0.75, incidentId, decision: 'pending' })]);
  });

  it('§9, §3.B: the report counts a deployment’s overtime only once the manager approves it, and counts it once', async () => {
    const { backend } = await newStore();
    const { incidentId, sessionId, member } = await incidentWithSession(backend);
    await valueOf(backend.invoke('incidents.deploy', { incidentId, interventionId: sessionId, memberId: member.id, hours: 3, overtimeHours: 1.5 }));
    await valueOf(backend.invoke('incidents.deploy', { incidentId, interventionId: sessionId, memberId: member.id, hours: 2, overtimeHours: 2 }));
    expect(await authorisedOvertime(backend)).toBe(0);
    const [denied, approved] = (await valueOf(backend.invoke('overtime.list', {}))).sort((a, b) => a.id - b.id);
    await valueOf(backend.invoke('overtime.decide', { id: approved?.id ?? 0, managerName: 'R. Castillo', decidedOn: '2026-11-22', decision: 'approved' }));
    await valueOf(backend.invoke('overtime.decide', { id: denied?.id ?? 0, managerName: 'R. Castillo', decidedOn: '2026-11-22', decision: 'denied' }));
    expect(await authorisedOvertime(backend)).toBe(2);
    expect(await valueOf(backend.invoke('overtime.approvedHours', { from: '2026-11-01', to: '2026-11-30' }))).toEqual({ hours: 2 });
    expect(await backend.invoke('overtime.decide', { id: approved?.id ?? 0, managerName: 'R. Castillo', decidedOn: '2026-11-22', decision: 'denied' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await authorisedOvertime(backend)).toBe(2);
  });

  it('§9: overtime on a deployment is not recorded again by hand, so it cannot be counted twice', async () => {
    const { backend } = await newStore();
    const { incidentId, member } = await incidentWithSession(backend);
    const refused = await backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-21', hours: 1.5, activity: 'deployment', incidentId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/§9/), details: { fields: [{ path: 'activity' }] } } });
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([]);
  });
});
