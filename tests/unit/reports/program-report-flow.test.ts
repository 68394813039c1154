import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programReportPdf } from '../../../src/main/documents/pdf/program-report-pdf';
import { renderPdf } from '../../../src/main/documents/pdf/render-pdf';
import type { Dialogs } from '../../../src/main/files/dialogs';
import { addTrainedMember } from '../../helpers/members';
import { openStoreDirectly } from '../../helpers/open-store-directly';
import { tempDir } from '../../helpers/temp-dir';
import { newStore, valueOf } from '../../helpers/test-backend';

const saveInto = (dir: string): Dialogs => ({ chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) });
/** The PDF's text with runs of white space made one space, so a name broken only by layout still reads whole. */
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/**
 * A program of `size` members who joined before October 2026: `late` of them handed October's
 * tally in after its due day (through the channel), the rest never did. Members are written
 * straight into the store so that thousands take a moment.
 */
async function programWithoutTallies(size: number, late: number) {
  const dir = tempDir();
  const store = await newStore({ dialogs: saveInto(dir) });
  const lateMembers = [];
  for (let i = 0; i < late; i++) lateMembers.push(await addTrainedMember(store.backend, { firstName: 'Late', lastName: `Tallier${String(i).padStart(4, '0')}` }));
  for (const member of lateMembers) {
    await valueOf(store.backend.invoke('tallies.submit', { memberId: member.id, month: '2026-10', noContacts: true, contacts: {}, hoursOnDuty: 0, hoursOffDuty: 0, concerns: {} }));
  }
  const db = await openStoreDirectly(store.dataDir);
  const insert = db.prepare(
    "INSERT INTO members (first_name, last_name, sworn, staff_group, full_time, joined_on, after_hours_available, listing_consent, existing_member, created_at, updated_at) VALUES (?, ?, 1, 'Adult Field Services', 1, '2025-01-15', 0, 0, 1, '2025-01-15T09:00:00.000Z', '2025-01-15T09:00:00.000Z')",
  );
  const active = db.prepare(
    "INSERT INTO member_status_changes (member_id, status, effective_on, recorded_by, recorded_at) VALUES (?, 'active', '2025-01-15', 'coordinator', '2025-01-15T09:00:00.000Z')",
  );
  const missing: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < size - late; i++) {
      const last = `Absent${String(i).padStart(5, '0')}`;
      active.run(insert.run('Miss', last).lastInsertRowid);
      missing.push(`Miss ${last}`);
    }
  })();
  db.close();
  return { ...store, dir, missing, late: lateMembers.map((m) => m.displayName) };
}

async function monthlyText(size: number, late: number) {
  const program = await programWithoutTallies(size, late);
  const report = await valueOf(program.backend.invoke('reports.monthly', { month: '2026-10' }));
  expect(report.submissions).toMatchObject({ late, missing: size - late });
  const saved = await valueOf(program.backend.invoke('reports.saveMonthly', { month: '2026-10' }));
  return { ...program, text: pdfText(join(program.dir, saved.fileName ?? '')) };
}

/** How many pages carry `heading` (each page's text is separated by a form feed). */
const pagesWith = (text: string, heading: string) => text.split('\f').filter((page) => page.includes(heading)).length;

describe('§6 the monthly summary flows over as many pages as its lists need', () => {
  it('§6: with 500 members and October’s tallies missing, the "Tally submissions" section and every late and missing name are printed, the list heading repeated on each page', async () => {
    const { text, missing, late } = await monthlyText(500, 5);
    expect(text).toContain('Tally submissions (§6)');
    for (const name of late) expect(text).toContain(name);
    for (const name of missing) expect(text).toContain(name);
    expect(pagesWith(text, 'Missing tallies (§6)')).toBeGreaterThan(1);
    expect(text).toMatch(/Missing\s+495\b/);
  });

  it('§6: with 5000 members the section and all 5000 names are printed, across pages', { timeout: 60_000 }, async () => {
    const { text, missing, late } = await monthlyText(5000, 3);
    expect(text).toContain('Tally submissions (§6)');
    for (const name of late) expect(text).toContain(name);
    const printed = new Set(text.match(/Miss Absent\d{5}/g));
    expect(missing.filter((name) => !printed.has(name))).toEqual([]);
    expect(pagesWith(text, 'Missing tallies (§6)')).toBeGreaterThan(10);
    expect(text).toMatch(/Page \d+ of \d+ — Confidential — statistical information only/);
  });
});

describe('§4.I, §7 the other lists of the summary flow too', () => {
  it('§4.I, §7: 5000 members at risk of inactivity and 60 staff groups affected by incidents are all printed, each list’s heading repeated on the pages it runs onto', { timeout: 60_000 }, async () => {
    const { backend } = await newStore();
    const report = await valueOf(backend.invoke('reports.monthly', { month: '2026-10' }));
    const atRisk = Array.from({ length: 5000 }, (_, i) => `Risk Member${String(i).padStart(5, '0')}`);
    const groups = Array.from({ length: 60 }, (_, i) => ({ label: `Staff group ${String(i).padStart(2, '0')}`, shown: String(5 + i) }));
    const byGroup = { title: 'Incidents by staff group affected', totalLabel: 'Total by group', total: groups.reduce((s, g) => s + Number(g.shown), 0), cells: groups };
    const file = join(tempDir(), 'summary.pdf');
    writeFileSync(file, await renderPdf(programReportPdf({ ...report, team: { ...report.team, atRisk }, breakdowns: [...report.breakdowns.slice(0, 2), byGroup] })));
    const text = pdfText(file);
    const printed = new Set(text.match(/Risk Member\d{5}/g));
    expect(atRisk.filter((name) => !printed.has(name))).toEqual([]);
    expect(pagesWith(text, 'At risk under §4.I (one more missed session) — 5000')).toBeGreaterThan(10);
    for (const group of groups) expect(text).toMatch(new RegExp(`${group.label}\\s+${group.shown}\\b`));
    expect(pagesWith(text, 'Incidents by staff group affected')).toBeGreaterThan(1);
    expect(text).toContain('Tally submissions (§6)');
  });
});
