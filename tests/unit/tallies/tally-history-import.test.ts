import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { monthsFrom, type Month } from '../../../src/shared/calendar';
import { aMember } from '../../helpers/members';
import { newStore, valueOf } from '../../helpers/test-backend';
import type { Backend } from '../../../src/main/backend';

/** The test clock's day is 2026-11-22: October 2026 is the last month that has ended. */
const csvFile = (text: string, fileName = 'history.csv') => ({ fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64') });

function xlsxFile(rows: unknown[][], fileName = 'history.xlsx') {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Tallies');
  return { fileName, contentBase64: (XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64') };
}

async function addMembers(backend: Backend, names: [string, string][], joinedOn = '2021-01-11') {
  const ids: number[] = [];
  for (const [firstName, lastName] of names) ids.push((await valueOf(backend.invoke('roster.create', aMember({ firstName, lastName, joinedOn })))).id);
  return ids;
}

/** A fixed sequence of small numbers, so the file is the same on every run. */
function sequence(seed: number) {
  let state = seed;
  return (max: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % (max + 1);
  };
}

const team: [string, string][] = [
  ['Maria', 'Alvarez'],
  ['Daniel', 'Okafor'],
  ['Lena', 'Hoang'],
  ['Sam', 'Reyes'],
];

const header = ['Member', 'Month', 'One-on-one', 'Group', 'Follow-up', 'Hours on duty', 'Hours off duty', 'EAP', 'Clinician', 'Grief', 'Workplace', 'Suicide risk'];

/** Five years (2021-11 to 2026-10) × four members; the month written the ways spreadsheets write it. */
function fiveYears() {
  const next = sequence(42);
  const months = monthsFrom('2021-11', '2026-10');
  const rows: unknown[][] = [header];
  const sums = { oneOnOne: 0, group: 0, followUp: 0, hoursOnDuty: 0, hoursOffDuty: 0, eap: 0, clinician: 0, grief: 0, workplace: 0, suicideRisk: 0 };
  const byMonth = new Map<Month, { contacts: number; grief: number; workplace: number }>();
  months.forEach((month, m) => {
    const [year, mm] = month.split('-').map(Number) as [number, number];
    for (const [first, last] of team) {
      const figures = {
        oneOnOne: 1 + next(4),
        group: next(2),
        followUp: next(3),
        hoursOnDuty: next(8) + 0.5,
        hoursOffDuty: next(4) * 0.25,
        eap: next(2),
        clinician: next(1),
        grief: 1 + next(2),
        workplace: 1 + next(2),
        // One report of suicide risk in five years: a count of 1, for the small-cell rule.
        suicideRisk: month === '2023-06' && first === 'Maria' ? 1 : 0,
      };
      for (const key of Object.keys(sums) as (keyof typeof sums)[]) sums[key] += figures[key];
      const seen = byMonth.get(month) ?? { contacts: 0, grief: 0, workplace: 0 };
      byMonth.set(month, { contacts: seen.contacts + figures.oneOnOne + figures.group + figures.followUp, grief: seen.grief + figures.grief, workplace: seen.workplace + figures.workplace });
      const monthCell = [month, `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mm - 1]} ${year}`, new Date(year, mm - 1, 15), `${mm}/${year}`][m % 4];
      rows.push([`${first} ${last}`, monthCell, figures.oneOnOne, figures.group, figures.followUp, figures.hoursOnDuty, figures.hoursOffDuty, figures.eap, figures.clinician, figures.grief, figures.workplace, figures.suicideRisk]);
    }
  });
  return { rows, sums, byMonth, tallies: months.length * team.length };
}

describe('the history a program already has: earlier tallies imported (§6)', () => {
  it('§6: five years of tallies from an XLSX file are previewed, imported and show in the period report, the trend and the submission record', async () => {
    const { backend } = await newStore();
    await addMembers(backend, team);
    const { rows, sums, byMonth, tallies } = fiveYears();
    const file = xlsxFile(rows);

    const preview = await valueOf(backend.invoke('tallies.historyPreview', file));
    expect(preview.mapping).toMatchObject({ member: 'Member', month: 'Month', 'contacts.oneOnOne': 'One-on-one', 'contacts.group': 'Group', 'contacts.followUp': 'Follow-up', hoursOnDuty: 'Hours on duty', hoursOffDuty: 'Hours off duty', 'referrals.eap': 'EAP', 'referrals.clinician': 'Clinician', 'concerns.grief': 'Grief', 'concerns.workplace': 'Workplace', 'concerns.suicideRisk': 'Suicide risk' });
    expect(preview).toMatchObject({ validCount: tallies, invalidCount: 0 });
    // The preview wrote nothing.
    expect((await valueOf(backend.invoke('reports.period', { from: '2021-11', to: '2026-10' }))).current.contactsTotal).toBe(0);

    expect(await valueOf(backend.invoke('tallies.historyCommit', { ...file, mapping: preview.mapping, mode: 'all-or-nothing' }))).toEqual({ imported: tallies, skipped: 0 });
    expect((await valueOf(backend.invoke('audit.list', {}))).entries[0]).toMatchObject({ action: 'tallies.import', entityId: `${tallies} tallies` });

    const report = await valueOf(backend.invoke('reports.period', { from: '2021-11', to: '2026-10' }));
    expect(report.current).toMatchObject({
      contactsTotal: sums.oneOnOne + sums.group + sums.followUp,
      contacts: { oneOnOne: sums.oneOnOne, group: sums.group, followUp: sums.followUp, onScene: 0 },
      hoursOnDuty: sums.hoursOnDuty,
      hoursOffDuty: sums.hoursOffDuty,
      referralsTotal: sums.eap + sums.clinician,
    });
    // Each year of the five is there: the months a year earlier are in the report's comparison too.
    const lastYear = await valueOf(backend.invoke('reports.period', { from: '2025-11', to: '2026-10' }));
    const yearSum = monthsFrom('2025-11', '2026-10').reduce((s, m) => s + (byMonth.get(m)?.contacts ?? 0), 0);
    const yearBefore = monthsFrom('2024-11', '2025-10').reduce((s, m) => s + (byMonth.get(m)?.contacts ?? 0), 0);
    expect([lastYear.current.contactsTotal, lastYear.previousYear.contactsTotal]).toEqual([yearSum, yearBefore]);

    // §6 disclosure control still applies: the one report of suicide risk is hidden, and so is
    // the smallest other count of its month (grief or workplace), which then prints as "at least".
    const concerns = report.breakdowns.find((b) => b.title === 'Contacts by concern');
    expect(concerns?.total).toBe(sums.grief + sums.workplace + sums.suicideRisk);
    const shown = Object.fromEntries((concerns?.cells ?? []).map((c) => [c.label, c.shown]));
    expect(shown['Suicide risk']).toBe('x');
    const june = byMonth.get('2023-06') ?? { grief: 0, workplace: 0 };
    const griefHidden = june.grief <= june.workplace;
    expect(shown.Grief).toBe(griefHidden ? `≥ ${sums.grief - june.grief}` : String(sums.grief));
    expect(shown.Workplace).toBe(griefHidden ? String(sums.workplace) : `≥ ${sums.workplace - june.workplace}`);
    expect(report.breakdowns.find((b) => b.title === 'Referrals by destination')?.total).toBe(sums.eap + sums.clinician);

    // Earlier tallies did not come in late: they count as in by their due day, nobody is named late or missing.
    expect(report.submissions).toMatchObject({ onTime: tallies, late: 0, missing: 0, lateNames: [], missingNames: [] });

    // The dashboard's twelve months of activity are filled from the history.
    const dashboard = await valueOf(backend.invoke('dashboard.today', {}));
    for (const month of monthsFrom('2025-12', '2026-10')) expect(dashboard.trend.find((t) => t.month === month)?.contacts, month).toBe(byMonth.get(month)?.contacts);
  });

  it('§6 counts only: text in a figure cell is refused, never stored, and not repeated in the preview', async () => {
    const { backend } = await newStore();
    await addMembers(backend, team);
    const text = ['Member,Month,One-on-one,Hours on duty', 'Maria Alvarez,2026-08,3,2', "Daniel Okafor,2026-08,2 (his wife's illness),1", 'Lena Hoang,2026-08,three,1', 'Sam Reyes,2026-08,-1,1', 'Sam Reyes,2026-07,1.5,1'].join('\n');
    const preview = await valueOf(backend.invoke('tallies.historyPreview', csvFile(text)));
    expect(preview.rows.map((r) => [r.rowNumber, r.errors.map((e) => e.field)])).toEqual([
      [2, []],
      [3, ['contacts.oneOnOne']],
      [4, ['contacts.oneOnOne']],
      [5, ['contacts.oneOnOne']],
      [6, ['contacts.oneOnOne']],
    ]);
    expect(preview.rows[1]?.errors[0]?.message).toMatch(/Not a number/);
    expect(preview.rows[3]?.errors[0]?.message).toMatch(/negative/);
    expect(preview.rows[4]?.errors[0]?.message).toMatch(/Whole numbers/);
    expect(JSON.stringify(preview)).not.toMatch(/illness|three/);

    expect(await valueOf(backend.invoke('tallies.historyCommit', { ...csvFile(text), mapping: preview.mapping, mode: 'valid-rows' }))).toEqual({ imported: 1, skipped: 4 });
    const august = await valueOf(backend.invoke('tallies.month', { month: '2026-08' }));
    expect(august.rows.filter((r) => r.tally).map((r) => [r.displayName, r.tally?.contacts.oneOnOne])).toEqual([['Maria Alvarez', 3]]);
  });

  it('§6: a tally already entered is never replaced by an import, nor a month imported twice', async () => {
    const { backend } = await newStore();
    const [maria] = await addMembers(backend, team);
    await valueOf(backend.invoke('tallies.submit', { memberId: maria ?? 0, month: '2026-09', noContacts: false, contacts: { oneOnOne: 5 } }));
    const text = ['First name,Last name,Month,One-on-one', 'maria,ALVAREZ,2026-09,9', 'Daniel,Okafor,Sep 2026,4', 'Daniel,Okafor,2026-09,4'].join('\n');
    const preview = await valueOf(backend.invoke('tallies.historyPreview', csvFile(text)));
    expect(preview.mapping).toMatchObject({ firstName: 'First name', lastName: 'Last name' });
    expect(preview.rows.map((r) => r.errors.map((e) => e.message))).toEqual([[expect.stringMatching(/already entered; it is not replaced/)], [], [expect.stringMatching(/same member and month as row 3/)]]);
    expect(await valueOf(backend.invoke('tallies.historyCommit', { ...csvFile(text), mapping: preview.mapping, mode: 'valid-rows' }))).toEqual({ imported: 1, skipped: 2 });
    const september = await valueOf(backend.invoke('tallies.month', { month: '2026-09' }));
    expect(september.rows.filter((r) => r.tally).map((r) => [r.displayName, r.tally?.contacts.oneOnOne])).toEqual([
      ['Maria Alvarez', 5],
      ['Daniel Okafor', 4],
    ]);
    // The same file again: every row is now already there.
    expect(await valueOf(backend.invoke('tallies.historyPreview', csvFile(text)))).toMatchObject({ validCount: 0, invalidCount: 3 });
  });

  it('§6 "all or nothing": one bad row and nothing is written', async () => {
    const { backend } = await newStore();
    await addMembers(backend, team);
    const text = ['Member,Month,One-on-one', 'Maria Alvarez,2026-06,3', 'Daniel Okafor,2026-06,2', 'Nobody Here,2026-06,1'].join('\n');
    const preview = await valueOf(backend.invoke('tallies.historyPreview', csvFile(text)));
    expect(preview).toMatchObject({ validCount: 2, invalidCount: 1 });
    expect(preview.rows[2]?.errors).toEqual([{ field: 'member', message: 'No member named "Nobody Here" on the roster' }]);
    const result = await backend.invoke('tallies.historyCommit', { ...csvFile(text), mapping: preview.mapping, mode: 'all-or-nothing' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: /1 of 3 rows have errors, so nothing was imported/ } });
    expect((await valueOf(backend.invoke('tallies.month', { month: '2026-06' }))).rows.filter((r) => r.tally)).toEqual([]);
    expect((await valueOf(backend.invoke('audit.list', {}))).entries.some((e) => e.action === 'tallies.import')).toBe(false);
  });

  it('§6: only months that have ended, of a member on the team then; a month reviewed (§3.E) is corrected by hand', async () => {
    const { backend } = await newStore();
    await addMembers(backend, [['Maria', 'Alvarez']], '2024-03-20');
    await valueOf(backend.invoke('tallies.review', { month: '2025-05' }));
    const text = ['Member,Month,One-on-one', 'Maria Alvarez,2026-11,1', 'Maria Alvarez,2026-12,1', 'Maria Alvarez,2024-02,1', 'Maria Alvarez,2024-03,1', 'Maria Alvarez,2025-05,1', 'Maria Alvarez,Smarch 2025,1', 'Maria Alvarez,,1'].join('\n');
    const preview = await valueOf(backend.invoke('tallies.historyPreview', csvFile(text)));
    expect(preview.rows.map((r) => r.errors.map((e) => e.message))).toEqual([
      [expect.stringMatching(/2026-11 has not ended/)],
      [expect.stringMatching(/2026-12 has not ended/)],
      [expect.stringMatching(/Before the member joined the team \(2024-03-20\)/)],
      [],
      [expect.stringMatching(/2025-05 was reviewed \(§3.E\)/)],
      [expect.stringMatching(/is not a month/)],
      ['Needed, and this cell is empty'],
    ]);
  });

  it('§6: a day received kept by the old records sets on time or late; without one the tally is in by its due day', async () => {
    const { backend } = await newStore();
    await addMembers(backend, [['Maria', 'Alvarez'], ['Daniel', 'Okafor']]);
    const text = ['Member,Month,Received on,One-on-one', 'Maria Alvarez,2026-05,2026-06-25,2', 'Daniel Okafor,2026-05,,0'].join('\n');
    const preview = await valueOf(backend.invoke('tallies.historyPreview', csvFile(text)));
    await valueOf(backend.invoke('tallies.historyCommit', { ...csvFile(text), mapping: preview.mapping, mode: 'all-or-nothing' }));
    const may = await valueOf(backend.invoke('tallies.month', { month: '2026-05' }));
    expect(may.rows.map((r) => [r.displayName, r.status, r.tally?.submittedOn, r.tally?.noContacts])).toEqual([
      ['Maria Alvarez', 'late', '2026-06-25', false],
      ['Daniel Okafor', 'on-time', '2026-06-10', true],
    ]);
  });

  it('§6: a member is found by first or preferred name and last name; two of one name are told apart by a phone, or the row says a phone is needed', async () => {
    const { backend } = await newStore();
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Ana', lastName: 'Cruz', workPhone: '(707) 555-0101', joinedOn: '2024-01-01' })));
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Ana', lastName: 'Cruz', workPhone: '(707) 555-0199', joinedOn: '2024-01-01' })));
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Robert', preferredName: 'Bob', lastName: 'Lee', joinedOn: '2024-01-01' })));
    const text = ['Member,Phone,Month,One-on-one', '"Cruz, Ana",707-555-0199,2026-01,2', 'Ana Cruz,,2026-01,1', 'bob lee,,2026-01,1', 'Cruz,,2026-01,1'].join('\n');
    const preview = await valueOf(backend.invoke('tallies.historyPreview', csvFile(text)));
    expect(preview.rows.map((r) => r.errors.map((e) => e.message))).toEqual([
      [],
      [expect.stringMatching(/2 members are named Ana Cruz: add a phone column/)],
      [],
      ['No member named "Cruz" on the roster'],
    ]);
    expect(preview.rows[2]?.displayName).toBe('Bob Lee — 2026-01');
  });
});
