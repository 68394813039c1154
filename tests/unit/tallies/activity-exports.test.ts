import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { addTrainedMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';
import { tempDir } from '../../helpers/temp-dir';

/** Every cell of the first sheet as the text it holds, and the cell types SheetJS read. */
function sheetOf(file: string): { rows: string[][]; types: Set<string> } {
  const book = XLSX.read(readFileSync(file), { type: 'buffer' });
  const sheet = book.Sheets[book.SheetNames[0] ?? ''] as XLSX.WorkSheet;
  const types = new Set(Object.entries(sheet).filter(([key]) => !key.startsWith('!')).map(([, cell]) => (cell as XLSX.CellObject).t));
  return { rows: XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' }), types };
}

async function exportingStore() {
  const dir = tempDir();
  const store = await newStore({ dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) } });
  return { ...store, dir };
}

describe('the Coordinator\'s own spreadsheets of activity', () => {
  it('§6: a month\'s tallies as XLSX — status, contacts and hours of each member expected, as text; never concerns or referrals', async () => {
    const { backend, dir } = await exportingStore();
    const maria = await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez' });
    await addTrainedMember(backend, { firstName: 'Daniel', lastName: 'Okafor' });
    await valueOf(backend.invoke('tallies.submit', { memberId: maria.id, month: '2026-10', noContacts: false, contacts: { oneOnOne: 3, followUp: 1 }, hoursOnDuty: 4.5, referrals: { eap: 1 }, concerns: { grief: 1 } }));
    expect(await valueOf(backend.invoke('tallies.export', { month: '2026-10' }))).toEqual({ saved: true, fileName: 'tallies-2026-10.xlsx' });
    const { rows, types } = sheetOf(join(dir, 'tallies-2026-10.xlsx'));
    expect(rows).toEqual([
      ['Member', 'Staff group', 'Status', 'Submitted on', 'Contacts', 'Hours on duty', 'Hours off duty', 'Corrections'],
      ['Maria Alvarez', 'Adult Field Services', 'Late', '2026-11-22', '4', '4.5', '0', '0'],
      ['Daniel Okafor', 'Adult Field Services', 'Missing', '', '', '', '', ''],
    ]);
    expect([...types]).toEqual(['s']);
    expect(JSON.stringify(rows)).not.toMatch(/grief|EAP|concern|referral/i);
    expect((await valueOf(backend.invoke('audit.list', {}))).entries[0]).toMatchObject({ action: 'tallies.export', entityId: '2026-10' });
    expect(await backend.invoke('tallies.export', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('§3.B, §9: the overtime requests as XLSX with the manager\'s decisions', async () => {
    const { backend, dir } = await exportingStore();
    const member = await addTrainedMember(backend, { firstName: 'Lena', lastName: 'Hoang' });
    const first = await valueOf(backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-03', hours: 2, activity: 'defusing' }));
    await valueOf(backend.invoke('overtime.request', { memberId: member.id, workedOn: '2026-11-05', hours: 3, activity: 'peer-contact' }));
    await valueOf(backend.invoke('overtime.decide', { id: first.id, managerName: 'R. Castillo', decidedOn: '2026-11-04', decision: 'approved' }));
    expect(await valueOf(backend.invoke('overtime.export', {}))).toEqual({ saved: true, fileName: 'overtime-requests.xlsx' });
    const { rows, types } = sheetOf(join(dir, 'overtime-requests.xlsx'));
    expect(rows[0]).toEqual(['Member', 'Worked on', 'Hours', 'Activity', 'Incident', 'Decision', 'Manager', 'Decided on']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[5], r[6]]).sort()).toEqual([
      ['Lena Hoang', '2026-11-03', '2', 'Approved', 'R. Castillo'],
      ['Lena Hoang', '2026-11-05', '3', 'Pending', ''],
    ]);
    expect([...types]).toEqual(['s']);
  });
});
