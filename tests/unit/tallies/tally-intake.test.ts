import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/main/backend';
import type { Dialogs } from '../../../src/main/files/dialogs';
import { tallyFormFigures } from '../../../src/shared/tally-intake';
import { fillPdf, fillXlsx, type Filled } from '../../helpers/fill-tally-forms';
import { aMember } from '../../helpers/members';
import { openStoreDirectly } from '../../helpers/open-store-directly';
import { newStore, valueOf } from '../../helpers/test-backend';
import { tempDir } from '../../helpers/temp-dir';

/** The test day is 2026-11-22: October's tallies are being collected. */
const MONTH = '2026-10';
const NARRATIVE = 'Talked with Jane Roe about her divorce';

/** A store whose save dialog saves into `out` and whose folder dialog answers `chosen.folder`. */
async function intakeStore() {
  const out = tempDir();
  const chosen = { folder: tempDir() };
  const logged: string[] = [];
  const dialogs: Dialogs = { chooseSaveFile: async ({ defaultName }) => join(out, defaultName), chooseFolder: async () => chosen.folder, chooseOpenFile: async () => null };
  const store = await newStore({ dialogs, logError: (message) => logged.push(message) });
  return { ...store, out, chosen, logged };
}

async function addMembers(backend: Backend, count: number, overrides = {}): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) ids.push((await valueOf(backend.invoke('roster.create', aMember({ lastName: `Member${i}`, ...overrides })))).id);
  return ids;
}

/** The month's fillable PDF and workbook, as the Coordinator saves them to hand out. */
async function blankForms(backend: Backend, out: string, month = MONTH): Promise<{ pdf: Uint8Array; xlsx: Buffer }> {
  const pdf = await valueOf(backend.invoke('tallies.blankSheet', { month }));
  const xlsx = await valueOf(backend.invoke('tallies.blankWorkbook', { month }));
  return { pdf: readFileSync(join(out, pdf.fileName ?? '')), xlsx: readFileSync(join(out, xlsx.fileName ?? '')) };
}

/** Every text value of every table of the store, to prove a narrative never reached it. */
async function everyStoredText(dataDir: string): Promise<string> {
  const db = await openStoreDirectly(dataDir);
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    return tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())).join('\n');
  } finally {
    db.close();
  }
}

/** Member i's figures: every fifth says "no contacts". */
const figures = (i: number): Filled => (i % 5 === 4 ? { noContacts: 'x' } : { 'contacts.oneOnOne': i + 1, 'contacts.followUp': 2, hoursOnDuty: '3.5', 'referrals.eap': i % 2, 'concerns.grief': 1 });
const problemsOf = (entries: { fileName: string; problems: string[] }[]) => Object.fromEntries(entries.filter((e) => e.problems.length).map((e) => [e.fileName, e.problems]));

describe('§6 tallies without retyping: returned fillable forms and workbooks read in from a folder', () => {
  it('§6: a folder of 20 returned fillable PDFs and XLSX files, 3 of them wrong, imported in one go with the 3 listed and nothing else stored', async () => {
    const { backend, out, chosen, dataDir, logged } = await intakeStore();
    const ids = await addMembers(backend, 20);
    // Member 19 handed a paper sheet in already; their returned form comes too.
    await valueOf(backend.invoke('tallies.submit', { memberId: ids[19] ?? 0, month: MONTH, noContacts: false, contacts: { group: 7 } }));
    const october = await blankForms(backend, out);
    const september = await blankForms(backend, out, '2026-09');

    for (let i = 0; i < 20; i++) {
      const id = ids[i] ?? 0;
      let values = figures(i);
      if (i === 18) values = { 'contacts.oneOnOne': NARRATIVE, hoursOnDuty: 2 };
      const blank = i === 17 ? september : october;
      if (i % 2 === 0) writeFileSync(join(chosen.folder, `tally-${i}.pdf`), await fillPdf(blank.pdf, id, values));
      else writeFileSync(join(chosen.folder, `tally-${i}.xlsx`), fillXlsx(blank.xlsx, id, values));
    }

    const preview = await valueOf(backend.invoke('tallies.intakePreview', { month: MONTH }));
    expect(preview.entries).toHaveLength(20);
    expect(preview.valid).toBe(17);
    expect(problemsOf(preview.entries)).toEqual({
      'tally-17.xlsx': ['Wrong month: the form is for 2026-09, not 2026-10'],
      'tally-18.pdf': ['Text in a figure field (Contacts: One-on-one): only numbers are read'],
      'tally-19.xlsx': ['Already submitted: a tally of 2026-10 is stored for this member'],
    });
    expect(preview.entries.find((e) => e.fileName === 'tally-2.pdf')).toMatchObject({ memberId: ids[2], displayName: 'Maria Member2', month: MONTH, figures: { noContacts: false, contacts: 5, hoursOnDuty: 3.5, referrals: 0, concerns: 1 } });
    expect(JSON.stringify(preview)).not.toMatch(/Jane|divorce/);
    expect(await valueOf(backend.invoke('tallies.summary', { month: MONTH }))).toMatchObject({ tallies: 1 });

    const result = await valueOf(backend.invoke('tallies.intakeCommit', { month: MONTH, intakeId: preview.intakeId ?? 0 }));
    expect(result.stored.map((s) => s.memberId).sort((a, b) => a - b)).toEqual(ids.slice(0, 17).sort((a, b) => a - b));
    expect(problemsOf(result.refused)).toEqual(problemsOf(preview.entries));

    const month = await valueOf(backend.invoke('tallies.month', { month: MONTH }));
    const tallyOf = (i: number) => month.rows.find((r) => r.memberId === ids[i])?.tally ?? null;
    expect(tallyOf(1)).toMatchObject({ noContacts: false, contacts: { oneOnOne: 2, followUp: 2, group: 0 }, hoursOnDuty: 3.5, referrals: { eap: 1 }, concerns: { grief: 1 }, submittedOn: '2026-11-22' });
    expect(tallyOf(4)).toMatchObject({ noContacts: true, hoursOnDuty: 0 });
    expect(tallyOf(17)).toBeNull();
    expect(tallyOf(18)).toBeNull();
    expect(tallyOf(19)).toMatchObject({ contacts: { group: 7, oneOnOne: 0 } });
    expect((await valueOf(backend.invoke('tallies.month', { month: '2026-09' }))).rows.every((r) => r.tally === null)).toBe(true);

    const audit = await valueOf(backend.invoke('audit.list', { pageSize: 500 }));
    expect(audit.entries.filter((e) => e.action === 'tallies.intake')).toHaveLength(17);
    const stored = await everyStoredText(dataDir);
    expect(stored).not.toMatch(/Jane|divorce/);
    expect(logged.join('\n')).not.toMatch(/Jane|divorce/);
  });

  it('§6: a fillable form and a workbook made by the blank-sheet channels round-trip every figure', async () => {
    const { backend, out, chosen } = await intakeStore();
    const [pdfMember = 0, xlsxMember = 0] = await addMembers(backend, 2);
    const blank = await blankForms(backend, out);
    const values: Filled = Object.fromEntries(tallyFormFigures.map((figure, i) => [figure, figure.startsWith('hours') ? `${i}.25` : String(i + 1)]));
    writeFileSync(join(chosen.folder, 'a.pdf'), await fillPdf(blank.pdf, pdfMember, values));
    writeFileSync(join(chosen.folder, 'b.xlsx'), fillXlsx(blank.xlsx, xlsxMember, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)]))));
    const preview = await valueOf(backend.invoke('tallies.intakePreview', { month: MONTH }));
    expect(preview.entries.map((e) => e.problems)).toEqual([[], []]);
    await valueOf(backend.invoke('tallies.intakeCommit', { month: MONTH, intakeId: preview.intakeId ?? 0 }));
    const month = await valueOf(backend.invoke('tallies.month', { month: MONTH }));
    for (const id of [pdfMember, xlsxMember]) {
      const tally = month.rows.find((r) => r.memberId === id)?.tally;
      expect(tally?.contacts.oneOnOne).toBe(1);
      expect(tally?.contacts.hospitalVisit).toBe(8);
      expect(tally?.hoursOnDuty).toBe(8.25);
      expect(tally?.hoursOffDuty).toBe(9.25);
      expect(tally?.referrals.eap).toBe(11);
      expect(tally?.concerns.undisclosed).toBe(24);
    }
  });

  it('§6: the fillable form prints one page per expected member, counts only, with the day it is due', async () => {
    const { backend, out } = await intakeStore();
    await addMembers(backend, 3);
    await addMembers(backend, 1, { joinedOn: '2026-11-01' });
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Thị', lastName: 'Nguyễn' })));
    const saved = await valueOf(backend.invoke('tallies.blankSheet', { month: MONTH }));
    const file = join(out, saved.fileName ?? '');
    const pdf = await PDFDocument.load(readFileSync(file));
    expect(pdf.getPageCount()).toBe(4);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Peer supporter: Maria Member0/);
    // The form's font has no "ễ": the name prints without its accents.
    expect(text).toMatch(/Peer supporter: Thi Nguyen/);
    expect(text).toMatch(/Due to your supervisor and the Coordinator by November 10, 2026/);
    expect(text).toMatch(/Do not write names/);
    expect(text).toMatch(/One-on-one[\s\S]*Hospital visit[\s\S]*EAP/);
    const workbook = XLSX.read(readFileSync(join(out, (await valueOf(backend.invoke('tallies.blankWorkbook', { month: MONTH }))).fileName ?? '')), { type: 'buffer' });
    expect(workbook.SheetNames).toHaveLength(4);
  });

  it('§6: each wrong form is listed with its reason, and none of them is stored', async () => {
    const { backend, out, chosen } = await intakeStore();
    const ids = await addMembers(backend, 10);
    const [late = 0] = await addMembers(backend, 1, { joinedOn: '2026-11-01' });
    const blank = await blankForms(backend, out);
    const december = await blankForms(backend, out, '2026-12');
    const id = (i: number) => ids[i] ?? 0;
    const files: [string, Uint8Array | Buffer | string][] = [
      ['a-not-a-number.pdf', await fillPdf(blank.pdf, id(0), { 'contacts.group': '3/4' })],
      ['b-negative.xlsx', fillXlsx(blank.xlsx, id(1), { 'contacts.group': -2 })],
      ['c-out-of-bounds.pdf', await fillPdf(blank.pdf, id(2), { 'contacts.group': '1000' })],
      ['d-fraction.xlsx', fillXlsx(blank.xlsx, id(3), { 'contacts.group': 1.5 })],
      ['e-unknown-member.xlsx', fillXlsx(blank.xlsx, id(4), { 'contacts.group': 1 }, (sheet) => XLSX.utils.sheet_add_aoa(sheet, [['9999']], { origin: 'B4' }))],
      ['f-not-expected.xlsx', fillXlsx(blank.xlsx, id(5), { 'contacts.group': 1 }, (sheet) => XLSX.utils.sheet_add_aoa(sheet, [[String(late)]], { origin: 'B4' }))],
      ['g-future.pdf', await fillPdf(december.pdf, id(6), { 'contacts.group': 1 })],
      ['h-twice-1.pdf', await fillPdf(blank.pdf, id(7), { 'contacts.group': 1 })],
      ['h-twice-2.xlsx', fillXlsx(blank.xlsx, id(7), { 'contacts.group': 2 })],
      ['i-blank.pdf', blank.pdf],
      ['j-garbage.pdf', 'not a pdf at all'],
      ['k-notes.txt', NARRATIVE],
      ['l-no-contacts-text.xlsx', fillXlsx(blank.xlsx, id(8), { noContacts: NARRATIVE })],
      ['m-both.pdf', await fillPdf(blank.pdf, id(9), { noContacts: 'x', 'contacts.group': 2 })],
    ];
    for (const [name, bytes] of files) writeFileSync(join(chosen.folder, name), bytes);
    writeFileSync(join(chosen.folder, 'n-too-large.pdf'), Buffer.alloc(26 * 1024 * 1024));

    const preview = await valueOf(backend.invoke('tallies.intakePreview', { month: MONTH }));
    const problems = Object.fromEntries(preview.entries.map((e) => [e.fileName, e.problems.join('; ')]));
    expect(problems).toEqual({
      'a-not-a-number.pdf': 'Not a number (Contacts: Group)',
      'b-negative.xlsx': 'Negative (Contacts: Group)',
      'c-out-of-bounds.pdf': 'Out of bounds (Contacts: Group): at most 999',
      'd-fraction.xlsx': 'Not a whole number (Contacts: Group)',
      'e-unknown-member.xlsx': 'Unknown member (no. 9999)',
      'f-not-expected.xlsx': 'Not expected: not on the team in 2026-10',
      'g-future.pdf': 'Wrong month: 2026-12 is still to come',
      'h-twice-1.pdf': 'The same member and month twice in the folder',
      'h-twice-2.xlsx': 'The same member and month twice in the folder',
      'i-blank.pdf': 'Nothing filled in: no page or sheet holds a figure or "No contacts"',
      'j-garbage.pdf': 'Unreadable: not a PDF form or workbook PeerDesk can read',
      'k-notes.txt': 'Not a .pdf or .xlsx file',
      'l-no-contacts-text.xlsx': 'Text in a figure field ("No contacts this month"): only x is read',
      'm-both.pdf': '"No contacts" was ticked but counts or hours were entered',
      'n-too-large.pdf': 'Larger than 25 MB',
    });
    expect(preview.valid).toBe(0);
    expect(JSON.stringify(preview)).not.toMatch(/Jane|divorce/);
    const result = await valueOf(backend.invoke('tallies.intakeCommit', { month: MONTH, intakeId: preview.intakeId ?? 0 }));
    expect(result.stored).toEqual([]);
    expect(result.refused).toHaveLength(15);
    expect(await valueOf(backend.invoke('tallies.summary', { month: MONTH }))).toMatchObject({ tallies: 0 });
  });

  it('§6: a file changed or added after the preview is not stored, and an import is committed once', async () => {
    const { backend, out, chosen } = await intakeStore();
    const [a = 0, b = 0, c = 0] = await addMembers(backend, 3);
    const blank = await blankForms(backend, out);
    writeFileSync(join(chosen.folder, 'a.pdf'), await fillPdf(blank.pdf, a, { 'contacts.group': 1 }));
    writeFileSync(join(chosen.folder, 'b.pdf'), await fillPdf(blank.pdf, b, { 'contacts.group': 1 }));
    const preview = await valueOf(backend.invoke('tallies.intakePreview', { month: MONTH }));
    expect(preview.valid).toBe(2);
    writeFileSync(join(chosen.folder, 'b.pdf'), await fillPdf(blank.pdf, b, { 'contacts.group': 9 }));
    writeFileSync(join(chosen.folder, 'c.xlsx'), fillXlsx(blank.xlsx, c, { 'contacts.group': 1 }));
    const result = await valueOf(backend.invoke('tallies.intakeCommit', { month: MONTH, intakeId: preview.intakeId ?? 0 }));
    expect(result.stored.map((s) => s.fileName)).toEqual(['a.pdf']);
    expect(Object.fromEntries(result.refused.map((e) => [e.fileName, e.problems]))).toEqual({
      'b.pdf': ['Changed since the preview: preview the folder again'],
      'c.xlsx': ['Not in the preview: preview the folder again'],
    });
    expect(await backend.invoke('tallies.intakeCommit', { month: MONTH, intakeId: preview.intakeId ?? 0 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('§3.E: a form for a month already reviewed is listed, to be entered in the grid with a reason', async () => {
    const { backend, out, chosen } = await intakeStore();
    const [a = 0] = await addMembers(backend, 1);
    const blank = await blankForms(backend, out);
    await valueOf(backend.invoke('tallies.review', { month: MONTH }));
    writeFileSync(join(chosen.folder, 'a.pdf'), await fillPdf(blank.pdf, a, { 'contacts.group': 1 }));
    const preview = await valueOf(backend.invoke('tallies.intakePreview', { month: MONTH }));
    expect(preview.entries.map((e) => e.problems)).toEqual([['2026-10 was reviewed (§3.E): enter this tally in the grid, with a reason']]);
  });

  it('§6: a cancelled folder dialog reads nothing; a folder of more files than the bound is refused whole', async () => {
    const { backend, chosen } = await intakeStore();
    const cancelled = await newStore({ dialogs: { chooseSaveFile: async () => null, chooseFolder: async () => null, chooseOpenFile: async () => null } });
    expect(await valueOf(cancelled.backend.invoke('tallies.intakePreview', { month: MONTH }))).toMatchObject({ intakeId: null, entries: [] });
    mkdirSync(join(chosen.folder, 'sub'));
    writeFileSync(join(chosen.folder, 'x.pdf'), 'x');
    for (let i = 0; i < 500; i++) copyFileSync(join(chosen.folder, 'x.pdf'), join(chosen.folder, `f${i}.pdf`));
    expect(await backend.invoke('tallies.intakePreview', { month: MONTH })).toMatchObject({ ok: false, error: { code: 'validation', message: 'The folder holds 501 files; at most 500 are read at once.' } });
  });
});
