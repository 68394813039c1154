import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { aMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';
import { toCsv } from '../../../src/main/documents/csv';
import { tempDir } from '../../helpers/temp-dir';

const csvFile = (text: string) => ({ fileName: 'team.csv', contentBase64: Buffer.from(text, 'utf8').toString('base64') });

const teamCsv = [
  'First Name,Last Name,Sworn,Staff Group,Work Phone,Cell,Joined,Languages,Consent',
  'Maria,Alvarez,yes,Adult Field Services,(707) 555-0111,,2023-04-01,English; Spanish,yes',
  'Daniel,Okafor,no,Juvenile Hall,707-555-0113,707-555-0114,4/15/2022,English,no',
  ',Nameless,yes,Adult Field Services,(707) 555-0115,,2023-04-01,English,yes',
  'Tess,Wong,maybe,Astronauts,call me,,someday,English,yes',
  'Maria,Alvarez,yes,Adult Field Services,(707) 555-0111,,2023-04-01,English,yes',
].join('\n');

describe('importing the existing team (CSV/XLSX)', () => {
  it('suggests a column mapping and reports per-row errors without writing anything', async () => {
    const { backend } = await newStore();
    const preview = await valueOf(backend.invoke('roster.importPreview', csvFile(teamCsv)));
    expect(preview.mapping).toMatchObject({ firstName: 'First Name', lastName: 'Last Name', sworn: 'Sworn', staffGroup: 'Staff Group', workPhone: 'Work Phone', mobilePhone: 'Cell', joinedOn: 'Joined', languages: 'Languages', listingConsent: 'Consent' });
    expect(preview).toMatchObject({ validCount: 2, invalidCount: 3 });
    const byRow = Object.fromEntries(preview.rows.map((r) => [r.rowNumber, r.errors.map((e) => e.field).sort()]));
    expect(byRow).toEqual({ 2: [], 3: [], 4: ['firstName'], 5: ['joinedOn', 'staffGroup', 'sworn', 'workPhone'].sort(), 6: ['lastName'] });
    expect((await valueOf(backend.invoke('roster.list', {}))).members).toEqual([]);
  });

  it('"all or nothing" imports nothing when any row has an error', async () => {
    const { backend } = await newStore();
    const preview = await valueOf(backend.invoke('roster.importPreview', csvFile(teamCsv)));
    const result = await backend.invoke('roster.importCommit', { ...csvFile(teamCsv), mapping: preview.mapping, mode: 'all-or-nothing' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: /3 of 5 rows have errors, so nothing was imported/ } });
    expect((await valueOf(backend.invoke('roster.list', {}))).members).toEqual([]);
  });

  it('"valid rows" imports exactly the valid rows as existing members, in one audited step', async () => {
    const { backend } = await newStore();
    const preview = await valueOf(backend.invoke('roster.importPreview', csvFile(teamCsv)));
    expect(await valueOf(backend.invoke('roster.importCommit', { ...csvFile(teamCsv), mapping: preview.mapping, mode: 'valid-rows' }))).toEqual({ imported: 2, skipped: 3 });
    const members = (await valueOf(backend.invoke('roster.list', {}))).members;
    expect(members.map((m) => [m.displayName, m.sworn, m.joinedOn, m.existingMember, m.listingConsent])).toEqual([
      ['Maria Alvarez', true, '2023-04-01', true, true],
      ['Daniel Okafor', false, '2022-04-15', true, false],
    ]);
    expect((await valueOf(backend.invoke('audit.list', {}))).entries[0]).toMatchObject({ action: 'roster.import', entityId: '2 members' });
    // Importing the same file again finds them on the roster already.
    const again = await valueOf(backend.invoke('roster.importPreview', csvFile(teamCsv)));
    expect(again.validCount).toBe(0);
  });

  it('reads an Excel workbook, dates included', async () => {
    const { backend } = await newStore();
    const sheet = XLSX.utils.aoa_to_sheet([
      ['First name', 'Last name', 'Sworn', 'Staff group', 'Work phone', 'Joined team'],
      ['Lena', 'Hoang', 'Yes', 'Juvenile Hall', '(707) 555-0117', new Date(Date.UTC(2024, 8, 9))],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Team');
    const file = { fileName: 'team.xlsx', contentBase64: (XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64') };
    const preview = await valueOf(backend.invoke('roster.importPreview', file));
    expect(preview).toMatchObject({ validCount: 1, invalidCount: 0 });
    await valueOf(backend.invoke('roster.importCommit', { ...file, mapping: preview.mapping, mode: 'all-or-nothing' }));
    expect((await valueOf(backend.invoke('roster.list', {}))).members[0]).toMatchObject({ displayName: 'Lena Hoang', joinedOn: '2024-09-09' });
  });

  it('rejects a file that is not a spreadsheet or not .csv/.xlsx', async () => {
    const { backend } = await newStore();
    expect(await backend.invoke('roster.importPreview', { fileName: 'team.docx', contentBase64: 'AAAA' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await backend.invoke('roster.importPreview', { fileName: 'team.xlsx', contentBase64: Buffer.from('not a zip').toString('base64') })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe("the Coordinator's roster export", () => {
  it('saves CSV and XLSX where main’s save dialog says, without administrative notes', async () => {
    const dir = tempDir();
    const { backend } = await newStore({ dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) } });
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Maria', lastName: 'Alvarez', adminNote: 'Prefers texts' })));
    expect(await valueOf(backend.invoke('roster.export', { format: 'csv' }))).toEqual({ saved: true, fileName: 'peer-support-roster.csv' });
    const csv = readFileSync(join(dir, 'peer-support-roster.csv'), 'utf8');
    expect(csv).toContain('Maria,Alvarez');
    expect(csv).not.toContain('Prefers texts');
    await valueOf(backend.invoke('roster.export', { format: 'xlsx' }));
    const book = XLSX.read(readFileSync(join(dir, 'peer-support-roster.xlsx')), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets.Roster as XLSX.WorkSheet);
    expect(rows[0]).toMatchObject({ 'First name': 'Maria', 'Last name': 'Alvarez', Status: 'Training pending', Deployable: 'No' });
  });

  it('a cancelled save dialog saves nothing', async () => {
    const { backend } = await newStore();
    expect(await valueOf(backend.invoke('roster.export', { format: 'csv' }))).toEqual({ saved: false, fileName: null });
  });

  it('guards spreadsheet formulas in CSV cells', async () => {
    const dir = tempDir();
    const { backend } = await newStore({ dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) } });
    await valueOf(backend.invoke('roster.create', aMember({ jobTitle: '=HYPERLINK("http://x")' })));
    await valueOf(backend.invoke('roster.export', { format: 'csv' }));
    expect(readFileSync(join(dir, 'peer-support-roster.csv'), 'utf8')).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('files that open right: CSV begins with a UTF-8 byte-order mark, so Excel reads "José Peña" and not "JosÃ©"', async () => {
    const dir = tempDir();
    const { backend } = await newStore({ dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) } });
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'José', lastName: 'Peña' })));
    await valueOf(backend.invoke('roster.export', { format: 'csv' }));
    const bytes = readFileSync(join(dir, 'peer-support-roster.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toMatch(/^First name,Last name,/);
    expect(bytes.toString('utf8')).toContain('José,Peña');
  });

  it('files that open right: a cell holding a semicolon is quoted, so a semicolon-separated locale keeps it in one cell', async () => {
    const dir = tempDir();
    const { backend } = await newStore({ dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) } });
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Maria', lastName: 'Alvarez', languages: ['English', 'Spanish'], workLocation: 'Annex; room 7' })));
    await valueOf(backend.invoke('roster.export', { format: 'csv' }));
    const csv = readFileSync(join(dir, 'peer-support-roster.csv'), 'utf8');
    expect(csv).toContain(',"Annex; room 7",');
    expect(csv).toContain(',"English; Spanish",');
  });

  it('files that open right: RFC 4180 quoting of comma, semicolon, quote and line breaks; the formula guard kept; NUL refused', () => {
    expect(toCsv([['a,b', 'c;d', 'say "hi"', 'one\ntwo', 'three\r\nfour', 'plain']])).toBe('\uFEFF"a,b","c;d","say ""hi""","one\ntwo","three\r\nfour",plain\r\n');
    expect(toCsv([['=1+1', '+1', '-1', '@SUM(A1)', '\tx']])).toBe("\uFEFF'=1+1,'+1,'-1,'@SUM(A1),'\tx\r\n");
    expect(toCsv([['=A1;B1']])).toBe(`\uFEFF"'=A1;B1"\r\n`);
    expect(() => toCsv([['ok', 'a\u0000b']])).toThrow(/NUL/);
  });

  it('a roster CSV exported by PeerDesk (with its byte-order mark) imports again with every column recognised', async () => {
    const dir = tempDir();
    const { backend } = await newStore({ dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) } });
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'José', lastName: 'Peña' })));
    await valueOf(backend.invoke('roster.export', { format: 'csv' }));
    const exported = readFileSync(join(dir, 'peer-support-roster.csv'));
    const preview = await valueOf(backend.invoke('roster.importPreview', { fileName: 'roster.csv', contentBase64: exported.toString('base64') }));
    expect(preview.columns[0]).toBe('First name');
    expect(preview.mapping).toMatchObject({ firstName: 'First name', lastName: 'Last name' });
    expect(preview.rows[0]).toMatchObject({ displayName: 'José Peña' });
  });

  it('files that open right: XLSX keeps text cells as text: numbers, dates and formulas typed by the Coordinator stay strings', async () => {
    const dir = tempDir();
    const { backend } = await newStore({ dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) } });
    await valueOf(backend.invoke('roster.create', aMember({ preferredName: '1e5', jobTitle: '0012', workLocation: '=SUM(A1:A9)', lastName: '2024-05-06' })));
    await valueOf(backend.invoke('roster.export', { format: 'xlsx' }));
    const sheet = XLSX.read(readFileSync(join(dir, 'peer-support-roster.xlsx')), { type: 'buffer' }).Sheets.Roster as XLSX.WorkSheet;
    const header = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0] ?? [];
    const cell = (name: string) => sheet[XLSX.utils.encode_cell({ r: 1, c: header.indexOf(name) })] as XLSX.CellObject;
    for (const [name, value] of [['Preferred name', '1e5'], ['Job title', '0012'], ['Work location', '=SUM(A1:A9)'], ['Last name', '2024-05-06'], ['Hire date', '2012-03-05']] as const) {
      expect(cell(name), name).toMatchObject({ t: 's', v: value });
      expect(cell(name).f, name).toBeUndefined();
    }
  });
});
