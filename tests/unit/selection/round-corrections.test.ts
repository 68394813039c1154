import { describe, expect, it } from 'vitest';
import { latestAudit, refused } from '../../helpers/refused';
import { newStore, valueOf } from '../../helpers/test-backend';

const nominee = { firstName: 'Maya', lastName: 'Okafor', staffGroup: 'Juvenile Hall', sworn: true, jobTitle: 'Senior Counselor' };
const round = { openedOn: '2026-09-01', closesOn: '2026-09-30', howToNominate: 'Send a memo to the Coordinator.' };

describe('§2.A correcting a recruitment round', () => {
  it('§2.A: a round’s dates and instructions are corrected with a reason (closing it early); it still opens by its first nomination', async () => {
    const { backend } = await newStore();
    const opened = await valueOf(backend.invoke('selection.openRound', round));
    await valueOf(backend.invoke('selection.nominate', { roundId: opened.id, ...nominee, receivedOn: '2026-09-05', nominatedBy: 'Ruth Abernathy' }));
    const closedEarly = await valueOf(backend.invoke('selection.updateRound', { id: opened.id, ...round, closesOn: '2026-09-15', reason: 'wrong-details' }));
    expect(closedEarly).toEqual({ id: opened.id, ...round, closesOn: '2026-09-15', candidates: 1 });
    expect((await valueOf(backend.invoke('selection.overview', {}))).rounds).toEqual([closedEarly]);
    expect(await latestAudit(backend)).toMatchObject({ action: 'selection.updateRound', entity: 'round', entityId: `${opened.id}: wrong-details` });
    await refused(backend, () => backend.invoke('selection.updateRound', { id: opened.id, ...round, openedOn: '2026-09-06', reason: 'wrong-details' }), 'validation', /§2\.A/);
    await refused(backend, () => backend.invoke('selection.updateRound', { id: opened.id, ...round, closesOn: '2026-08-01', reason: 'wrong-details' }), 'validation');
    await refused(backend, () => backend.invoke('selection.updateRound', { id: opened.id, ...round } as never), 'validation');
    await refused(backend, () => backend.invoke('selection.updateRound', { id: 999, ...round, reason: 'wrong-details' }), 'not_found');
  });

  it('§2.A: only a round without nominations is voided; voided, it leaves the overview and takes no nomination; voiding twice is refused', async () => {
    const { backend } = await newStore();
    const withNominee = await valueOf(backend.invoke('selection.openRound', round));
    await valueOf(backend.invoke('selection.nominate', { roundId: withNominee.id, ...nominee, receivedOn: '2026-09-05', nominatedBy: 'Ruth Abernathy' }));
    await refused(backend, () => backend.invoke('selection.voidRound', { id: withNominee.id, reason: 'entered-in-error' }), 'conflict', /§2\.A/);
    const empty = await valueOf(backend.invoke('selection.openRound', { ...round, openedOn: '2026-10-01', closesOn: '2026-10-31' }));
    await refused(backend, () => backend.invoke('selection.voidRound', { id: empty.id } as never), 'validation');
    expect(await valueOf(backend.invoke('selection.voidRound', { id: empty.id, reason: 'duplicate' }))).toEqual({ voided: empty.id });
    expect(await latestAudit(backend)).toMatchObject({ action: 'selection.voidRound', entityId: `${empty.id}: duplicate` });
    expect((await valueOf(backend.invoke('selection.overview', {}))).rounds.map((r) => r.id)).toEqual([withNominee.id]);
    await refused(backend, () => backend.invoke('selection.nominate', { roundId: empty.id, ...nominee, lastName: 'Reid', receivedOn: '2026-10-05', nominatedBy: 'Ruth Abernathy' }), 'validation');
    await refused(backend, () => backend.invoke('selection.voidRound', { id: empty.id, reason: 'duplicate' }), 'conflict', /voided/);
    await refused(backend, () => backend.invoke('selection.updateRound', { id: empty.id, ...round, reason: 'wrong-details' }), 'conflict', /voided/);
    await refused(backend, () => backend.invoke('selection.announcement', { roundId: empty.id }), 'not_found');
  });
});
