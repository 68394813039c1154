import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { aMember } from '../helpers/members';
import { AppFramePage } from './pages/AppFramePage';
import { expect, test, PASSPHRASE } from './harness';

test('backups: back up now to a drive, change something, restore from the file; the replaced data is kept', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  await backend.invoke('roster.create', aMember({ firstName: 'Grace', lastName: 'Mensah' }));
  const frame = new AppFramePage(page);
  await frame.goTo('Settings');
  await page.getByRole('tab', { name: 'Backups' }).click();
  await expect(page.getByRole('table', { name: 'Automatic backups' }).getByRole('cell', { name: 'Daily' })).toBeVisible();
  await page.getByRole('button', { name: 'Back up now…' }).click();
  await expect(page.getByText(/^Backed up to peerdesk-backup-/)).toBeVisible();

  await backend.invoke('roster.create', aMember({ firstName: 'Later', lastName: 'Addition', workPhone: '(707) 555-0177' }));
  await page.getByRole('button', { name: 'Check a backup file…' }).click();
  await expect(page.getByText(/is a good backup \(1 members\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await page.getByRole('dialog', { name: 'Restore a backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/^Restored\. The data it replaced is kept/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Automatic backups' }).getByRole('cell', { name: 'Before a restore' })).toBeVisible();
  await frame.goTo('Roster');
  await expect(page.getByRole('row', { name: /^Grace Mensah/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Later Addition/ })).toHaveCount(0);
});

test('quick_check at unlock: a damaged database is explained and the latest good backup restores from the Unlock screen', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  for (let i = 0; i < 40; i++) await backend.invoke('roster.create', aMember({ lastName: `Member${i}`, workPhone: `(707) 555-${1000 + i}` }));
  await backend.invoke('session.lock', {});
  app.advanceClock(86_400_000);
  await backend.invoke('session.unlock', { passphrase: PASSPHRASE });
  await backend.invoke('session.lock', {});
  const file = join(app.dataDir, 'peerdesk.db');
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x41), 0, 4096, statSync(file).size - 4096);
  closeSync(fd);

  await page.reload();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText(/failed its integrity check\. Restore the latest good backup/)).toBeVisible();
  await page.getByRole('button', { name: 'Restore the latest good backup and unlock' }).click();
  await new AppFramePage(page).goTo('Roster');
  await expect(page.getByRole('row', { name: /^Maria Member0,/ })).toBeVisible();
  const roster = await backend.invoke('roster.list', {});
  expect(roster.ok && roster.value.members.length).toBe(40);
});
