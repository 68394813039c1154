import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTrainedMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';
import { tempDir } from '../../helpers/temp-dir';

describe('monthly tallies (§6) and the monthly review (§3.E)', () => {
  it('takes counts and hours, or an explicit "no contacts", and reports each member as on time, late or missing', async () => {
    const { backend, clock } = await newStore();
    const maria = await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez' });
    const daniel = await addTrainedMember(backend, { firstName: 'Daniel', lastName: 'Okafor' });
    const lena = await addTrainedMember(backend, { firstName: 'Lena', lastName: 'Hoang' });
    await valueOf(backend.invoke('tallies.submit', { memberId: maria.id, month: '2026-10', noContacts: false, contacts: { oneOnOne: 3, followUp: 1 }, hoursOnDuty: 4.5, referrals: { eap: 1 } }));
    clock.advance(-15 * 86_400_000); // back to 2026-11-07: on time
    await valueOf(backend.invoke('tallies.submit', { memberId: daniel.id, month: '2026-10', noContacts: true }));
    clock.advance(15 * 86_400_000);
    const month = await valueOf(backend.invoke('tallies.month', { month: '2026-10' }));
    expect(month.dueOn).toBe('2026-11-10');
    expect(Object.fromEntries(month.rows.map((r) => [r.memberId, r.status]))).toEqual({ [maria.id]: 'late', [daniel.id]: 'on-time', [lena.id]: 'missing' });
    expect(month.rows.find((r) => r.memberId === maria.id)?.tally).toMatchObject({ contacts: { oneOnOne: 3, followUp: 1, group: 0 }, hoursOnDuty: 4.5, referrals: { eap: 1 } });
    expect(month.rows.find((r) => r.memberId === daniel.id)?.tally).toMatchObject({ noContacts: true, submittedOn: '2026-11-07' });
  });

  it.each([
    ['negative counts', { contacts: { oneOnOne: -1 } }, 'contacts.oneOnOne'],
    ['fractional contacts', { contacts: { oneOnOne: 1.5 } }, 'contacts.oneOnOne'],
    ['more hours than 24 a day', { contacts: { oneOnOne: 1 }, hoursOnDuty: 700, hoursOffDuty: 50 }, 'hoursOnDuty'],
    ['no contacts and no "No contacts"', {}, 'contacts'],
    ['"No contacts" with counts', { noContacts: true, contacts: { group: 2 } }, 'noContacts'],
    ['a free-text field', { contacts: { oneOnOne: 1 }, note: 'helped Jane Doe' }, ''],
    ['a month in the future', { month: '2027-01', contacts: { oneOnOne: 1 } }, 'month'],
    ['an unknown member', { memberId: 999, contacts: { oneOnOne: 1 } }, 'memberId'],
  ])('rejects %s as a validation error and writes nothing', async (_what, overrides, field) => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    const before = (await valueOf(backend.invoke('audit.list', {}))).total;
    const result = await backend.invoke('tallies.submit', { memberId: member.id, month: '2026-10', noContacts: false, ...overrides });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(result.ok || result.error.details?.fields?.map((f) => f.path)).toContain(field);
    expect((await valueOf(backend.invoke('audit.list', {}))).total).toBe(before);
    expect((await valueOf(backend.invoke('tallies.month', { month: '2026-10' }))).rows[0]?.tally).toBeNull();
  });

  it('§3.E: a reviewed month is locked — a correction needs a reason, is audited, and keeps the original submission date', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    await valueOf(backend.invoke('tallies.submit', { memberId: member.id, month: '2026-10', noContacts: false, contacts: { oneOnOne: 2 } }));
    expect(await valueOf(backend.invoke('tallies.review', { month: '2026-10' }))).toMatchObject({ reviewedBy: 'coordinator' });
    expect(await backend.invoke('tallies.review', { month: '2026-10' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const unexplained = await backend.invoke('tallies.submit', { memberId: member.id, month: '2026-10', noContacts: false, contacts: { oneOnOne: 3 } });
    expect(unexplained).toMatchObject({ ok: false, error: { code: 'validation', details: { fields: [{ path: 'correctionReason' }] } } });
    const corrected = await valueOf(backend.invoke('tallies.submit', { memberId: member.id, month: '2026-10', noContacts: false, contacts: { oneOnOne: 3 }, correctionReason: 'data-entry-error' }));
    expect(corrected).toMatchObject({ contacts: { oneOnOne: 3 }, corrections: 1, submittedOn: '2026-11-22' });
    const audit = await valueOf(backend.invoke('audit.list', {}));
    expect(audit.entries[0]).toMatchObject({ action: 'tallies.correct', entity: 'tally', entityId: `${member.id}/2026-10` });
    expect((await valueOf(backend.invoke('tallies.month', { month: '2026-10' }))).review).toMatchObject({ reviewedBy: 'coordinator' });
    // §3.E: the Chief's summary names the reviewer, not a role.
    await valueOf(backend.invoke('settings.set', { coordinatorName: 'Jordan Ellery' }));
    expect(await valueOf(backend.invoke('reports.monthly', { month: '2026-10' }))).toMatchObject({ preparedBy: 'Jordan Ellery', review: { reviewedBy: 'Jordan Ellery' } });
  });

  it('§6: a month sums to exactly the tallies entered, with how they came in', async () => {
    const { backend } = await newStore();
    const a = await addTrainedMember(backend);
    const b = await addTrainedMember(backend);
    await addTrainedMember(backend);
    await valueOf(backend.invoke('tallies.submit', { memberId: a.id, month: '2026-10', noContacts: false, contacts: { oneOnOne: 3, group: 1 }, hoursOnDuty: 2.5, hoursOffDuty: 1, referrals: { eap: 1 }, concerns: { grief: 2 }, receivedOn: '2026-11-03' }));
    await valueOf(backend.invoke('tallies.submit', { memberId: b.id, month: '2026-10', noContacts: false, contacts: { oneOnOne: 2, defusing: 1 }, hoursOnDuty: 4, referrals: { eap: 1, chaplain: 1 } }));
    const summary = await valueOf(backend.invoke('tallies.summary', { month: '2026-10' }));
    expect(summary).toMatchObject({ tallies: 2, contactsTotal: 7, hoursOnDuty: 6.5, hoursOffDuty: 1, submissions: { onTime: 1, late: 1, missing: 1, due: 0 } });
    expect(summary.contacts).toMatchObject({ oneOnOne: 5, group: 1, defusing: 1, hospitalVisit: 0 });
    expect(summary.referrals).toEqual({ eap: 2, clinician: 0, chaplain: 1, other: 0 });
    expect(summary.concerns.grief).toBe(2);
  });

  it('§6: saves a blank tally sheet that asks for counts only, with an unnamed page when no member is expected', async () => {
    const dir = tempDir();
    const { backend } = await newStore({ dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) } });
    const saved = await valueOf(backend.invoke('tallies.blankSheet', { month: '2026-11' }));
    const text = execFileSync('pdftotext', ['-layout', join(dir, saved.fileName ?? ''), '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Monthly tally/);
    expect(text).toMatch(/Due to your supervisor and the Coordinator by December 10, 2026/);
    expect(text).toMatch(/Do not write names/);
    expect(text).toMatch(/One-on-one[\s\S]*Hospital visit[\s\S]*EAP/);
  });
});
