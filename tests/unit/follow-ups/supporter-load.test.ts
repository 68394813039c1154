import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/main/backend';
import { deploymentsFlag, incidentsWithin, loadFlag, median, teamMedian } from '../../../src/main/domains/supporters/rules';
import type { Dialogs } from '../../../src/main/files/dialogs';
import { defaultPolicy } from '../../../src/shared/policy';
import { addTrainedMember } from '../../helpers/members';
import { tempDir } from '../../helpers/temp-dir';
import { newStore, valueOf } from '../../helpers/test-backend';

const policy = defaultPolicy;
const on = (incidentId: number, day: string) => ({ incidentId, on: day });

describe('§3.F support for the supporters: the rules', () => {
  it('§3.F: the median is the middle value, or the mean of the two middle ones; the team median leaves out members with no activity', () => {
    expect(median([])).toBe(0);
    expect(median([7, 1, 4])).toBe(4);
    expect(median([12, 4, 5, 6])).toBe(5.5);
    expect(teamMedian([{ contacts: 0, hours: 0 }, { contacts: 0, hours: 0 }, { contacts: 4, hours: 2 }, { contacts: 6, hours: 3 }, { contacts: 10, hours: 8 }])).toEqual({ contacts: 6, hours: 3, members: 3 });
  });

  it('§3.F, §9: a load is flagged at the policy multiple of the median (default 2×), not just below it', () => {
    const mid = { contacts: 5, hours: 5.5 };
    expect(loadFlag({ contacts: 9, hours: 11 }, mid, policy)).toMatchObject({ kind: 'load', section: '§3.F', message: '11 hours (median 5.5) in the last 3 months: 2× the team median or more (§3.F, §9).' });
    expect(loadFlag({ contacts: 9, hours: 10.75 }, mid, policy)).toBeNull();
    expect(loadFlag({ contacts: 10, hours: 1 }, mid, policy)?.message).toMatch(/^10 contacts \(median 5\)/);
    expect(loadFlag({ contacts: 10, hours: 1 }, mid, { loadFlagMultiple: 2.5 })).toBeNull();
    expect(loadFlag({ contacts: 3, hours: 3 }, { contacts: 0, hours: 0 }, policy)).toBeNull();
  });

  it('§3.G, §7: deployments to 3 critical incidents within 30 days are flagged (the defaults), 2 are not; the window counts today and the 29 days before', () => {
    expect(incidentsWithin([on(1, '2026-10-24'), on(2, '2026-11-05'), on(3, '2026-11-22')], '2026-11-22', 30)).toBe(3);
    expect(incidentsWithin([on(1, '2026-10-23'), on(2, '2026-11-05'), on(3, '2026-11-22')], '2026-11-22', 30)).toBe(2);
    expect(incidentsWithin([on(1, '2026-11-01'), on(1, '2026-11-02'), on(2, '2026-11-05')], '2026-11-22', 30)).toBe(2);
    expect(deploymentsFlag(3, policy)).toMatchObject({ kind: 'deployments', section: '§3.G', message: 'Deployed to 3 critical incidents in the last 30 days (§3.G, §7).' });
    expect(deploymentsFlag(2, policy)).toBeNull();
    expect(deploymentsFlag(3, { deploymentsFlagCount: 4, deploymentsFlagDays: 30 })).toBeNull();
  });
});

const tally = (backend: Backend, memberId: number, month: string, contacts: number, hours: number) =>
  valueOf(backend.invoke('tallies.submit', { memberId, month, noContacts: false, contacts: { oneOnOne: contacts }, hoursOnDuty: hours }));

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** A team of four (the test clock reads 2026-11-22): Ana carries twice the median and was deployed to three incidents this month. */
async function loadedTeam() {
  const dir = tempDir();
  const nas = join(dir, 'nas');
  mkdirSync(nas);
  const dialogs: Dialogs = { chooseFolder: async () => nas, chooseOpenFile: async () => null, chooseSaveFile: async ({ defaultName }) => join(dir, defaultName) };
  const store = await newStore({ dialogs });
  const { backend } = store;
  const ana = await addTrainedMember(backend, { firstName: 'Ana', lastName: 'Brightwater', staffGroup: 'Juvenile Hall' });
  const ben = await addTrainedMember(backend, { firstName: 'Ben', lastName: 'Castellano' });
  const cai = await addTrainedMember(backend, { firstName: 'Cai', lastName: 'Delgado' });
  const dee = await addTrainedMember(backend, { firstName: 'Dee', lastName: 'Erlich' });
  await tally(backend, ana.id, '2026-10', 9, 11);
  await tally(backend, ben.id, '2026-10', 4, 4);
  await tally(backend, cai.id, '2026-10', 5, 5);
  await tally(backend, dee.id, '2026-10', 6, 6);
  await tally(backend, ben.id, '2025-11', 20, 30); // twelve months ago: in the months shown, not in the recent three
  for (const [day, category] of [['2026-10-25', 'suicide'], ['2026-11-05', 'assault-on-staff'], ['2026-11-20', 'serious-injury']] as const) {
    const incident = await valueOf(backend.invoke('incidents.record', { occurredAt: `${day}T10:00`, category }));
    await valueOf(backend.invoke('incidents.deploy', { incidentId: incident.id, memberId: ana.id, hours: 2 }));
    if (day !== '2026-11-20') await valueOf(backend.invoke('incidents.deploy', { incidentId: incident.id, memberId: ben.id, hours: 1.5 }));
  }
  return { ...store, dir, nas, ana, ben, cai, dee };
}

describe('§3.F support for the supporters: the load view', () => {
  it('§3.F: contacts and hours per month over twelve months, deployments in 90 days, last activity, and the flags at their thresholds', async () => {
    const { backend, ana, ben, cai } = await loadedTeam();
    const load = await valueOf(backend.invoke('supporters.load', {}));
    expect(load.months).toHaveLength(12);
    expect(load.months[0]).toBe('2025-12');
    expect(load.months.at(-1)).toBe('2026-11');
    expect(load.recentMonths).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(load.median).toEqual({ contacts: 5.5, hours: 5.5, members: 4 });
    const of = (id: number) => load.members.find((m) => m.memberId === id);
    expect(of(ana.id)).toMatchObject({ displayName: 'Ana Brightwater', recent: { contacts: 9, hours: 11 }, deployments90: 3, deploymentHours90: 6, recentIncidents: 3, lastActivity: '2026-11-20' });
    expect(of(ana.id)?.months.find((m) => m.month === '2026-10')).toEqual({ month: '2026-10', contacts: 9, hours: 11 });
    expect(of(ana.id)?.flags.map((f) => f.kind)).toEqual(['load', 'deployments']);
    // Ben: two incidents, and twelve months ago is outside the view.
    expect(of(ben.id)).toMatchObject({ deployments90: 2, recentIncidents: 2, flags: [], lastActivity: '2026-11-05' });
    expect(of(ben.id)?.months.some((m) => m.contacts === 20)).toBe(false);
    expect(of(cai.id)).toMatchObject({ flags: [], deployments90: 0, lastActivity: '2026-10-31' });
  });

  it('§6, §3.F: the load figures and flags are never printed in the Chief’s report nor published on the NAS', async () => {
    const { backend, dir, nas } = await loadedTeam();
    const load = await valueOf(backend.invoke('supporters.load', {}));
    const flags = load.members.flatMap((m) => m.flags.map((f) => f.message));
    expect(flags.length).toBeGreaterThanOrEqual(2);

    const saved = await valueOf(backend.invoke('reports.saveMonthly', { month: '2026-10' }));
    const report = pdfText(join(dir, saved.fileName ?? ''));
    const monthly = JSON.stringify(await valueOf(backend.invoke('reports.monthly', { month: '2026-10' })));
    await valueOf(backend.invoke('settings.chooseNasFolder', {}));
    await valueOf(backend.invoke('roster.publish', {}));
    const published = [readFileSync(join(nas, 'index.html'), 'utf8'), readFileSync(join(nas, 'peer-support-team.csv'), 'utf8'), pdfText(join(nas, 'peer-support-team.pdf'))];
    expect(report.length).toBeGreaterThan(200);
    expect(published.join(' ')).toContain('Ana Brightwater');

    for (const text of [report, monthly, ...published]) {
      for (const message of flags) expect(text).not.toContain(message);
      expect(text).not.toMatch(/median|Deployed to|critical incidents in the last|deployments? in the last 90 days|last activity|\bload\b/i);
    }
  });
});
