import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/main/backend';
import { addTrainedMember } from '../../helpers/members';
import { latestAudit, refused } from '../../helpers/refused';
import { newStore, valueOf } from '../../helpers/test-backend';

async function courseId(backend: Backend, code: string): Promise<number> {
  const courses = await valueOf(backend.invoke('training.courses', {}));
  return courses.find((c) => c.code === code)?.id ?? 0;
}

describe('§4.H–I, §8 correcting a training session', () => {
  it('§4.H: a planned session is corrected in every field with a reason, audited with the reason code', async () => {
    const { backend } = await newStore();
    const sp = await courseId(backend, 'SP');
    const planned = await valueOf(backend.invoke('training.planSession', { courseId: await courseId(backend, 'QTM'), heldOn: '2026-12-10', location: 'Room B', instructor: 'J. Ellery', hours: 2 }));
    const corrected = await valueOf(backend.invoke('training.updateSession', { id: planned.id, courseId: sp, heldOn: '2026-12-11', location: 'Room C', instructor: 'K. Adeyemi', hours: 3, reason: 'wrong-details' }));
    expect(corrected).toMatchObject({ id: planned.id, courseCode: 'SP', heldOn: '2026-12-11', location: 'Room C', instructor: 'K. Adeyemi', hours: 3 });
    expect(await latestAudit(backend)).toMatchObject({ action: 'training.updateSession', entity: 'session', entityId: `${planned.id}: wrong-details` });
    await refused(backend, () => backend.invoke('training.updateSession', { id: planned.id, courseId: 999, heldOn: '2026-12-11', hours: 3, reason: 'wrong-details' }), 'validation');
    await refused(backend, () => backend.invoke('training.updateSession', { id: planned.id, courseId: sp, heldOn: '2026-12-11', hours: 3 } as never), 'validation');
    await refused(backend, () => backend.invoke('training.updateSession', { id: 999, courseId: sp, heldOn: '2026-12-11', hours: 3, reason: 'wrong-details' }), 'not_found');
  });

  it('§4.I, §8: once attendance is taken, the course and the day are fixed; where, who taught and the hours may still be corrected', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    const qtm = await courseId(backend, 'QTM');
    const sp = await courseId(backend, 'SP');
    const held = await valueOf(backend.invoke('training.planSession', { courseId: qtm, heldOn: '2026-10-15', hours: 2 }));
    await valueOf(backend.invoke('training.recordAttendance', { sessionId: held.id, entries: [{ memberId: member.id, status: 'attended' }] }));
    const base = { id: held.id, courseId: qtm, heldOn: '2026-10-15', hours: 2, reason: 'wrong-details' as const };
    await refused(backend, () => backend.invoke('training.updateSession', { ...base, heldOn: '2026-10-16' }), 'validation', /§4\.I/);
    await refused(backend, () => backend.invoke('training.updateSession', { ...base, courseId: sp }), 'validation', /§8/);
    const corrected = await valueOf(backend.invoke('training.updateSession', { ...base, location: 'Annex', instructor: 'J. Ellery', hours: 2.5 }));
    expect(corrected).toMatchObject({ location: 'Annex', instructor: 'J. Ellery', hours: 2.5, recorded: 1 });
  });

  it('§4.H: a session without attendance is cancelled with a reason and leaves the lists and the report’s next quarterly date; cancelling twice is refused', async () => {
    const { backend } = await newStore();
    const planned = await valueOf(backend.invoke('training.planSession', { courseId: await courseId(backend, 'QTM'), heldOn: '2026-12-10', hours: 2 }));
    const nextQuarterly = async () => (await valueOf(backend.invoke('reports.monthly', { month: '2026-11' }))).team.nextQuarterly;
    expect(await nextQuarterly()).toBe('2026-12-10');
    await refused(backend, () => backend.invoke('training.cancelSession', { id: planned.id } as never), 'validation');
    expect(await valueOf(backend.invoke('training.cancelSession', { id: planned.id, reason: 'did-not-take-place' }))).toEqual({ cancelled: planned.id });
    expect(await latestAudit(backend)).toMatchObject({ action: 'training.cancelSession', entityId: `${planned.id}: did-not-take-place` });
    expect(await valueOf(backend.invoke('training.sessions', {}))).toEqual([]);
    expect(await nextQuarterly()).toBeNull();
    await refused(backend, () => backend.invoke('training.session', { id: planned.id }), 'not_found');
    await refused(backend, () => backend.invoke('training.cancelSession', { id: planned.id, reason: 'did-not-take-place' }), 'conflict', /voided/);
    await refused(backend, () => backend.invoke('training.updateSession', { id: planned.id, courseId: 1, heldOn: '2026-12-10', hours: 2, reason: 'wrong-details' }), 'conflict', /voided/);
    await refused(backend, () => backend.invoke('training.cancelSession', { id: 999, reason: 'did-not-take-place' }), 'not_found');
  });

  it('§4.H, §4.I: a session with attendance taken was held and is not cancelled; attendance recorded in error is cleared first, and the cancelled session no longer makes anyone inactive', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    const qtm = await courseId(backend, 'QTM');
    const sessions = [];
    for (const heldOn of ['2026-04-15', '2026-07-15']) {
      const s = await valueOf(backend.invoke('training.planSession', { courseId: qtm, heldOn, hours: 2 }));
      await valueOf(backend.invoke('training.recordAttendance', { sessionId: s.id, entries: [{ memberId: member.id, status: 'absent' }] }));
      sessions.push(s);
    }
    const standing = async () => (await valueOf(backend.invoke('roster.get', { id: member.id }))).standing.effective;
    expect(await standing()).toBe('inactive-training');
    const second = sessions[1]?.id ?? 0;
    await refused(backend, () => backend.invoke('training.cancelSession', { id: second, reason: 'entered-in-error' }), 'conflict', /§4\.H/);
    await valueOf(backend.invoke('training.recordAttendance', { sessionId: second, entries: [] }));
    await valueOf(backend.invoke('training.cancelSession', { id: second, reason: 'entered-in-error' }));
    expect(await standing()).toBe('active');
    expect((await valueOf(backend.invoke('training.matrix', {}))).quarterlySessions.map((s) => s.heldOn)).toEqual(['2026-04-15']);
  });
});
