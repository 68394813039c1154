import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/main/backend';
import { memberFieldsOf } from '../../../src/shared/members';
import { addTrainedMember, aMember, completeRequiredTraining } from '../../helpers/members';
import { newStore, PASSPHRASE, valueOf } from '../../helpers/test-backend';

/** What the screens read of the team: the roster, the composition and the training matrix. */
async function teamAsRead(backend: Backend) {
  return {
    roster: await valueOf(backend.invoke('roster.list', {})),
    composition: await valueOf(backend.invoke('roster.composition', {})),
    matrix: await valueOf(backend.invoke('training.matrix', {})),
  };
}

describe('the team kept up to date write by write', () => {
  it('§4.J–L, §8: after edits, statuses, completions and new members, the team read equals the team derived afresh by another process', async () => {
    const { backend, reopen } = await newStore();
    const members = [];
    for (let i = 0; i < 8; i++) members.push(await addTrainedMember(backend, { lastName: `Member${String.fromCharCode(72 + i)}` }));
    const [first, second, third, fourth] = members as [(typeof members)[0], (typeof members)[0], (typeof members)[0], (typeof members)[0]];
    await teamAsRead(backend);

    // A renamed member moves in the roster's order; the others stay where they were.
    await valueOf(backend.invoke('roster.update', { id: first.id, fields: { ...memberFieldsOf(first), lastName: 'Zimmer' } }));
    await valueOf(backend.invoke('roster.changeStatus', { id: second.id, status: 'temporarily-inactive', effectiveOn: '2026-01-10', expectedReturnOn: '2027-04-01', reasonCategory: 'leave-of-absence' }));
    await valueOf(backend.invoke('roster.changeStatus', { id: third.id, status: 'resigned', effectiveOn: '2026-02-01', reasonCategory: 'left-department' }));
    const added = await valueOf(backend.invoke('roster.create', aMember({ lastName: 'Aaron' })));
    await completeRequiredTraining(backend, added.id);
    const completions = await valueOf(backend.invoke('training.member', { memberId: fourth.id }));
    const recorded = completions.cells.flatMap((cell) => cell.completions).find((c) => c.source === 'external');
    if (recorded) await valueOf(backend.invoke('training.removeCompletion', { id: recorded.id }));

    const updated = await teamAsRead(backend);
    expect(updated.roster.members.map((m) => m.lastName)).toEqual(expect.arrayContaining(['Zimmer', 'Aaron']));
    expect(updated.roster.members[0]?.lastName).toBe('Aaron');
    expect(updated.roster.members.at(-1)?.lastName).toBe('Zimmer');
    expect(updated.roster.members.find((m) => m.id === second.id)?.standing.effective).toBe('temporarily-inactive');
    expect(updated.roster.members.find((m) => m.id === fourth.id)?.standing.effective).toBe('training-pending');

    backend.close();
    const fresh = reopen();
    await valueOf(fresh.invoke('session.unlock', { passphrase: PASSPHRASE }));
    expect(await teamAsRead(fresh)).toEqual(updated);
  });

  it('a write from another process is seen at the next read, though no write was made here', async () => {
    const { backend, reopen } = await newStore();
    const member = await addTrainedMember(backend);
    await teamAsRead(backend);
    const other = reopen();
    await valueOf(other.invoke('session.unlock', { passphrase: PASSPHRASE }));
    await valueOf(other.invoke('roster.update', { id: member.id, fields: { ...memberFieldsOf(member), jobTitle: 'Supervising Probation Officer' } }));
    expect((await valueOf(backend.invoke('roster.get', { id: member.id }))).jobTitle).toBe('Supervising Probation Officer');
    other.close();
  });
});
