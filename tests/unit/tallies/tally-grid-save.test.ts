import { describe, expect, it } from 'vitest';
import { addTrainedMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';

const tally = (memberId: number, extra: Record<string, unknown> = {}) => ({ memberId, month: '2026-10', noContacts: false, contacts: { oneOnOne: 2 }, hoursOnDuty: 1, ...extra });

describe("the month's grid is saved at once (§6, §3.E)", () => {
  it('§6: every changed row of the grid is written in one transaction, with an audit line for each tally', async () => {
    const { backend } = await newStore();
    const a = await addTrainedMember(backend, { firstName: 'Ann', lastName: 'Ames' });
    const b = await addTrainedMember(backend, { firstName: 'Ben', lastName: 'Bose' });
    const before = (await valueOf(backend.invoke('audit.list', {}))).total;
    expect(await valueOf(backend.invoke('tallies.submitMany', { tallies: [tally(a.id), tally(b.id, { noContacts: true, contacts: {}, hoursOnDuty: 0 })] }))).toEqual({ saved: 2 });
    const month = await valueOf(backend.invoke('tallies.month', { month: '2026-10' }));
    expect(month.rows.map((r) => r.tally?.noContacts)).toEqual([false, true]);
    const audit = await valueOf(backend.invoke('audit.list', {}));
    expect(audit.total - before).toBe(2);
    expect(audit.entries.slice(0, 2).map((e) => e.entityId).sort()).toEqual([`${a.id}/2026-10`, `${b.id}/2026-10`].sort());
  });

  it('§6: one row the rules refuse means nothing of the grid is written, and the refusal names that row', async () => {
    const { backend } = await newStore();
    const a = await addTrainedMember(backend);
    const b = await addTrainedMember(backend, { firstName: 'Ben', lastName: 'Bose' });
    const before = (await valueOf(backend.invoke('audit.list', {}))).total;
    const refused = await backend.invoke('tallies.submitMany', { tallies: [tally(a.id), tally(b.id, { month: '2026-10', memberId: 999 })] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/1 of 2 tallies need attention; nothing was saved/), details: { fields: [{ path: 'tallies.1' }] } } });
    expect((await valueOf(backend.invoke('tallies.month', { month: '2026-10' }))).rows.every((r) => r.tally === null)).toBe(true);
    expect((await valueOf(backend.invoke('audit.list', {}))).total).toBe(before);
  });

  it('§3.E: in a reviewed month the grid saves only with a reason on every correction', async () => {
    const { backend } = await newStore();
    const a = await addTrainedMember(backend);
    await valueOf(backend.invoke('tallies.submitMany', { tallies: [tally(a.id)] }));
    await valueOf(backend.invoke('tallies.review', { month: '2026-10' }));
    expect(await backend.invoke('tallies.submitMany', { tallies: [tally(a.id, { contacts: { oneOnOne: 5 } })] })).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'tallies.0' }] } } });
    await valueOf(backend.invoke('tallies.submitMany', { tallies: [tally(a.id, { contacts: { oneOnOne: 5 }, correctionReason: 'data-entry-error' })] }));
    expect((await valueOf(backend.invoke('tallies.month', { month: '2026-10' }))).rows[0]?.tally).toMatchObject({ contacts: { oneOnOne: 5 }, corrections: 1 });
  });

  it.each([
    ['two months at once', (a: number, b: number) => [tally(a), tally(b, { month: '2026-09' })]],
    ['the same member twice', (a: number) => [tally(a), tally(a)]],
    ['an empty grid', () => []],
  ])('§6: refuses %s and writes nothing', async (_what, rows) => {
    const { backend } = await newStore();
    const a = await addTrainedMember(backend);
    const b = await addTrainedMember(backend, { firstName: 'Ben', lastName: 'Bose' });
    const before = (await valueOf(backend.invoke('audit.list', {}))).total;
    expect(await backend.invoke('tallies.submitMany', { tallies: rows(a.id, b.id) })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await valueOf(backend.invoke('audit.list', {}))).total).toBe(before);
  });
});
