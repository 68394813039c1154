import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Backend } from '../../src/main/backend';
import { aMember } from '../helpers/members';
import { AppFramePage } from './pages/AppFramePage';
import { SetupPage } from './pages/SetupPage';
import { UnlockPage } from './pages/UnlockPage';
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

test('§2.A: "Delete this and older…" says what it deletes, makes a fresh backup first, and removes the chosen backup and the older ones', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  await backend.invoke('session.lock', {});
  app.advanceClock(86_400_000);
  await backend.invoke('session.unlock', { passphrase: PASSPHRASE });
  const backups = () => readdirSync(join(app.dataDir, 'backups'));
  // The day's backup is made once the window shows its first screen after the unlock.
  await expect.poll(backups).toHaveLength(2);
  await new AppFramePage(page).goTo('Settings');
  await page.getByRole('tab', { name: 'Backups' }).click();
  const table = page.getByRole('table', { name: 'Automatic backups' });
  const deleteButtons = table.getByRole('button', { name: /^Delete this and older: the backup of .* and every older one$/ });
  await expect(deleteButtons).toHaveCount(2);
  await deleteButtons.first().click();
  const dialog = page.getByRole('dialog', { name: 'Delete this backup and older ones?' });
  await expect(dialog).toContainText(/first makes a fresh backup.*Then the 2 backup\(s\) in the data folder made up to .* are deleted/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(backups()).toHaveLength(2);
  await deleteButtons.first().click();
  await dialog.getByRole('button', { name: 'Back up, then delete' }).click();
  await expect(page.getByText('Made a fresh backup and deleted 2 older one(s); the audit log keeps the count.')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2); // the header and the fresh backup
  expect(backups()).toHaveLength(1);
});

test('quick_check after unlock: a damaged database found by the check the status bar runs is explained on the Unlock screen, and the latest good backup restores from there', async ({ app }) => {
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
  // Unlocking answers before the check; the check then finds the damage and the app locks.
  await expect(page.getByText(/failed its integrity check\. Restore the latest good backup/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Unlock PeerDesk' })).toBeVisible();
  const restoreButton = page.getByRole('button', { name: 'Restore the latest good backup and unlock…' });
  // Restoring needs the passphrase, typed again.
  await expect(restoreButton).toBeDisabled();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await restoreButton.click();
  // Nothing is replaced until the Coordinator confirms.
  await page.getByRole('dialog', { name: 'Restore the latest good backup?' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock PeerDesk' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore the latest good backup and unlock…' }).click();
  await page.getByRole('dialog', { name: 'Restore the latest good backup?' }).getByRole('button', { name: 'Restore' }).click();
  await new AppFramePage(page).goTo('Roster');
  await expect(page.getByRole('row', { name: /^Maria Member0,/ })).toBeVisible();
  const roster = await backend.invoke('roster.list', {});
  expect(roster.ok && roster.value.members.length).toBe(40);
});

test('data safety: on a fresh install the Setup screen restores the store from a backup file with the passphrase of its day', async ({ app }) => {
  const { page, backend } = app;
  // A backup made on the old PC is on the drive (the exports folder answers the open dialog).
  await app.openUnlocked();
  await backend.invoke('roster.create', aMember({ firstName: 'Grace', lastName: 'Mensah' }));
  await backend.invoke('roster.create', aMember({ firstName: 'Ada', lastName: 'Okafor', workPhone: '(707) 555-0178' }));
  const made = await backend.invoke('backups.create', {});
  expect(made.ok && made.value.saved).toBe(true);
  expect(readdirSync(app.exportDir)).toHaveLength(1);
  // The new PC: an empty data folder.
  backend.close();
  rmSync(app.dataDir, { recursive: true });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Set up PeerDesk' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore from a backup file' }).click();
  // Both ways of opening the backup pass WCAG 2.1 AA (no serious or critical violations).
  for (const toggle of ['Use the recovery code instead', 'Use the passphrase instead']) {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: toggle }).click();
  }
  await page.getByLabel('Passphrase when the backup was made').fill('not the passphrase of that day');
  await page.getByRole('button', { name: 'Choose the backup file and restore' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong passphrase for this backup');
  expect(existsSync(join(app.dataDir, 'peerdesk.db'))).toBe(false);

  await page.getByLabel('Passphrase when the backup was made').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Choose the backup file and restore' }).click();
  await new AppFramePage(page).goTo('Roster');
  await expect(page.getByRole('row', { name: /^Grace Mensah/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Ada Okafor/ })).toBeVisible();
  expect(readdirSync(app.dataDir)).toEqual(expect.arrayContaining(['keys.json', 'keys.backup.json', 'peerdesk.db']));
});

test('data safety: a backup file restores on a fresh install with the recovery code, whose replacement is shown once', async ({ app }) => {
  const { page, backend } = app;
  const usedCode = await app.openUnlocked();
  await backend.invoke('roster.create', aMember({ firstName: 'Grace', lastName: 'Mensah' }));
  expect(await backend.invoke('backups.create', {})).toMatchObject({ ok: true, value: { saved: true } });
  backend.close();
  rmSync(app.dataDir, { recursive: true });

  await page.reload();
  await page.getByRole('button', { name: 'Restore from a backup file' }).click();
  await page.getByRole('button', { name: 'Use the recovery code instead' }).click();
  await page.getByRole('textbox', { name: /^Recovery code/ }).fill(usedCode);
  await page.getByLabel('New passphrase').fill('amber meadow violin 77');
  await page.getByLabel('Type it again').fill('amber meadow violin 77');
  await page.getByRole('button', { name: 'Choose the backup file and restore' }).click();
  // Opening the file and wrapping the key under the new passphrase and a new code takes three scrypt runs.
  await expect(page.getByRole('heading', { name: 'Keep your new recovery code' })).toBeVisible({ timeout: 30_000 });
  const setup = new SetupPage(page);
  const newCode = await setup.recoveryCode();
  expect(newCode).not.toBe(usedCode);
  await setup.confirmRecoveryCode(newCode);
  await new AppFramePage(page).goTo('Roster');
  await expect(page.getByRole('row', { name: /^Grace Mensah/ })).toBeVisible();
  await new AppFramePage(page).lock();
  expect(await backend.invoke('session.recover', { recoveryCode: usedCode, next: 'copper willow signal 19', confirmation: 'copper willow signal 19' })).toMatchObject({ ok: false, error: { message: 'Wrong recovery code' } });
});

test('data safety: a deleted peerdesk.db is named on the Unlock screen, no empty store appears, and the newest good backup restores after confirmation', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  await backend.invoke('roster.create', aMember({ firstName: 'Grace', lastName: 'Mensah' }));
  await backend.invoke('session.lock', {});
  app.advanceClock(86_400_000);
  await backend.invoke('session.unlock', { passphrase: PASSPHRASE }); // today's backup holds Grace
  await backend.invoke('session.lock', {});
  rmSync(join(app.dataDir, 'peerdesk.db'));

  await page.reload();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('peerdesk.db is missing from the data folder; PeerDesk did not create a new, empty one.');
  expect(existsSync(join(app.dataDir, 'peerdesk.db'))).toBe(false);
  await page.getByRole('button', { name: 'Restore the latest good backup and unlock…' }).click();
  await page.getByRole('dialog', { name: 'Restore the latest good backup?' }).getByRole('button', { name: 'Restore' }).click();
  await new AppFramePage(page).goTo('Roster');
  await expect(page.getByRole('row', { name: /^Grace Mensah/ })).toBeVisible();
});

test('data safety: a damaged keys.json is named on the Unlock screen (not "Wrong passphrase") and "Use the copy" puts it back', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  await backend.invoke('session.lock', {});
  const keys = join(app.dataDir, 'keys.json');
  const fd = openSync(keys, 'r+');
  writeSync(fd, Buffer.from('#'), 0, 1, 0);
  closeSync(fd);

  await page.reload();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('keys.json is damaged');
  await expect(page.getByText('Wrong passphrase')).toHaveCount(0);
  await page.getByRole('button', { name: 'Use the copy' }).click();
  await expect(page.getByText(/keys\.json was put back from its copy/)).toBeVisible();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Unlock PeerDesk' })).toHaveCount(0);
});

/** Holds every `session.maintenance` call until the test lets it through, so a running step can be seen on screen. */
function holdMaintenance(backend: Backend): { release(): Promise<void> } {
  const waiting: (() => void)[] = [];
  const invoke = backend.invoke;
  backend.invoke = (async (channel: unknown, input: unknown) => {
    if (channel === 'session.maintenance') await new Promise<void>((resolve) => waiting.push(resolve));
    return invoke(channel, input);
  }) as Backend['invoke'];
  return {
    release: async () => {
      await expect.poll(() => waiting.length).toBe(1);
      waiting.shift()?.();
    },
  };
}

const DAY = 86_400_000;

test('first unlock of the day: the dashboard shows at once, then the status bar says "Checking the data file…", "Making today\'s backup…", and the time of the backup made', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  const statusBar = page.getByRole('contentinfo').getByRole('status');
  await expect(statusBar).toHaveText(/^Today's backup made at /); // the setup's
  await new AppFramePage(page).lock();
  app.advanceClock(DAY);
  const hold = holdMaintenance(backend);
  const dailyBackups = () => readdirSync(join(app.dataDir, 'backups')).filter((name) => name.endsWith('-daily.db'));

  await new UnlockPage(page).unlock(PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(statusBar).toHaveText('Checking the data file…');
  expect(dailyBackups()).toHaveLength(1);
  await hold.release();
  await expect(statusBar).toHaveText("Making today's backup…");
  await hold.release();
  await expect(statusBar).toHaveText(/^Today's backup made at \d/);
  expect(dailyBackups()).toHaveLength(2);
  await new AppFramePage(page).goTo('Settings');
  await page.getByRole('tab', { name: 'Backups' }).click();
  await expect(page.getByRole('table', { name: 'Automatic backups' }).getByRole('cell', { name: 'Daily' })).toHaveCount(2);
});

test('data safety: locking while the check runs loses nothing: the lock makes the day\'s backup, which restores with every member', async ({ app }) => {
  const { page, backend } = app;
  await app.openUnlocked();
  for (let i = 0; i < 5; i++) await backend.invoke('roster.create', aMember({ lastName: `Member${i}`, workPhone: `(707) 555-${1000 + i}` }));
  await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText(/^Today's backup made at /);
  await new AppFramePage(page).lock();
  app.advanceClock(DAY);
  const hold = holdMaintenance(backend);
  const dailyBackups = () => readdirSync(join(app.dataDir, 'backups')).filter((name) => name.endsWith('-daily.db')).sort();
  expect(dailyBackups()).toHaveLength(1);
  await new UnlockPage(page).unlock(PASSPHRASE);
  await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText('Checking the data file…');
  await new AppFramePage(page).lock();
  await expect(new UnlockPage(page).heading()).toBeVisible();
  expect(dailyBackups()).toHaveLength(2);
  await hold.release(); // the window's call, answered after the lock: nothing left to do
  const today = dailyBackups().at(-1) ?? '';
  await new UnlockPage(page).unlock(PASSPHRASE);
  await hold.release(); // this unlock's check
  const restored = await backend.invoke('backups.restoreAutomatic', { name: today });
  expect(restored).toEqual({ ok: true, value: { restored: true } });
  const roster = await backend.invoke('roster.list', {});
  expect(roster.ok && roster.value.members.length).toBe(5);
});
