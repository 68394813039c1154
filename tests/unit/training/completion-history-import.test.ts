import { describe, expect, it } from 'vitest';
import { aMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';

/** The test clock's day is 2026-11-22. */
const csvFile = (text: string) => ({ fileName: 'training.csv', contentBase64: Buffer.from(text, 'utf8').toString('base64') });

describe('the history a program already has: earlier training completions imported (§8)', () => {
  it('§8: completions from a spreadsheet fill the training matrix; a member with both required courses is trained', async () => {
    const { backend } = await newStore();
    const maria = await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Maria', lastName: 'Alvarez', joinedOn: '2022-03-01' })));
    const daniel = await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Daniel', lastName: 'Okafor', joinedOn: '2022-03-01' })));
    const text = [
      'Member,Course,Date completed,Provider,Certificate',
      'Maria Alvarez,Individual Crisis Intervention & Peer Support (ICISF: Assisting Individuals in Crisis),2021-10-04,Regional ICISF,yes',
      'Maria Alvarez,gci,10/20/2021,Regional ICISF,yes',
      'Daniel Okafor,Suicide Prevention,2023-05-02,,no',
    ].join('\n');
    const preview = await valueOf(backend.invoke('training.historyPreview', csvFile(text)));
    expect(preview.mapping).toEqual({ member: 'Member', course: 'Course', completedOn: 'Date completed', provider: 'Provider', certificateOnFile: 'Certificate' });
    expect(preview).toMatchObject({ validCount: 3, invalidCount: 0 });
    expect(preview.rows.map((r) => r.displayName)).toEqual(['Maria Alvarez — ICI-PS', 'Maria Alvarez — GCI', 'Daniel Okafor — SP']);
    expect(await valueOf(backend.invoke('training.historyCommit', { ...csvFile(text), mapping: preview.mapping, mode: 'all-or-nothing' }))).toEqual({ imported: 3, skipped: 0 });
    expect((await valueOf(backend.invoke('audit.list', {}))).entries[0]).toMatchObject({ action: 'training.import', entityId: '3 completions' });

    const matrix = await valueOf(backend.invoke('training.matrix', {}));
    const code = new Map(matrix.courses.map((c) => [c.id, c.code]));
    const cells = (memberId: number) => Object.fromEntries((matrix.rows.find((r) => r.memberId === memberId)?.cells ?? []).map((c) => [code.get(c.courseId), [c.state, c.completedOn]]));
    expect(cells(maria.id)).toMatchObject({ 'ICI-PS': ['completed', '2021-10-04'], GCI: ['completed', '2021-10-20'], SP: ['not-taken', null] });
    expect(cells(daniel.id)).toMatchObject({ 'ICI-PS': ['missing', null], SP: ['completed', '2023-05-02'] });
    const trained = await valueOf(backend.invoke('training.member', { memberId: maria.id }));
    expect(trained.cells.find((c) => c.course.code === 'GCI')?.completions).toEqual([expect.objectContaining({ provider: 'Regional ICISF', certificateOnFile: true, source: 'external' })]);
  });

  it('§8: unknown courses and members, quarterly sessions, days to come and duplicates are problems; all-or-nothing writes nothing', async () => {
    const { backend } = await newStore();
    const maria = await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Maria', lastName: 'Alvarez' })));
    const courses = await valueOf(backend.invoke('training.courses', {}));
    const gci = courses.find((c) => c.code === 'GCI');
    await valueOf(backend.invoke('training.recordCompletion', { memberId: maria.id, courseId: gci?.id ?? 0, completedOn: '2024-02-01' }));
    const text = [
      'First name,Last name,Course,Completed',
      'Maria,Alvarez,SP,2024-06-01',
      'Maria,Alvarez,Underwater Basket Weaving,2024-06-01',
      'Nobody,Here,SP,2024-06-01',
      'Maria,Alvarez,QTM,2024-06-01',
      'Maria,Alvarez,SP,2027-01-01',
      'Maria,Alvarez,GCI,2024-02-01',
      'Maria,Alvarez,SP,2024-06-01',
      'Maria,Alvarez,SP,soon',
    ].join('\n');
    const preview = await valueOf(backend.invoke('training.historyPreview', csvFile(text)));
    expect(preview.rows.map((r) => r.errors.map((e) => `${e.field}: ${e.message}`))).toEqual([
      [],
      [expect.stringMatching(/^course: "Underwater Basket Weaving" is not a course of the catalog/)],
      ['member: No member named "Nobody Here" on the roster'],
      [expect.stringMatching(/^course: Quarterly sessions are recorded as attendance/)],
      [expect.stringMatching(/^completedOn: A completion cannot be in the future/)],
      [expect.stringMatching(/^completedOn: GCI completed on 2024-02-01 is already recorded/)],
      ['completedOn: The same member, course and day as row 2'],
      [expect.stringMatching(/^completedOn: "soon" is not a date/)],
    ]);
    const refused = await backend.invoke('training.historyCommit', { ...csvFile(text), mapping: preview.mapping, mode: 'all-or-nothing' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', message: /7 of 8 rows have errors, so nothing was imported/ } });
    expect((await valueOf(backend.invoke('training.member', { memberId: maria.id }))).cells.flatMap((c) => c.completions)).toHaveLength(1);

    expect(await valueOf(backend.invoke('training.historyCommit', { ...csvFile(text), mapping: preview.mapping, mode: 'valid-rows' }))).toEqual({ imported: 1, skipped: 7 });
    expect((await valueOf(backend.invoke('training.member', { memberId: maria.id }))).cells.flatMap((c) => c.completions.map((x) => x.completedOn)).sort()).toEqual(['2024-02-01', '2024-06-01']);
  });
});
