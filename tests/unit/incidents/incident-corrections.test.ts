import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/main/backend';
import { linkedOvertimeChange } from '../../../src/main/domains/incidents/rules';
import { AppError } from '../../../src/main/errors';
import { addTrainedMember, aMember } from '../../helpers/members';
import { latestAudit, refused } from '../../helpers/refused';
import { newStore, valueOf } from '../../helpers/test-backend';

/** An incident on 2026-11-20 (the test clock reads 2026-11-22), with a debriefing on the 21st and a deployable member. */
async function incidentWithSession(backend: Backend) {
  const recorded = await valueOf(backend.invoke('incidents.record', { occurredAt: '2026-11-20T14:30', category: 'assault-on-staff', affectedStaffGroups: ['Juvenile Hall'], supervisorNotifiedAt: '2026-11-20T15:10' }));
  const withSession = await valueOf(backend.invoke('incidents.addIntervention', { incidentId: recorded.id, kind: 'debriefing', heldAt: '2026-11-21T10:00', durationHours: 2, attendeesSworn: 4, attendeesNonSworn: 1 }));
  const member = await addTrainedMember(backend, { firstName: 'Lena', lastName: 'Hoang' });
  return { incidentId: recorded.id, sessionId: withSession.interventions[0]?.id ?? 0, member };
}

describe('§7 correcting an incident', () => {
  it('§7, §3.E: an incident’s own fields are corrected with a reason; the audit line carries the reason code and nothing else', async () => {
    const { backend } = await newStore();
    const { incidentId } = await incidentWithSession(backend);
    const corrected = await valueOf(
      backend.invoke('incidents.update', { id: incidentId, occurredAt: '2026-11-20T13:00', category: 'serious-injury', affectedStaffGroups: ['Adult Field Services'], supervisorNotifiedAt: null, reason: 'wrong-details' }),
    );
    expect(corrected).toMatchObject({ id: incidentId, occurredAt: '2026-11-20T13:00', category: 'serious-injury', affectedStaffGroups: ['Adult Field Services'], supervisorNotifiedAt: null });
    expect(corrected.interventions).toHaveLength(1);
    expect(await latestAudit(backend)).toMatchObject({ action: 'incidents.update', entity: 'incident', entityId: `${incidentId}: wrong-details` });
  });

  it('§7: a correction without a reason, with a reason not on the list, with a name as a staff group, or moving the incident after its session is refused and writes nothing', async () => {
    const { backend } = await newStore();
    const { incidentId } = await incidentWithSession(backend);
    const base = { id: incidentId, occurredAt: '2026-11-20T14:30', category: 'assault-on-staff' as const, affectedStaffGroups: ['Juvenile Hall'], supervisorNotifiedAt: null };
    await refused(backend, () => backend.invoke('incidents.update', base as never), 'validation');
    await refused(backend, () => backend.invoke('incidents.update', { ...base, reason: 'Jane Doe asked' } as never), 'validation');
    await refused(backend, () => backend.invoke('incidents.update', { ...base, reason: 'other', note: 'Jane Doe' } as never), 'validation');
    await refused(backend, () => backend.invoke('incidents.update', { ...base, affectedStaffGroups: ['Jane Doe'], reason: 'wrong-details' }), 'validation');
    await refused(backend, () => backend.invoke('incidents.update', { ...base, occurredAt: '2026-11-21T12:00', reason: 'wrong-details' }), 'validation', /§7/);
    await refused(backend, () => backend.invoke('incidents.update', { ...base, id: 999, reason: 'wrong-details' }), 'not_found');
    await refused(backend, () => backend.invoke('incidents.update', { ...base, id: -1, reason: 'wrong-details' }), 'validation');
    expect(await valueOf(backend.invoke('incidents.list', {}))).toEqual([expect.objectContaining({ id: incidentId, occurredAt: '2026-11-20T14:30', supervisorNotifiedAt: '2026-11-20T15:10' })]);
  });

  it('§7, §3.E: a voided incident leaves the list with its sessions and deployments; voiding it twice or correcting it afterwards is refused', async () => {
    const { backend } = await newStore();
    const { incidentId, sessionId, member } = await incidentWithSession(backend);
    await valueOf(backend.invoke('incidents.deploy', { incidentId, interventionId: sessionId, memberId: member.id, hours: 2, overtimeHours: 1 }));
    await refused(backend, () => backend.invoke('incidents.void', { id: incidentId } as never), 'validation');
    expect(await valueOf(backend.invoke('incidents.void', { id: incidentId, reason: 'duplicate' }))).toEqual({ voided: incidentId });
    expect(await valueOf(backend.invoke('incidents.list', {}))).toEqual([]);
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([]);
    expect(await latestAudit(backend)).toMatchObject({ action: 'incidents.void', entityId: expect.stringMatching(new RegExp(`^${incidentId}: duplicate; with 1 session\\(s\\) and 1 deployment\\(s\\); overtime request \\d+ voided$`)) });
    await refused(backend, () => backend.invoke('incidents.void', { id: incidentId, reason: 'duplicate' }), 'conflict', /voided/);
    await refused(backend, () => backend.invoke('incidents.update', { id: incidentId, occurredAt: '2026-11-20T14:30', category: 'other', reason: 'wrong-details' }), 'conflict');
    await refused(backend, () => backend.invoke('incidents.addIntervention', { incidentId, kind: 'defusing', heldAt: '2026-11-20T18:00', durationHours: 1, attendeesSworn: 1, attendeesNonSworn: 0 }), 'conflict');
    await refused(backend, () => backend.invoke('incidents.updateIntervention', { id: sessionId, kind: 'debriefing', heldAt: '2026-11-21T10:00', durationHours: 2, attendeesSworn: 4, attendeesNonSworn: 1, reason: 'wrong-details' }), 'conflict');
    await refused(backend, () => backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-21', hours: 1, activity: 'other', incidentId }), 'validation');
  });

  it('§3.B, §9: an incident is not voided while a deployment’s overtime was decided by the manager, or another request names it', async () => {
    const { backend } = await newStore();
    const { incidentId, sessionId, member } = await incidentWithSession(backend);
    await valueOf(backend.invoke('incidents.deploy', { incidentId, interventionId: sessionId, memberId: member.id, hours: 2, overtimeHours: 1 }));
    const [request] = await valueOf(backend.invoke('overtime.list', {}));
    await valueOf(backend.invoke('overtime.decide', { id: request?.id ?? 0, managerName: 'R. Castillo', decidedOn: '2026-11-22', decision: 'approved' }));
    await refused(backend, () => backend.invoke('incidents.void', { id: incidentId, reason: 'entered-in-error' }), 'conflict', /decision stands/);

    const other = await incidentWithSession(backend);
    await valueOf(backend.invoke('overtime.request', { memberId: other.member.id, workedOn: '2026-11-21', hours: 1, activity: 'other', incidentId: other.incidentId }));
    await refused(backend, () => backend.invoke('incidents.void', { id: other.incidentId, reason: 'entered-in-error' }), 'conflict', /names this incident/);
    expect(await valueOf(backend.invoke('incidents.list', {}))).toHaveLength(2);
  });
});

describe('§7 correcting the assessment', () => {
  it('§7, §3.E: a recorded assessment is corrected only with a reason, and can be cleared with one', async () => {
    const { backend } = await newStore();
    const { incidentId } = await incidentWithSession(backend);
    const first = { incidentId, assessedAt: '2026-11-20T16:00', assessedWith: 'eap' as const, decision: 'debriefing' as const };
    await valueOf(backend.invoke('incidents.assess', first));
    expect(await latestAudit(backend)).toMatchObject({ action: 'incidents.assess', entityId: String(incidentId) });
    await refused(backend, () => backend.invoke('incidents.assess', { ...first, decision: 'none' }), 'validation', /already assessed/);
    const corrected = await valueOf(backend.invoke('incidents.assess', { ...first, decision: 'referral', reason: 'wrong-details' }));
    expect(corrected.assessment).toMatchObject({ decision: 'referral' });
    expect(await latestAudit(backend)).toMatchObject({ action: 'incidents.correctAssessment', entityId: `${incidentId}: wrong-details` });

    await refused(backend, () => backend.invoke('incidents.clearAssessment', { id: incidentId } as never), 'validation');
    const cleared = await valueOf(backend.invoke('incidents.clearAssessment', { id: incidentId, reason: 'entered-in-error' }));
    expect(cleared.assessment).toBeNull();
    expect(cleared.clock.next?.what).toMatch(/^Assess/);
    expect(await latestAudit(backend)).toMatchObject({ action: 'incidents.clearAssessment', entityId: `${incidentId}: entered-in-error` });
    await refused(backend, () => backend.invoke('incidents.clearAssessment', { id: incidentId, reason: 'entered-in-error' }), 'conflict');
    await refused(backend, () => backend.invoke('incidents.clearAssessment', { id: 999, reason: 'entered-in-error' }), 'not_found');
  });
});

describe('§7 correcting a defusing or debriefing', () => {
  it('§7: a session is corrected with a reason; not before the incident, nor into the future', async () => {
    const { backend } = await newStore();
    const { sessionId } = await incidentWithSession(backend);
    const fields = { id: sessionId, kind: 'debriefing' as const, heldAt: '2026-11-21T11:00', durationHours: 3, attendeesSworn: 5, attendeesNonSworn: 0 };
    const corrected = await valueOf(backend.invoke('incidents.updateIntervention', { ...fields, reason: 'wrong-details' }));
    expect(corrected.interventions).toEqual([expect.objectContaining({ id: sessionId, heldAt: '2026-11-21T11:00', durationHours: 3, attendeesSworn: 5, attendeesNonSworn: 0 })]);
    expect(await latestAudit(backend)).toMatchObject({ action: 'incidents.updateIntervention', entity: 'intervention', entityId: `${sessionId}: wrong-details` });
    await refused(backend, () => backend.invoke('incidents.updateIntervention', { ...fields, heldAt: '2026-11-19T10:00', reason: 'wrong-details' }), 'validation');
    await refused(backend, () => backend.invoke('incidents.updateIntervention', { ...fields, heldAt: '2026-12-30T10:00', reason: 'wrong-details' }), 'validation');
    await refused(backend, () => backend.invoke('incidents.updateIntervention', fields as never), 'validation');
    await refused(backend, () => backend.invoke('incidents.updateIntervention', { ...fields, id: 999, reason: 'wrong-details' }), 'not_found');
  });

  it('§9: moving a session moves the pending overtime of the members deployed to it; a decided request keeps its day and the move is refused', async () => {
    const { backend } = await newStore();
    const { incidentId, sessionId, member } = await incidentWithSession(backend);
    await valueOf(backend.invoke('incidents.deploy', { incidentId, interventionId: sessionId, memberId: member.id, hours: 2, overtimeHours: 1 }));
    const fields = { id: sessionId, kind: 'debriefing' as const, durationHours: 2, attendeesSworn: 4, attendeesNonSworn: 1, reason: 'wrong-details' as const };
    await valueOf(backend.invoke('incidents.updateIntervention', { ...fields, heldAt: '2026-11-22T08:00' }));
    const [request] = await valueOf(backend.invoke('overtime.list', {}));
    expect(request).toMatchObject({ workedOn: '2026-11-22', decision: 'pending' });
    await valueOf(backend.invoke('overtime.decide', { id: request?.id ?? 0, managerName: 'R. Castillo', decidedOn: '2026-11-22', decision: 'approved' }));
    await refused(backend, () => backend.invoke('incidents.updateIntervention', { ...fields, heldAt: '2026-11-21T10:00' }), 'conflict', /§3\.B, §9/);
    // Fields that leave the overtime as it is may still be corrected.
    await valueOf(backend.invoke('incidents.updateIntervention', { ...fields, heldAt: '2026-11-22T09:00', attendeesSworn: 6 }));
  });

  it('§7, §3.G: a session is voided with a reason, but not while members are deployed to it; voided, it is gone from the list', async () => {
    const { backend } = await newStore();
    const { incidentId, sessionId, member } = await incidentWithSession(backend);
    const deployed = await valueOf(backend.invoke('incidents.deploy', { incidentId, interventionId: sessionId, memberId: member.id, hours: 2 }));
    await refused(backend, () => backend.invoke('incidents.voidIntervention', { id: sessionId, reason: 'entered-in-error' }), 'conflict', /§3\.G/);
    await valueOf(backend.invoke('incidents.updateDeployment', { id: deployed.deployments[0]?.id ?? 0, interventionId: null, memberId: member.id, hours: 2, overtimeHours: 0, reason: 'wrong-details' }));
    const after = await valueOf(backend.invoke('incidents.voidIntervention', { id: sessionId, reason: 'entered-in-error' }));
    expect(after.interventions).toEqual([]);
    expect(await latestAudit(backend)).toMatchObject({ action: 'incidents.voidIntervention', entityId: `${sessionId}: entered-in-error` });
    await refused(backend, () => backend.invoke('incidents.voidIntervention', { id: sessionId, reason: 'entered-in-error' }), 'conflict', /voided/);
    await refused(backend, () => backend.invoke('incidents.deploy', { incidentId, interventionId: sessionId, memberId: member.id, hours: 2 }), 'validation');
  });
});

describe('§3.G correcting a deployment; §3.B, §9 its overtime follows', () => {
  it('§3.B, §9: correcting a deployment’s overtime hours changes its pending request, asks for one when hours appear, and voids it when they go', async () => {
    const { backend } = await newStore();
    const { incidentId, sessionId, member } = await incidentWithSession(backend);
    const deployed = await valueOf(backend.invoke('incidents.deploy', { incidentId, interventionId: sessionId, memberId: member.id, hours: 3 }));
    const id = deployed.deployments[0]?.id ?? 0;
    const update = (overtimeHours: number) => backend.invoke('incidents.updateDeployment', { id, interventionId: sessionId, memberId: member.id, hours: 3, overtimeHours, reason: 'late-information' });
    await valueOf(update(1.5));
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([expect.objectContaining({ deploymentId: id, hours: 1.5, workedOn: '2026-11-21', decision: 'pending' })]);
    expect(await latestAudit(backend)).toMatchObject({ action: 'incidents.updateDeployment', entityId: expect.stringMatching(new RegExp(`^${id}: late-information; overtime request \\d+ asked$`)) });
    await valueOf(update(2));
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([expect.objectContaining({ deploymentId: id, hours: 2 })]);
    await valueOf(update(0));
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([]);
    // A voided request no longer holds the deployment's one request: hours that come back ask again.
    await valueOf(update(1));
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([expect.objectContaining({ deploymentId: id, hours: 1 })]);
    await refused(backend, () => update(4), 'validation');
  });

  it('§3.G, §8: another member named on a correction must be deployable; the member deployed then stays deployed', async () => {
    const { backend } = await newStore();
    const { incidentId, member } = await incidentWithSession(backend);
    const deployed = await valueOf(backend.invoke('incidents.deploy', { incidentId, memberId: member.id, hours: 2 }));
    const id = deployed.deployments[0]?.id ?? 0;
    const untrained = await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Hector', lastName: 'Ramirez' })));
    await refused(backend, () => backend.invoke('incidents.updateDeployment', { id, interventionId: null, memberId: untrained.id, hours: 2, overtimeHours: 0, reason: 'wrong-details' }), 'policy', /§8/);
    const other = await addTrainedMember(backend, { firstName: 'Grace', lastName: 'Mensah' });
    const corrected = await valueOf(backend.invoke('incidents.updateDeployment', { id, interventionId: null, memberId: other.id, hours: 2.5, overtimeHours: 0, reason: 'wrong-details' }));
    expect(corrected.deployments).toEqual([expect.objectContaining({ id, memberName: 'Grace Mensah', hours: 2.5, directedBy: 'coordinator' })]);
  });

  it('§3.B, §9: voiding a deployment voids its still-pending overtime request; the report no longer waits on it', async () => {
    const { backend } = await newStore();
    const { incidentId, sessionId, member } = await incidentWithSession(backend);
    const deployed = await valueOf(backend.invoke('incidents.deploy', { incidentId, interventionId: sessionId, memberId: member.id, hours: 3, overtimeHours: 1.5 }));
    const id = deployed.deployments[0]?.id ?? 0;
    const [request] = await valueOf(backend.invoke('overtime.list', {}));
    expect((await valueOf(backend.invoke('dashboard.today', {}))).items.some((i) => i.id === 'overtime-pending')).toBe(true);
    const after = await valueOf(backend.invoke('incidents.voidDeployment', { id, reason: 'entered-in-error' }));
    expect(after.deployments).toEqual([]);
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([]);
    expect((await valueOf(backend.invoke('dashboard.today', {}))).items.some((i) => i.id === 'overtime-pending')).toBe(false);
    expect(await latestAudit(backend)).toMatchObject({ action: 'incidents.voidDeployment', entityId: `${id}: entered-in-error; overtime request ${request?.id} voided` });
    await refused(backend, () => backend.invoke('overtime.decide', { id: request?.id ?? 0, managerName: 'R. Castillo', decidedOn: '2026-11-22', decision: 'approved' }), 'conflict', /voided/);
    await refused(backend, () => backend.invoke('incidents.voidDeployment', { id, reason: 'entered-in-error' }), 'conflict', /voided/);
    await refused(backend, () => backend.invoke('incidents.voidDeployment', { id: 999, reason: 'entered-in-error' }), 'not_found');
  });

  it('§3.B, §9: a deployment whose overtime the manager decided is not voided — the decision stands — until the decision is taken back', async () => {
    const { backend } = await newStore();
    const { incidentId, sessionId, member } = await incidentWithSession(backend);
    const deployed = await valueOf(backend.invoke('incidents.deploy', { incidentId, interventionId: sessionId, memberId: member.id, hours: 3, overtimeHours: 1.5 }));
    const id = deployed.deployments[0]?.id ?? 0;
    const [request] = await valueOf(backend.invoke('overtime.list', {}));
    await valueOf(backend.invoke('overtime.decide', { id: request?.id ?? 0, managerName: 'R. Castillo', decidedOn: '2026-11-22', decision: 'denied' }));
    await refused(backend, () => backend.invoke('incidents.voidDeployment', { id, reason: 'entered-in-error' }), 'conflict', /already denied.*decision stands.*Correct the request's decision first/);
    await refused(backend, () => backend.invoke('incidents.updateDeployment', { id, interventionId: sessionId, memberId: member.id, hours: 3, overtimeHours: 1, reason: 'wrong-details' }), 'conflict', /decision stands/);
    // A correction that leaves the request as it was is allowed.
    await valueOf(backend.invoke('incidents.updateDeployment', { id, interventionId: sessionId, memberId: member.id, hours: 4, overtimeHours: 1.5, reason: 'wrong-details' }));
    await valueOf(backend.invoke('overtime.correctDecision', { id: request?.id ?? 0, decision: 'pending', reason: 'entered-in-error' }));
    await valueOf(backend.invoke('incidents.voidDeployment', { id, reason: 'entered-in-error' }));
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([]);
  });
});

describe('§3.B, §9 the rule a deployment’s overtime request follows', () => {
  const request = { memberId: 1, workedOn: '2026-11-21', hours: 1, activity: 'deployment' as const, incidentId: 1 };
  it('§3.B, §9: pending follows the deployment; decided stands', () => {
    expect(linkedOvertimeChange(null, null)).toEqual({ kind: 'none' });
    expect(linkedOvertimeChange(null, request)).toEqual({ kind: 'insert', request });
    expect(linkedOvertimeChange({ id: 7, memberId: 1, workedOn: '2026-11-21', hours: 1, decision: 'pending' }, request)).toEqual({ kind: 'none' });
    expect(linkedOvertimeChange({ id: 7, memberId: 1, workedOn: '2026-11-21', hours: 2, decision: 'pending' }, request)).toEqual({ kind: 'update', id: 7, request });
    expect(linkedOvertimeChange({ id: 7, memberId: 1, workedOn: '2026-11-21', hours: 1, decision: 'pending' }, null)).toEqual({ kind: 'void', id: 7 });
    expect(linkedOvertimeChange({ id: 7, memberId: 1, workedOn: '2026-11-21', hours: 1, decision: 'approved' }, request)).toEqual({ kind: 'none' });
    expect(() => linkedOvertimeChange({ id: 7, memberId: 1, workedOn: '2026-11-21', hours: 1, decision: 'approved' }, null)).toThrow(AppError);
    expect(() => linkedOvertimeChange({ id: 7, memberId: 2, workedOn: '2026-11-21', hours: 1, decision: 'denied' }, request)).toThrow(/already denied/);
  });
});
