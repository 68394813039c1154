import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/main/backend';
import { addTrainedMember, aMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';
import { tempDir } from '../../helpers/temp-dir';

async function courseId(backend: Backend, code: string): Promise<number> {
  const courses = await valueOf(backend.invoke('training.courses', {}));
  return courses.find((c) => c.code === code)?.id ?? 0;
}

async function quarterly(backend: Backend, heldOn: string, marks: Record<number, 'attended' | 'absent' | 'excused' | 'make-up'>) {
  const session = await valueOf(backend.invoke('training.planSession', { courseId: await courseId(backend, 'QTM'), heldOn, hours: 2 }));
  const entries = Object.entries(marks).map(([memberId, status]) => ({ memberId: Number(memberId), status, partial: false }));
  return valueOf(backend.invoke('training.recordAttendance', { sessionId: session.id, entries }));
}

describe('course catalog', () => {
  it('is seeded from the policy: two courses required before service, two recommended, the quarterly meeting recurring', async () => {
    const { backend } = await newStore();
    const courses = await valueOf(backend.invoke('training.courses', {}));
    expect(courses.map((c) => [c.code, c.kind])).toEqual([
      ['ICI-PS', 'required-before-service'],
      ['GCI', 'required-before-service'],
      ['AGCI', 'recommended'],
      ['SP', 'recommended'],
      ['QTM', 'recurring'],
    ]);
    expect(courses[0]?.name).toMatch(/Assisting Individuals in Crisis/);
  });

  it('takes new and changed courses, refuses a duplicate code and bad values, and audits each change', async () => {
    const { backend } = await newStore();
    const added = await valueOf(backend.invoke('training.saveCourse', { code: 'PFA', name: 'Psychological First Aid', kind: 'recommended', contactHours: 6, validityMonths: 24 }));
    const changed = await valueOf(backend.invoke('training.saveCourse', { ...added, name: 'Psychological First Aid (PFA)' }));
    expect(changed).toMatchObject({ id: added.id, name: 'Psychological First Aid (PFA)', validityMonths: 24 });
    expect(await backend.invoke('training.saveCourse', { code: 'gci', name: 'Copy', kind: 'recommended', contactHours: 1, validityMonths: null })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await backend.invoke('training.saveCourse', { code: 'X Y', name: '', kind: 'mandatory', contactHours: -1, validityMonths: 0 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await valueOf(backend.invoke('audit.list', {}))).entries.slice(0, 2).map((e) => e.action)).toEqual(['training.updateCourse', 'training.createCourse']);
  });
});

describe('sessions and attendance', () => {
  it('expects the members active on the session day, takes attendance once held, and refuses bad input writing nothing', async () => {
    const { backend } = await newStore();
    const maria = await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez', joinedOn: '2025-01-15' });
    const late = await addTrainedMember(backend, { firstName: 'Jamal', lastName: 'Carter', joinedOn: '2026-06-01', probationCompletedOn: '2026-01-01', hireDate: '2025-01-01' });
    const planned = await valueOf(backend.invoke('training.planSession', { courseId: await courseId(backend, 'QTM'), heldOn: '2026-04-15', location: 'Room B', instructor: 'J. Ellery', hours: 2 }));
    expect(planned.roster.map((r) => r.memberId)).toEqual([maria.id]);
    expect(await backend.invoke('training.recordAttendance', { sessionId: planned.id, entries: [{ memberId: 999, status: 'attended' }] })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('training.recordAttendance', { sessionId: planned.id, entries: [{ memberId: maria.id, status: 'late' }] })).toMatchObject({ ok: false, error: { code: 'validation' } });
    const future = await valueOf(backend.invoke('training.planSession', { courseId: await courseId(backend, 'QTM'), heldOn: '2027-01-15', hours: 2 }));
    expect(future.roster.map((r) => r.memberId).sort()).toEqual([maria.id, late.id].sort());
    expect(await backend.invoke('training.recordAttendance', { sessionId: future.id, entries: [{ memberId: maria.id, status: 'attended' }] })).toMatchObject({ ok: false, error: { code: 'validation', message: /once the session has been held/ } });
    expect((await valueOf(backend.invoke('training.session', { id: planned.id }))).recorded).toBe(0);
    const taken = await valueOf(backend.invoke('training.recordAttendance', { sessionId: planned.id, entries: [{ memberId: maria.id, status: 'attended' }] }));
    expect(taken).toMatchObject({ recorded: 1, present: 1 });
    expect(await backend.invoke('training.planSession', { courseId: 999, heldOn: '2026-04-15', hours: 2 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('ICISF counts full attendance only: a partial attendance at a required course does not complete it', async () => {
    const { backend } = await newStore();
    const member = await valueOf(backend.invoke('roster.create', aMember()));
    const gci = await valueOf(backend.invoke('training.planSession', { courseId: await courseId(backend, 'GCI'), heldOn: '2026-03-10', hours: 13 }));
    await valueOf(backend.invoke('training.recordAttendance', { sessionId: gci.id, entries: [{ memberId: member.id, status: 'attended', partial: true }] }));
    const partial = await valueOf(backend.invoke('training.member', { memberId: member.id }));
    expect(partial.cells.find((c) => c.course.code === 'GCI')?.state).toBe('missing');
    await valueOf(backend.invoke('training.recordAttendance', { sessionId: gci.id, entries: [{ memberId: member.id, status: 'attended', partial: false }] }));
    const full = await valueOf(backend.invoke('training.member', { memberId: member.id }));
    expect(full.cells.find((c) => c.course.code === 'GCI')).toMatchObject({ state: 'completed', completedOn: '2026-03-10' });
  });
});

describe('deployability flows through the one effective-status function', () => {
  it('§8: a member missing Group Crisis Intervention is not deployable anywhere, and says why', async () => {
    const { backend } = await newStore();
    const member = await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Hector', lastName: 'Ramirez', listingConsent: true })));
    await valueOf(backend.invoke('training.recordCompletion', { memberId: member.id, courseId: await courseId(backend, 'ICI-PS'), completedOn: '2025-02-01', provider: 'ICISF', certificateOnFile: true }));
    const roster = await valueOf(backend.invoke('roster.get', { id: member.id }));
    expect(roster.standing).toMatchObject({ effective: 'training-pending', deployable: false, listed: false });
    expect(roster.standing.findings).toContainEqual(expect.objectContaining({ section: '§8', message: expect.stringMatching(/Group Crisis Intervention/) }));
    expect((await valueOf(backend.invoke('training.matrix', {}))).rows[0]).toMatchObject({ deployable: false });
    expect((await valueOf(backend.invoke('roster.publishPreview', {}))).members).toEqual([]);

    await valueOf(backend.invoke('training.recordCompletion', { memberId: member.id, courseId: await courseId(backend, 'GCI'), completedOn: '2025-03-01', provider: 'ICISF', certificateOnFile: true }));
    expect((await valueOf(backend.invoke('roster.get', { id: member.id }))).standing).toMatchObject({ effective: 'active', deployable: true, listed: true });
  });

  it('§4.I: two consecutive absences make the member inactive — training deficiency, off the intranet; a make-up restores them', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend, { firstName: 'Thomas', lastName: 'Becker' });
    await quarterly(backend, '2026-04-15', { [member.id]: 'attended' });
    await quarterly(backend, '2026-07-15', { [member.id]: 'absent' });
    expect((await valueOf(backend.invoke('roster.get', { id: member.id }))).standing.findings.map((f) => f.ruleId)).toContain('training-deficiency-risk');
    await quarterly(backend, '2026-10-15', { [member.id]: 'absent' });
    const inactive = await valueOf(backend.invoke('roster.get', { id: member.id }));
    expect(inactive.standing).toMatchObject({ decided: 'active', effective: 'inactive-training', deployable: false, listed: false });
    expect(inactive.standing.findings).toContainEqual(expect.objectContaining({ ruleId: 'training-deficiency', section: '§4.I' }));
    expect((await valueOf(backend.invoke('roster.publishPreview', {}))).members).toEqual([]);

    await quarterly(backend, '2026-11-01', { [member.id]: 'make-up' });
    expect((await valueOf(backend.invoke('roster.get', { id: member.id }))).standing).toMatchObject({ effective: 'active', deployable: true, listed: true });
  });

  it('completions: future dates, recurring courses and unknown members are refused; a mistaken one can be removed', async () => {
    const { backend } = await newStore();
    const member = await valueOf(backend.invoke('roster.create', aMember()));
    const qtm = await courseId(backend, 'QTM');
    const gci = await courseId(backend, 'GCI');
    expect(await backend.invoke('training.recordCompletion', { memberId: member.id, courseId: gci, completedOn: '2027-01-01' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('training.recordCompletion', { memberId: member.id, courseId: qtm, completedOn: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('training.recordCompletion', { memberId: 999, courseId: gci, completedOn: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const recorded = await valueOf(backend.invoke('training.recordCompletion', { memberId: member.id, courseId: gci, completedOn: '2026-01-01' }));
    const completion = recorded.cells.find((c) => c.course.code === 'GCI')?.completions[0];
    expect(completion).toMatchObject({ source: 'external', completedOn: '2026-01-01' });
    await valueOf(backend.invoke('training.removeCompletion', { id: completion?.id ?? 0 }));
    expect((await valueOf(backend.invoke('training.member', { memberId: member.id }))).cells.find((c) => c.course.code === 'GCI')?.state).toBe('missing');
    expect(await backend.invoke('training.removeCompletion', { id: completion?.id ?? 0 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('matrix and printouts', () => {
  it('exports the matrix as a landscape PDF and as XLSX, and prints a sign-in sheet', async () => {
    const dir = tempDir();
    const { backend } = await newStore({ dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) } });
    const maria = await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez' });
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Hector', lastName: 'Ramirez' })));
    await quarterly(backend, '2026-10-15', { [maria.id]: 'attended' });
    expect(await valueOf(backend.invoke('training.exportMatrix', { format: 'pdf' }))).toEqual({ saved: true, fileName: 'training-matrix.pdf' });
    const pdf = execFileSync('pdftotext', ['-layout', join(dir, 'training-matrix.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf).toMatch(/Maria Alvarez\s+Active\s+Done 2025-02-01\s+Done 2025-02-01\s+Not taken\s+Not taken\s+P/);
    expect(pdf).toMatch(/Hector Ramirez\s+Training pending\s+Missing\s+Missing\s+Not taken/);
    expect(execFileSync('pdfinfo', [join(dir, 'training-matrix.pdf')], { encoding: 'utf8' })).toMatch(/Page size:\s+792 x 612/);
    execFileSync('qpdf', ['--check', join(dir, 'training-matrix.pdf')]);

    await valueOf(backend.invoke('training.exportMatrix', { format: 'xlsx' }));
    expect(readFileSync(join(dir, 'training-matrix.xlsx')).subarray(0, 2).toString()).toBe('PK');

    const session = await valueOf(backend.invoke('training.planSession', { courseId: await courseId(backend, 'QTM'), heldOn: '2026-12-10', location: 'Room B', hours: 2 }));
    const sheet = await valueOf(backend.invoke('training.signInSheet', { id: session.id }));
    const text = execFileSync('pdftotext', ['-layout', join(dir, sheet.fileName ?? ''), '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Sign-in sheet/);
    expect(text).toMatch(/Maria Alvarez[\s\S]*Hector Ramirez|Hector Ramirez[\s\S]*Maria Alvarez/);
    expect(text).toMatch(/Signature/);
  });

  it('files that open right: the matrix XLSX keeps text cells as text (a staff group named "2024" stays a string)', async () => {
    const dir = tempDir();
    const { backend } = await newStore({ dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) } });
    await valueOf(backend.invoke('settings.set', { staffGroups: ['2024'] }));
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Hector', lastName: 'Ramirez', staffGroup: '2024' })));
    await valueOf(backend.invoke('training.exportMatrix', { format: 'xlsx' }));
    const sheet = XLSX.read(readFileSync(join(dir, 'training-matrix.xlsx')), { type: 'buffer' }).Sheets['Training matrix'] as XLSX.WorkSheet;
    expect(sheet.B2).toMatchObject({ t: 's', v: '2024' });
    for (const address of Object.keys(sheet).filter((key) => !key.startsWith('!'))) expect((sheet[address] as XLSX.CellObject).t, address).toBe('s');
  });
});
