import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../../src/main/backend';
import { headlessDialogs, type Dialogs } from '../../../../src/main/files/dialogs';
import { BACKUP_MAGIC, readBackupParts } from '../../../../src/main/store/backups/container';
import { aMember } from '../../../helpers/members';
import { openStoreDirectly } from '../../../helpers/open-store-directly';
import { tempDir } from '../../../helpers/temp-dir';
import { fastKdf } from '../../../helpers/fast-kdf';
import { newStore, PASSPHRASE, testClock, valueOf } from '../../../helpers/test-backend';

/** Dialogs that save to and open from one chosen file. */
function fileDialogs(file: string): Dialogs {
  return { ...headlessDialogs, chooseSaveFile: async () => file, chooseOpenFile: async () => file };
}

/** A backend on a data folder that does not exist yet (a fresh install on another PC). */
function freshInstall(file: string) {
  const dataDir = join(tempDir(), 'new-pc', 'data');
  return { dataDir, backend: createBackend({ dataDir, clock: testClock(), kdfParams: fastKdf, dialogs: fileDialogs(file), logError: () => undefined }) };
}

async function memberNames(backend: ReturnType<typeof createBackend>): Promise<string[]> {
  return (await valueOf(backend.invoke('roster.list', {}))).members.map((m) => m.displayName).sort();
}

/** A store with three members and a "Back up now" file on a removable drive. */
async function storeWithDriveBackup() {
  const file = join(tempDir(), 'drive', 'peerdesk-backup.db');
  mkdirSync(join(file, '..'));
  const store = await newStore({ dialogs: fileDialogs(file) });
  for (const [firstName, lastName] of [['Grace', 'Mensah'], ['Ada', 'Okafor'], ['Lin', 'Zhao']] as const) {
    await valueOf(store.backend.invoke('roster.create', aMember({ firstName, lastName, workPhone: `(707) 555-01${lastName.length}${firstName.length}` })));
  }
  await valueOf(store.backend.invoke('backups.create', {}));
  return { ...store, file };
}

describe('data safety: a backup file is enough on its own', () => {
  it('data safety: "Back up now" writes one file: the format header, keys.json\'s wrapped keys, then the encrypted database, with nothing readable', async () => {
    const { file, dataDir } = await storeWithDriveBackup();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 16).equals(BACKUP_MAGIC)).toBe(true);
    expect(bytes.readUInt32BE(16)).toBe(1);
    const { header, database, wal } = readBackupParts(file);
    expect(header).toMatchObject({ reason: 'manual', createdAt: '2026-11-22T09:00:00.000Z', schemaVersion: expect.any(Number), walBytes: 0 });
    expect(header?.keys).toEqual(JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8')));
    expect(wal.length).toBe(0);
    expect(database.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    for (const secret of ['Mensah', 'Okafor', PASSPHRASE]) expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
  });

  it('data safety: backups.restoreFromBackupFile recreates the store in an empty folder with the passphrase current when the backup was made', async () => {
    const { file } = await storeWithDriveBackup();
    const { backend, dataDir } = freshInstall(file);
    expect(await valueOf(backend.invoke('session.status', {}))).toMatchObject({ state: 'needs-setup' });
    expect(await valueOf(backend.invoke('session.restoreFromBackupFile', { passphrase: PASSPHRASE }))).toEqual({ restored: true, recoveryCode: null });
    expect(await valueOf(backend.invoke('session.status', {}))).toMatchObject({ state: 'unlocked' });
    expect(await memberNames(backend)).toEqual(['Ada Okafor', 'Grace Mensah', 'Lin Zhao']);
    expect((await valueOf(backend.invoke('audit.list', {}))).entries[0]).toMatchObject({ action: 'backups.restore' });
    expect(readdirSync(dataDir)).toEqual(expect.arrayContaining(['peerdesk.db', 'keys.json', 'keys.backup.json']));
    backend.close();
    const again = createBackend({ dataDir, kdfParams: fastKdf, logError: () => undefined });
    await valueOf(again.invoke('session.unlock', { passphrase: PASSPHRASE }));
    expect(await memberNames(again)).toHaveLength(3);
    again.close();
  });

  it('data safety: a backup file restores with its recovery code, the new passphrase opens the store, and the used code is replaced by a new one', async () => {
    const { file, recoveryCode } = await storeWithDriveBackup();
    const { backend, dataDir } = freshInstall(file);
    const next = 'successor chooses this one 9';
    expect(await backend.invoke('session.restoreFromBackupFile', { recoveryCode, next: 'short', confirmation: 'short' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    const restored = await valueOf(backend.invoke('session.restoreFromBackupFile', { recoveryCode: recoveryCode.toLowerCase(), next, confirmation: next }));
    expect(restored.recoveryCode).toMatch(/^([2-9A-Z]{5}-){7}[2-9A-Z]{5}$/);
    expect(restored.recoveryCode).not.toBe(recoveryCode);
    expect(await memberNames(backend)).toHaveLength(3);
    backend.close();
    const again = createBackend({ dataDir, kdfParams: fastKdf, logError: () => undefined });
    expect(await again.invoke('session.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { message: 'Wrong passphrase' } });
    const another = 'another passphrase of 2026';
    expect(await again.invoke('session.recover', { recoveryCode, next: another, confirmation: another })).toMatchObject({ ok: false, error: { message: 'Wrong recovery code' } });
    await valueOf(again.invoke('session.recover', { recoveryCode: restored.recoveryCode ?? '', next: another, confirmation: another }));
    again.close();
  });

  it('data safety: after a recovery, a backup made at once carries the new keys, so the new passphrase restores it on a fresh install', async () => {
    const { backend, dataDir, recoveryCode } = await storeWithDriveBackup();
    backend.close();
    const next = 'successor chooses this one 9';
    await valueOf(backend.invoke('session.recover', { recoveryCode, next, confirmation: next }));
    backend.close();
    const newest = readdirSync(join(dataDir, 'backups')).sort().at(-1) ?? '';
    const { backend: elsewhere } = freshInstall(join(dataDir, 'backups', newest));
    await valueOf(elsewhere.invoke('session.restoreFromBackupFile', { passphrase: next }));
    expect(await memberNames(elsewhere)).toHaveLength(3);
    elsewhere.close();
  });

  it('data safety: a wrong passphrase for a backup file is refused and the empty folder stays empty', async () => {
    const { file } = await storeWithDriveBackup();
    const { backend, dataDir } = freshInstall(file);
    expect(await backend.invoke('session.restoreFromBackupFile', { passphrase: 'not the passphrase at all' })).toMatchObject({
      ok: false,
      error: { code: 'locked', message: expect.stringMatching(/^Wrong passphrase for this backup/) },
    });
    expect(existsSync(dataDir) ? readdirSync(dataDir) : []).toEqual([]);
  });

  it('data safety: a backup file is never restored over a set-up store or beside a lone database', async () => {
    const { file, backend } = await storeWithDriveBackup();
    expect(await backend.invoke('session.restoreFromBackupFile', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const { backend: beside, dataDir } = freshInstall(file);
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'peerdesk.db'), 'the only copy of someone\'s records');
    expect(await beside.invoke('session.restoreFromBackupFile', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(readFileSync(join(dataDir, 'peerdesk.db'), 'utf8')).toBe('the only copy of someone\'s records');
  });

  it('data safety: the automatic backups (daily, before a restore) carry the keys too, are listed, and restore on their own', async () => {
    const { backend, dataDir } = await storeWithDriveBackup();
    await valueOf(backend.invoke('backups.restoreFile', {}));
    const { backups } = await valueOf(backend.invoke('backups.list', {}));
    expect(backups.map((b) => b.reason).sort()).toEqual(['before-restore', 'daily']);
    for (const b of backups) {
      const parts = readBackupParts(join(dataDir, 'backups', b.name));
      expect(parts.header?.reason, b.name).toBe(b.reason);
      expect(parts.header?.keys).toEqual(JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8')));
    }
    // The daily backup (made at setup, no members) restores into an empty folder on its own.
    const daily = join(dataDir, 'backups', backups.find((b) => b.reason === 'daily')?.name ?? '');
    const { backend: elsewhere } = freshInstall(daily);
    await valueOf(elsewhere.invoke('session.restoreFromBackupFile', { passphrase: PASSPHRASE }));
    expect(await memberNames(elsewhere)).toEqual([]);
    elsewhere.close();
  });

  it('data safety: an old-format backup (a bare encrypted database) still verifies and restores where keys.json is, and is refused plainly in an empty folder', async () => {
    const legacy = join(tempDir(), 'legacy-backup.db');
    const { backend, dataDir } = await newStore({ dialogs: fileDialogs(legacy) });
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Grace', lastName: 'Mensah' })));
    const db = await openStoreDirectly(dataDir);
    db.prepare('VACUUM INTO ?').run(legacy); // what every backup was before the backup file format
    db.close();
    await valueOf(backend.invoke('roster.create', aMember({ firstName: 'Later', lastName: 'Addition', workPhone: '(707) 555-0177' })));

    expect(await valueOf(backend.invoke('backups.verifyFile', {}))).toMatchObject({ ok: true, members: 1 });
    expect(await valueOf(backend.invoke('backups.restoreFile', {}))).toEqual({ restored: true });
    expect(await memberNames(backend)).toEqual(['Grace Mensah']);

    const { backend: elsewhere, dataDir: empty } = freshInstall(legacy);
    expect(await elsewhere.invoke('session.restoreFromBackupFile', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/backup from an earlier PeerDesk: it holds the database without its keys/) },
    });
    expect(existsSync(empty) ? readdirSync(empty) : []).toEqual([]);
  });

  it('data safety: a cut-short backup file is refused with a plain reason by verify and by restore', async () => {
    const { file, backend } = await storeWithDriveBackup();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await valueOf(backend.invoke('backups.verifyFile', {}))).toMatchObject({ ok: false, problem: expect.stringMatching(/cut short/) });
    expect(await backend.invoke('backups.restoreFile', {})).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/cut short/) } });
    const { backend: elsewhere } = freshInstall(file);
    expect(await elsewhere.invoke('session.restoreFromBackupFile', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/cut short/) } });
  });
});
