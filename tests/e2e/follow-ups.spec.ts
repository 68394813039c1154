import type { Backend } from '../../src/main/backend';
import { addTrainedMember } from '../helpers/members';
import { AppFramePage } from './pages/AppFramePage';
import { expect, test } from './harness';

const DAY = 86_400_000;

test.use({ testDate: '2026-11-22' });

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

/** Ana was deployed to three incidents this month and carries twice the team's median; Ben and Cai less. */
async function seed(backend: Backend) {
  const ana = await addTrainedMember(backend, { firstName: 'Ana', lastName: 'Brightwater' });
  const ben = await addTrainedMember(backend, { firstName: 'Ben', lastName: 'Castellano' });
  const cai = await addTrainedMember(backend, { firstName: 'Cai', lastName: 'Delgado' });
  for (const [member, contacts, hours] of [[ana, 14, 16], [ben, 5, 6], [cai, 6, 8]] as const) {
    await ok(backend.invoke('tallies.submit', { memberId: member.id, month: '2026-10', noContacts: false, contacts: { oneOnOne: contacts }, hoursOnDuty: hours }));
  }
  const incidents = [];
  for (const [day, category] of [['2026-11-01', 'suicide'], ['2026-11-05', 'serious-injury'], ['2026-11-20', 'assault-on-staff']] as const) {
    const incident = await ok(backend.invoke('incidents.record', { occurredAt: `${day}T10:00`, category }));
    await ok(backend.invoke('incidents.deploy', { incidentId: incident.id, memberId: ana.id, hours: 2 }));
    incidents.push(incident);
  }
  // The two earlier incidents' one-week check-ins were made.
  for (const incident of incidents.slice(0, 2)) await ok(backend.invoke('incidents.checkInDone', { incidentId: incident.id, interval: { amount: 1, unit: 'weeks' } }));
  return incidents.at(-1)?.id ?? 0;
}

test('§7, §3.F: a check-in due on the dashboard names the incident only, is marked done on the incident; the Supporters view flags the member who carries the most', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  app.advanceClock(5 * DAY); // 2026-11-27: one week after the incident of 20 November
  const incidentId = await seed(backend);
  const frame = new AppFramePage(page);
  await frame.goTo('Incidents');
  await frame.goTo('Dashboard');

  const title = `Incident #${incidentId} (Nov 20, 2026, Assault on staff): check-in due`;
  await expect(page.getByText(title)).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Brightwater');
  await page.screenshot({ path: test.info().outputPath('incident-check-ins.png') });

  await frame.goTo('Supporters');
  const table = page.getByRole('table', { name: 'Load of each member' });
  const ana = table.getByRole('row', { name: /Ana Brightwater/ });
  await expect(ana).toContainText('Deployed to 3 critical incidents in the last 30 days');
  await expect(ana).toContainText(/16 hours \(median 8\)/);
  await expect(table.getByRole('row', { name: /Ben Castellano/ })).not.toContainText('Deployed to');
  await table.getByRole('button', { name: 'Show months of Ana Brightwater' }).click();
  await expect(page.getByRole('table', { name: 'Months of Ana Brightwater' }).getByRole('row', { name: /Hours/ })).toContainText('16');
  await page.screenshot({ path: test.info().outputPath('supporter-load.png'), fullPage: true });

  await frame.goTo('Dashboard');
  await page.getByRole('button', { name: `Open Incidents: ${title}` }).click();
  const checkIns = page.getByRole('table', { name: `Check-ins after incident #${incidentId}` });
  await checkIns.getByRole('button', { name: 'Mark done: the 1 week check-in' }).click();
  await expect(checkIns.getByRole('row', { name: /1 week/ })).toContainText('Done');
  await frame.goTo('Dashboard');
  await expect(page.getByText(/check-in due/)).toHaveCount(0);
});
