import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/main/cli/seed-demo';
import type { Dialogs } from '../../../src/main/files/dialogs';
import { addTrainedMember, aMember } from '../../helpers/members';
import { openStoreDirectly } from '../../helpers/open-store-directly';
import { tempDir } from '../../helpers/temp-dir';
import { newStore, valueOf } from '../../helpers/test-backend';

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const saveInto = (dir: string): Dialogs => ({ chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) });

/** The numbers printed on the line that starts with `label` (thousands separators removed). */
function figuresOn(text: string, label: string): string[] {
  const line = text.split('\n').find((l) => l.trim().startsWith(`${label} `));
  if (!line) throw new Error(`No line "${label}" in the report`);
  return line.trim().slice(label.length).trim().split(/\s{2,}/).map((v) => v.replaceAll(',', ''));
}

async function demoReport() {
  const dir = tempDir();
  const store = await newStore({ dialogs: saveInto(dir) });
  await seedDemo(store.backend, store.clock());
  const saved = await valueOf(store.backend.invoke('reports.saveMonthly', { month: '2026-10' }));
  return { ...store, file: join(dir, saved.fileName ?? '') };
}

describe('§3.E, §6 the monthly statistical summary', () => {
  it('§6: every activity figure pdftotext extracts equals an independent SQL query of the demo data; qpdf --check passes', async () => {
    const { backend, dataDir, file } = await demoReport();
    execFileSync('qpdf', ['--check', file]);
    const text = pdfText(file);
    backend.close();
    const db = await openStoreDirectly(dataDir);
    const one = (sql: string, ...args: string[]) => String((db.prepare(sql).get(...args) as { v: number | null }).v ?? 0);
    const tallySum = (expr: string) => [
      one(`SELECT sum(${expr}) AS v FROM tallies WHERE month = '2026-10'`),
      one(`SELECT sum(${expr}) AS v FROM tallies WHERE month = '2025-10'`),
      one(`SELECT sum(${expr}) AS v FROM tallies WHERE month BETWEEN '2026-01' AND '2026-10'`),
    ];
    const contacts = 'contacts_one_on_one + contacts_group + contacts_on_scene + contacts_defusing + contacts_debriefing + contacts_follow_up + contacts_family + contacts_hospital_visit';
    expect(figuresOn(text, 'Contacts, total')).toEqual(tallySum(contacts));
    expect(figuresOn(text, 'One-on-one')).toEqual(tallySum('contacts_one_on_one'));
    expect(figuresOn(text, 'Follow-up')).toEqual(tallySum('contacts_follow_up'));
    expect(figuresOn(text, 'Hours on duty')).toEqual(tallySum('hours_on_duty'));
    expect(figuresOn(text, 'Hours off duty')).toEqual(tallySum('hours_off_duty'));
    expect(figuresOn(text, 'Referrals')).toEqual(tallySum('referrals_eap + referrals_clinician + referrals_chaplain + referrals_other'));
    const byDate = (sql: string) => [one(sql, '2026-10-01', '2026-10-31'), one(sql, '2025-10-01', '2025-10-31'), one(sql, '2026-01-01', '2026-10-31')];
    expect(figuresOn(text, 'Group interventions held')).toEqual(byDate('SELECT count(*) AS v FROM interventions WHERE substr(held_at, 1, 10) BETWEEN ? AND ?'));
    expect(figuresOn(text, 'Critical incidents')).toEqual(byDate('SELECT count(*) AS v FROM incidents WHERE substr(occurred_at, 1, 10) BETWEEN ? AND ?'));
    expect(figuresOn(text, 'Exception notices')).toEqual(byDate('SELECT count(*) AS v FROM exception_notices WHERE occurred_on BETWEEN ? AND ?'));
    expect(figuresOn(text, 'Approved overtime hours')).toEqual(byDate("SELECT sum(hours) AS v FROM overtime_requests WHERE decision = 'approved' AND worked_on BETWEEN ? AND ?"));
    // §6: the demo's October concerns are Family 4, Grief 2, Workplace 10; Grief is small and Family goes with it.
    expect(one("SELECT sum(concern_family) || ',' || sum(concern_grief) || ',' || sum(concern_workplace) AS v FROM tallies WHERE month = '2026-10'")).toBe('4,2,10');
    expect(text).toMatch(/Family\s+x\b/);
    expect(text).toMatch(/Grief\s+x\b/);
    expect(text).toMatch(/Workplace\s+10\b/);
    expect(text).toMatch(/Page 1 of 2 — Confidential — statistical information only/);
    expect(text).toMatch(/Prepared by Jordan Ellery on November 22, 2026/);
    db.close();
  });

  it('§6 small cells: a concern of 1 or 2 is hidden with the counts that would give it back from the total; the total stays exact; k comes from the policy', async () => {
    const dir = tempDir();
    const { backend } = await newStore({ dialogs: saveInto(dir) });
    const member = await addTrainedMember(backend);
    await valueOf(backend.invoke('tallies.submit', { memberId: member.id, month: '2026-10', noContacts: false, contacts: { oneOnOne: 8 }, hoursOnDuty: 4, hoursOffDuty: 0, concerns: { grief: 1, family: 2, workplace: 5, health: 9 } }));
    const saved = await valueOf(backend.invoke('reports.saveMonthly', { month: '2026-10' }));
    const text = pdfText(join(dir, saved.fileName ?? ''));
    expect(text).toMatch(/Grief\s+x\b/);
    expect(text).toMatch(/Family\s+x\b/);
    expect(text).toMatch(/Workplace\s+x\b/);
    expect(text).toMatch(/Health\s+9\b/);
    expect(text).toMatch(/Total\s+17\n/);
    expect(text).toContain('x: not printed — a count from 1 to 2, or a count that would let one be worked out from the total.');
    await valueOf(backend.invoke('policy.update', { changes: { smallCellSize: 6 }, reason: 'Department asked for stronger suppression' }));
    const stricter = await valueOf(backend.invoke('reports.monthly', { month: '2026-10' }));
    const concerns = stricter.breakdowns.find((b) => b.title === 'Contacts by concern');
    expect(Object.fromEntries(concerns?.cells.map((c) => [c.label, c.shown]) ?? [])).toMatchObject({ Grief: 'x', Family: 'x', Workplace: 'x', Health: '9', Legal: '0' });
    expect(concerns?.total).toBe(17);
  });

  it('§6 linked reports: a quarter prints a concern hidden in one of its months as "≥" what the months printed, never the sum that would give the month back', async () => {
    const { backend } = await newStore();
    const member = await addTrainedMember(backend);
    const concerns = { '2026-07': { grief: 4, workplace: 6 }, '2026-08': { grief: 1, workplace: 7 }, '2026-09': { grief: 5, workplace: 8 } };
    for (const [month, counts] of Object.entries(concerns)) {
      await valueOf(backend.invoke('tallies.submit', { memberId: member.id, month, noContacts: false, contacts: { oneOnOne: 3 }, hoursOnDuty: 1, hoursOffDuty: 0, concerns: counts, receivedOn: '2026-11-02' }));
    }
    const shown = async (request: { month: string } | { from: string; to: string }) => {
      const report = await valueOf(backend.invoke('month' in request ? 'reports.monthly' : 'reports.period', request as never));
      const b = (report as { breakdowns: { title: string; cells: { label: string; shown: string }[]; total: number }[] }).breakdowns.find((x) => x.title === 'Contacts by concern');
      return { ...Object.fromEntries(b?.cells.filter((c) => c.label === 'Grief' || c.label === 'Workplace').map((c) => [c.label, c.shown]) ?? []), total: b?.total };
    };
    expect(await shown({ month: '2026-08' })).toEqual({ Grief: 'x', Workplace: 'x', total: 8 });
    expect(await shown({ from: '2026-07', to: '2026-09' })).toEqual({ Grief: '≥ 9', Workplace: '≥ 14', total: 31 });
    expect(await shown({ from: '2026-07', to: '2026-08' })).toEqual({ Grief: '≥ 4', Workplace: '≥ 6', total: 18 });
  });

  it('fits its pages: no word outside the margins and no two words overlapping (pdftotext -bbox); pdftoppm renders every page', async () => {
    const { file } = await demoReport();
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const pages = html.split('<page ').slice(1);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const words = [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] }));
      expect(words.length).toBeGreaterThan(50);
      for (const w of words) {
        expect(w.x0, w.text).toBeGreaterThanOrEqual(40);
        expect(w.x1, w.text).toBeLessThanOrEqual(612 - 40);
        expect(w.y1, w.text).toBeLessThanOrEqual(792 - 20);
      }
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 1; j < words.length; j++) {
          const [a, b] = [words[i], words[j]] as [(typeof words)[number], (typeof words)[number]];
          const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;
          expect(overlap, `"${a.text}" overlaps "${b.text}"`).toBe(false);
        }
      }
    }
    const prefix = join(tempDir(), 'page');
    execFileSync('pdftoppm', ['-r', '40', '-png', file, prefix]);
    expect(readFileSync(`${prefix}-1.png`).subarray(1, 4).toString()).toBe('PNG');
  });

  it('a quarterly summary over a range of months sums its months and compares with a year earlier', async () => {
    const { backend } = await demoReport();
    const quarter = await valueOf(backend.invoke('reports.period', { from: '2026-07', to: '2026-09' }));
    const months = await Promise.all(['2026-07', '2026-08', '2026-09'].map((month) => valueOf(backend.invoke('tallies.summary', { month }))));
    expect(quarter).toMatchObject({ kind: 'period', months: 3, yearToDate: null });
    expect(quarter.current.contactsTotal).toBe(months.reduce((s, m) => s + m.contactsTotal, 0));
    expect(quarter.current.hoursOnDuty).toBe(months.reduce((s, m) => s + m.hoursOnDuty, 0));
    expect(await backend.invoke('reports.period', { from: '2026-09', to: '2026-07' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('the dashboard', () => {
  it('an empty program says so and lists nothing', async () => {
    const { backend } = await newStore();
    expect(await valueOf(backend.invoke('dashboard.today', {}))).toMatchObject({ empty: true, items: [] });
  });

  it('§6, §4.I, §2.F, §3.B, §7: the demo program shows missing tallies, inactive members, approvals, overtime and the unpublished roster, each linked to its screen', async () => {
    const { backend, clock } = await newStore();
    await seedDemo(backend, clock());
    const board = await valueOf(backend.invoke('dashboard.today', {}));
    const byId = new Map(board.items.map((i) => [i.id.replace(/-\d+$/, ''), i]));
    expect(byId.get('tallies-missing')).toMatchObject({ link: { screen: 'statistics', month: '2026-10' }, section: '§6', title: expect.stringMatching(/tallies missing for 2026-10/) });
    expect(byId.get('inactive')).toMatchObject({ link: { screen: 'roster', memberId: expect.any(Number) }, section: '§4.I' });
    expect(byId.get('candidates-approvals')).toMatchObject({ link: { screen: 'selection' }, detail: expect.stringMatching(/Sofia Marchetti \(manager\)/) });
    expect(byId.get('overtime-pending')).toMatchObject({ link: { screen: 'incidents', tab: 'overtime' }, section: '§3.B' });
    expect(byId.get('roster-unpublished')).toMatchObject({ link: { screen: 'roster', publish: true } });
    expect(board.trend).toHaveLength(12);
    expect(board.items[0]?.severity).toBe('urgent');
  });

  it('§6, §8: missing tallies are chased only from members still serving; the summary still counts every one', async () => {
    const { backend } = await newStore();
    await addTrainedMember(backend, { firstName: 'Maria', lastName: 'Alvarez', workPhone: '(707) 555-0111' });
    const leaver = await addTrainedMember(backend, { firstName: 'Helen', lastName: 'Park', workPhone: '(707) 555-0128' });
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Kevin', lastName: 'Doyle', workPhone: '(707) 555-0127' }))); // training pending
    await valueOf(backend.invoke('roster.changeStatus', { id: leaver.id, status: 'resigned', effectiveOn: '2026-11-05', reasonCategory: 'left-department' }));
    const board = await valueOf(backend.invoke('dashboard.today', {}));
    expect(board.items.find((i) => i.id === 'tallies-missing')).toMatchObject({ title: '1 tallies missing for 2026-10', detail: 'Maria Alvarez' });
    const october = await valueOf(backend.invoke('reports.monthly', { month: '2026-10' }));
    expect(october.submissions.missing).toBe(3);
  });
});
