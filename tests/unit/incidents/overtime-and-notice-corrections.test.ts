import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { addTrainedMember } from '../../helpers/members';
import { tempDir } from '../../helpers/temp-dir';
import { latestAudit, refused } from '../../helpers/refused';
import { newStore, valueOf } from '../../helpers/test-backend';

async function exportingStore() {
  const dir = tempDir();
  const store = await newStore({ dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) } });
  return { ...store, dir };
}

describe('§3.B correcting an overtime request', () => {
  it('§3.B: a pending request is corrected with a reason, audited with the reason code', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend, { firstName: 'Lena', lastName: 'Hoang' });
    const request = await valueOf(backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-03', hours: 2, activity: 'defusing' }));
    const corrected = await valueOf(backend.invoke('overtime.update', { id: request.id, memberId: member.id, workedOn: '2026-11-04', hours: 2.5, activity: 'debriefing', reason: 'wrong-details' }));
    expect(corrected).toMatchObject({ id: request.id, memberName: 'Lena Hoang', workedOn: '2026-11-04', hours: 2.5, activity: 'debriefing', decision: 'pending' });
    expect(await latestAudit(backend)).toMatchObject({ action: 'overtime.update', entity: 'overtime', entityId: `${request.id}: wrong-details` });
  });

  it('§3.B: no reason, a future day, an unknown member or id, a deployment activity, or a decided request: refused, nothing written', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    const request = await valueOf(backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-03', hours: 2, activity: 'defusing' }));
    const base = { id: request.id, memberId: member.id, workedOn: '2026-11-03', hours: 2, activity: 'defusing' as const, reason: 'wrong-details' as const };
    await refused(backend, () => backend.invoke('overtime.update', { ...base, reason: undefined } as never), 'validation');
    await refused(backend, () => backend.invoke('overtime.update', { ...base, workedOn: '2027-01-05' }), 'validation');
    await refused(backend, () => backend.invoke('overtime.update', { ...base, memberId: 999 }), 'validation');
    await refused(backend, () => backend.invoke('overtime.update', { ...base, activity: 'deployment' }), 'validation', /§9/);
    await refused(backend, () => backend.invoke('overtime.update', { ...base, id: 999 }), 'not_found');
    await valueOf(backend.invoke('overtime.decide', { id: request.id, managerName: 'R. Castillo', decidedOn: '2026-11-04', decision: 'approved' }));
    await refused(backend, () => backend.invoke('overtime.update', base), 'conflict', /already approved.*correct the decision first/);
    await refused(backend, () => backend.invoke('overtime.void', { id: request.id, reason: 'entered-in-error' }), 'conflict', /correct the decision first/);
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([expect.objectContaining({ id: request.id, workedOn: '2026-11-03', hours: 2, activity: 'defusing', decision: 'approved' })]);
  });

  it('§3.B, §9: a decided request has its decision corrected only with a reason; taken back to pending it can be voided; voided it is gone from totals', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    const request = await valueOf(backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-03', hours: 2, activity: 'defusing' }));
    await refused(backend, () => backend.invoke('overtime.correctDecision', { id: request.id, decision: 'denied', managerName: 'R. Castillo', decidedOn: '2026-11-04', reason: 'decision-revised' }), 'conflict', /not been decided/);
    await valueOf(backend.invoke('overtime.decide', { id: request.id, managerName: 'R. Castillo', decidedOn: '2026-11-04', decision: 'approved' }));
    const hours = async () => (await valueOf(backend.invoke('overtime.approvedHours', { from: '2026-11-01', to: '2026-11-30' }))).hours;
    expect(await hours()).toBe(2);
    await refused(backend, () => backend.invoke('overtime.correctDecision', { id: request.id, decision: 'denied', managerName: 'R. Castillo', decidedOn: '2026-11-05' } as never), 'validation');
    await refused(backend, () => backend.invoke('overtime.correctDecision', { id: request.id, decision: 'denied', reason: 'decision-revised' }), 'validation');
    await refused(backend, () => backend.invoke('overtime.correctDecision', { id: request.id, decision: 'pending', managerName: 'R. Castillo', reason: 'entered-in-error' }), 'validation');
    await refused(backend, () => backend.invoke('overtime.correctDecision', { id: request.id, decision: 'denied', managerName: 'R. Castillo', decidedOn: '2026-11-01', reason: 'decision-revised' }), 'validation');
    const revised = await valueOf(backend.invoke('overtime.correctDecision', { id: request.id, decision: 'denied', managerName: 'R. Castillo', decidedOn: '2026-11-05', reason: 'decision-revised' }));
    expect(revised).toMatchObject({ decision: 'denied', decidedOn: '2026-11-05' });
    expect(await latestAudit(backend)).toMatchObject({ action: 'overtime.correctDecision', entityId: `${request.id}: decision-revised` });
    expect(await hours()).toBe(0);
    const pending = await valueOf(backend.invoke('overtime.correctDecision', { id: request.id, decision: 'pending', reason: 'entered-in-error' }));
    expect(pending).toMatchObject({ decision: 'pending', managerName: null, decidedOn: null });
    await valueOf(backend.invoke('overtime.decide', { id: request.id, managerName: 'R. Castillo', decidedOn: '2026-11-06', decision: 'approved' }));
    expect(await hours()).toBe(2);
    await valueOf(backend.invoke('overtime.correctDecision', { id: request.id, decision: 'pending', reason: 'entered-in-error' }));
    expect(await valueOf(backend.invoke('overtime.void', { id: request.id, reason: 'duplicate' }))).toEqual({ voided: request.id });
    expect(await latestAudit(backend)).toMatchObject({ action: 'overtime.void', entityId: `${request.id}: duplicate` });
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([]);
    expect(await hours()).toBe(0);
    await refused(backend, () => backend.invoke('overtime.void', { id: request.id, reason: 'duplicate' }), 'conflict', /voided/);
    await refused(backend, () => backend.invoke('overtime.correctDecision', { id: request.id, decision: 'pending', reason: 'entered-in-error' }), 'conflict', /voided/);
    await refused(backend, () => backend.invoke('overtime.void', { id: 999, reason: 'duplicate' }), 'not_found');
  });

  it('§9: a deployment’s request is corrected or voided through its deployment, not by itself', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    const incident = await valueOf(backend.invoke('incidents.record', { occurredAt: '2026-11-20T14:30', category: 'other' }));
    await valueOf(backend.invoke('incidents.deploy', { incidentId: incident.id, memberId: member.id, hours: 2, overtimeHours: 1 }));
    const [request] = await valueOf(backend.invoke('overtime.list', {}));
    await refused(backend, () => backend.invoke('overtime.void', { id: request?.id ?? 0, reason: 'entered-in-error' }), 'validation', /deployment/);
    await refused(backend, () => backend.invoke('overtime.update', { id: request?.id ?? 0, memberId: member.id, workedOn: '2026-11-22', hours: 1, activity: 'other', incidentId: incident.id, reason: 'wrong-details' }), 'validation', /deployment/);
    expect(await valueOf(backend.invoke('overtime.list', {}))).toEqual([request]);
  });

  it('§3.B, §9: a voided request is left out of the overtime spreadsheet', async () => {
    const { backend, dir } = await exportingStore();
    const member = await addTrainedMember(backend, { firstName: 'Lena', lastName: 'Hoang' });
    const kept = await valueOf(backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-03', hours: 2, activity: 'defusing' }));
    const voided = await valueOf(backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-05', hours: 3, activity: 'peer-contact' }));
    await valueOf(backend.invoke('overtime.void', { id: voided.id, reason: 'duplicate' }));
    await valueOf(backend.invoke('overtime.export', {}));
    const book = XLSX.read(readFileSync(join(dir, 'overtime-requests.xlsx')), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet, { header: 1, raw: false, defval: '' });
    expect(rows.slice(1).map((r) => r[1])).toEqual([kept.workedOn]);
  });
});

describe('§5.C correcting an exception notice', () => {
  it('§5.C: a notice is corrected with a reason, still only date, §5.B category and who notified; voided, it leaves the list and the report', async () => {
    const { backend } = await newStore();
    const maria = await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez' });
    const daniel = await addTrainedMember(backend, { firstName: 'Daniel', lastName: 'Okafor' });
    const notice = await valueOf(backend.invoke('notices.record', { memberId: maria.id, category: 'witness-to-crime', occurredOn: '2026-11-10', coordinatorNotifiedAt: '2026-11-10T17:45' }));
    const base = { id: notice.id, memberId: daniel.id, category: 'danger-to-self-or-others' as const, occurredOn: '2026-11-09', coordinatorNotifiedAt: '2026-11-09T18:00' };
    const corrected = await valueOf(backend.invoke('notices.update', { ...base, reason: 'wrong-details' }));
    expect(corrected).toEqual({ ...base, memberName: 'Daniel Okafor' });
    expect(await valueOf(backend.invoke('notices.list', {}))).toEqual([corrected]);
    expect(await latestAudit(backend)).toMatchObject({ action: 'notices.update', entity: 'notice', entityId: `${notice.id}: wrong-details` });

    await refused(backend, () => backend.invoke('notices.update', base as never), 'validation');
    await refused(backend, () => backend.invoke('notices.update', { ...base, reason: 'wrong-details', about: 'Jane Doe' } as never), 'validation');
    await refused(backend, () => backend.invoke('notices.update', { ...base, occurredOn: '2027-01-01', reason: 'wrong-details' }), 'validation');
    await refused(backend, () => backend.invoke('notices.update', { ...base, memberId: 999, reason: 'wrong-details' }), 'validation');
    await refused(backend, () => backend.invoke('notices.update', { ...base, id: 999, reason: 'wrong-details' }), 'not_found');

    const notices = async () => (await valueOf(backend.invoke('reports.monthly', { month: '2026-11' }))).current.exceptionNotices;
    expect(await notices()).toBe(1);
    expect(await valueOf(backend.invoke('notices.void', { id: notice.id, reason: 'entered-in-error' }))).toEqual({ voided: notice.id });
    expect(await latestAudit(backend)).toMatchObject({ action: 'notices.void', entityId: `${notice.id}: entered-in-error` });
    expect(await valueOf(backend.invoke('notices.list', {}))).toEqual([]);
    expect(await notices()).toBe(0);
    await refused(backend, () => backend.invoke('notices.void', { id: notice.id, reason: 'entered-in-error' }), 'conflict', /voided/);
    await refused(backend, () => backend.invoke('notices.update', { ...base, reason: 'wrong-details' }), 'conflict', /voided/);
  });

  it('§5.C: the retention purge deletes voided notices past the retention period too', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    const old = await valueOf(backend.invoke('notices.record', { memberId: member.id, category: 'witness-to-crime', occurredOn: '2020-03-01', coordinatorNotifiedAt: '2020-03-01T10:00' }));
    await valueOf(backend.invoke('notices.void', { id: old.id, reason: 'duplicate' }));
    expect(await valueOf(backend.invoke('notices.retention', {}))).toMatchObject({ purgeable: 1 });
    expect(await valueOf(backend.invoke('notices.purge', { confirm: true }))).toEqual({ purged: 1 });
    await refused(backend, () => backend.invoke('notices.void', { id: old.id, reason: 'duplicate' }), 'not_found');
  });
});
