import { existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { IsoDate } from '../../shared/calendar';
import type { BackupCheck, BackupInfo } from '../../shared/backups';
import type { SessionStatus } from '../../shared/session';
import { AppError, validationError } from '../errors';
import { fsyncFolder } from '../files/atomic-write';
import { refuseDataFolder } from '../files/data-folder-guard';
import type { Dialogs } from '../files/dialogs';
import { automaticBackup, keepDamagedCopy, swapInBackup } from '../store/backups/automatic-backups';
import { backupsDirOf, listBackups } from '../store/backups/backup-files';
import { BackupFormatError, readBackupParts } from '../store/backups/container';
import { verifyBackup } from '../store/backups/verify-backup';
import { writeBackup } from '../store/backups/write-backup';
import { removeStoreFiles } from '../store/open-store';
import type { Db } from '../store/open-database';
import { assertNoOtherProcessHasStoreOpen } from '../store/store-lock';
import { recordAudit } from '../store/store';
import type { KeyFile } from '../store/vault/key-file';
import { unwrapKey } from '../store/vault/key-wrapping';
import { generateRecoveryCode, normalizeRecoveryCode } from '../store/vault/recovery-code';
import { assertStrong } from '../store/vault/vault';
import { ensurePrivateDataDir, wrongPassphrase, type Session } from './session';

/**
 * Backups as the Coordinator sees them: the automatic ones in the data folder, "Back up now"
 * to a drive, checking a file, and the three restores — while unlocked, from the Unlock
 * screen when the database failed its check, and into an empty folder from a backup file.
 * A restore swaps the file under the open store, so it belongs to the session.
 */

export function listSessionBackups(session: Session): { backups: BackupInfo[]; problem: string | null } {
  session.store();
  return { backups: listBackups(backupsDirOf(session.dataDir)), problem: session.backupProblem };
}

/** A backup written to a file the Coordinator chose (a removable drive). */
function backupTo(session: Session, file: string): void {
  const store = session.store();
  refuseDataFolder(file, session.dataDir);
  writeBackup(store.read(), file, { at: session.clock(), reason: 'manual', keys: session.vault.read() });
  store.write({ action: 'backups.create', entity: 'store' }, () => undefined);
}

function verifyFile(session: Session, file: string): BackupCheck {
  const dataKey = session.heldDataKey();
  try {
    return verifyBackup(file, dataKey);
  } finally {
    dataKey.fill(0);
  }
}

function assertRestorable(check: BackupCheck, path: string): void {
  if (!check.ok) throw validationError(`That backup cannot be restored: ${check.problem}`, [{ path, message: check.problem ?? 'Not verified' }]);
}

/** Reopens the swapped-in database and records the restore in it. */
function reopenRestored(session: Session, dataKey: Buffer): void {
  const db = session.openWithKey(dataKey);
  recordAudit(db, { action: 'backups.restore', entity: 'store' }, session.clock(), session.actor);
  session.open(db, dataKey);
}

/**
 * Restores a backup: verified first, the current data kept as a "before restore" backup,
 * then swapped in and reopened. A backup made under an older passphrase opens: the
 * data key never changes, only its wrapping.
 */
function restoreFrom(session: Session, file: string): void {
  assertNoOtherProcessHasStoreOpen(session.dataDir);
  const store = session.store();
  const dataKey = session.heldDataKey();
  assertRestorable(verifyBackup(file, dataKey), 'file');
  automaticBackup(store.read(), session.files, session.clock(), 'before-restore', session.vault.read());
  session.lock();
  // Again at the swap: another process may have unlocked while the safety copy was made.
  assertNoOtherProcessHasStoreOpen(session.dataDir);
  swapInBackup(session.files, file);
  reopenRestored(session, dataKey);
}

/** Restores one of the data folder's automatic backups, by name. */
export function restoreAutomatic(session: Session, name: string): void {
  if (!listSessionBackups(session).backups.some((b) => b.name === name)) throw new AppError('not_found', `No backup named ${name}.`);
  restoreFrom(session, join(backupsDirOf(session.dataDir), name));
}

/**
 * Deletes the backup named and every older one in the data folder, after making a fresh
 * backup of the data as it is now (kept whatever happens): after a retention purge, the
 * Coordinator need not wait for the rotation to let go of the copies that still hold the
 * purged records (§2.A, §5.C), and is never left without a backup. Audited with the count.
 */
export function deleteBackupsUpTo(session: Session, name: string): { deleted: number } {
  const store = session.store();
  const dir = backupsDirOf(session.dataDir);
  const all = listBackups(dir);
  const chosen = all.find((b) => b.name === name);
  if (!chosen) throw new AppError('not_found', `No backup named ${name}.`);
  // Counted before the fresh backup, whose rotation may already let go of one of them.
  const fresh = automaticBackup(store.read(), session.files, session.clock(), 'daily', session.vault.read());
  const doomed = all.filter((b) => b.createdAt <= chosen.createdAt && b.name !== fresh.name);
  store.write({ action: 'backups.deleteUpTo', entity: 'store', entityId: `${doomed.length} up to ${chosen.createdAt}` }, () => undefined);
  for (const backup of doomed) rmSync(join(dir, backup.name), { force: true });
  fsyncFolder(dir);
  return { deleted: doomed.length };
}

/** From the Unlock screen, when the database failed its check: restore an automatic backup by name. */
export function restoreWhileLocked(session: Session, passphrase: string, name: string): Promise<SessionStatus> {
  return session.oneAttemptAtATime(async () => {
    if (session.state === 'unlocked') throw new AppError('conflict', 'PeerDesk is unlocked; restore from Settings → Backups.');
    assertNoOtherProcessHasStoreOpen(session.dataDir);
    const keyFile = session.vault.read();
    const dataKey = await session.vault.unwrap(keyFile.passphrase, passphrase, wrongPassphrase);
    const file = join(backupsDirOf(session.dataDir), name);
    assertRestorable(verifyBackup(file, dataKey), 'name');
    const { database } = session.files;
    if (existsSync(database) || existsSync(`${database}-wal`)) keepDamagedCopy(session.files, session.clock(), keyFile);
    swapInBackup(session.files, file);
    reopenRestored(session, dataKey);
    return session.status();
  });
}

/** A backup file is restored only into a data folder with no store, not even a lone database. */
function assertCanRestoreIntoEmptyFolder(session: Session): void {
  if (session.state !== 'needs-setup') throw new AppError('conflict', 'PeerDesk is already set up in this data folder; restore from Settings → Backups instead.');
  if (existsSync(session.files.database)) {
    throw new AppError('conflict', 'This data folder holds a PeerDesk database but not its key file (keys.json). Choose an empty data folder to restore a backup file into.');
  }
}

export type BackupSecret = { passphrase: string } | { recoveryCode: string; next: string };

/** The wrapped keys a backup file carries; an old-format backup carries none. */
function keysOfBackupFile(file: string): KeyFile {
  try {
    const { header } = readBackupParts(file);
    if (!header) {
      throw validationError(
        'That file is a backup from an earlier PeerDesk: it holds the database without its keys. Restore it in the data folder it came from (with its keys.json), then make a new backup.',
      );
    }
    return header.keys;
  } catch (error) {
    if (error instanceof BackupFormatError) throw validationError(`That backup cannot be restored: ${error.message}`);
    throw error;
  }
}

/**
 * Fresh install: recreates the store (database and keys.json) from a backup file, which
 * carries the wrapped keys beside the encrypted database. It opens with the passphrase
 * that was current when it was made, or with its recovery code and a new passphrase —
 * the used code is then replaced by a new one, returned to be shown once.
 * Wrong attempts are not throttled here: the backup file itself could be attacked offline.
 */
function restoreFromBackupFile(session: Session, file: string, secret: BackupSecret): Promise<{ recoveryCode: string | null }> {
  return session.oneAttemptAtATime(async () => {
    assertCanRestoreIntoEmptyFolder(session);
    if ('next' in secret) assertStrong(secret.next, 'next');
    const { files, vault } = session;
    const keys = keysOfBackupFile(file);
    const dataKey = 'next' in secret ? await unwrapKey(keys.recoveryCode, normalizeRecoveryCode(secret.recoveryCode)) : await unwrapKey(keys.passphrase, secret.passphrase);
    if (!dataKey) {
      throw new AppError(
        'locked',
        'next' in secret ? 'Wrong recovery code for this backup.' : 'Wrong passphrase for this backup. Use the passphrase that was current when it was made, or its recovery code.',
      );
    }
    const check = verifyBackup(file, dataKey);
    if (!check.ok) throw validationError(`That backup cannot be restored: ${check.problem}`);
    assertCanRestoreIntoEmptyFolder(session); // again: the dialog and the key derivation took time
    ensurePrivateDataDir(files.dataDir);
    const newRecoveryCode = 'next' in secret ? generateRecoveryCode() : null;
    let db: Db | null = null;
    try {
      swapInBackup(files, file);
      // Written before the store opens: a migration's backup carries these keys.
      if ('next' in secret && newRecoveryCode) {
        const [passphrase, recoveryCode] = await Promise.all([vault.wrap(dataKey, secret.next), vault.wrap(dataKey, newRecoveryCode)]);
        vault.write({ ...keys, passphrase, recoveryCode });
      } else {
        vault.write(keys);
      }
      db = session.openWithKey(dataKey);
      recordAudit(db, { action: 'backups.restore', entity: 'store' }, session.clock(), session.actor);
    } catch (error) {
      // The folder was empty of a store: only what this restore created is removed.
      db?.close();
      removeStoreFiles(files, { keys: true });
      throw error;
    }
    session.open(db, dataKey);
    return { recoveryCode: newRecoveryCode };
  });
}

/** "Restore from a backup file" on the first screen: the file is chosen in a dialog; cancelling restores nothing. */
export async function restoreFromChosenBackupFile(session: Session, dialogs: Dialogs, secret: BackupSecret): Promise<{ restored: boolean; recoveryCode: string | null }> {
  assertCanRestoreIntoEmptyFolder(session);
  const path = await dialogs.chooseOpenFile({ title: 'Restore PeerDesk from a backup file', extensions: ['db'] });
  if (!path) return { restored: false, recoveryCode: null };
  const { recoveryCode } = await restoreFromBackupFile(session, path, secret);
  return { restored: true, recoveryCode };
}

/** "Back up now": to a file chosen in a dialog, named with today's date. */
export async function backupToChosenFile(session: Session, dialogs: Dialogs, today: IsoDate): Promise<{ saved: boolean; fileName: string | null }> {
  session.store();
  const path = await dialogs.chooseSaveFile({ title: 'Back up PeerDesk to…', defaultName: `peerdesk-backup-${today}.db`, extensions: ['db'] });
  if (!path) return { saved: false, fileName: null };
  backupTo(session, path);
  return { saved: true, fileName: basename(path) };
}

/** "Check a backup": a file chosen in a dialog, opened and checked with the store's key. */
export async function verifyChosenFile(session: Session, dialogs: Dialogs): Promise<(BackupCheck & { fileName: string }) | null> {
  session.store();
  const path = await dialogs.chooseOpenFile({ title: 'Check a PeerDesk backup', extensions: ['db'] });
  return path ? { fileName: basename(path), ...verifyFile(session, path) } : null;
}

/** "Restore from a backup" while unlocked: a file chosen in a dialog. */
export async function restoreFromChosenFile(session: Session, dialogs: Dialogs): Promise<{ restored: boolean }> {
  session.store();
  const path = await dialogs.chooseOpenFile({ title: 'Restore PeerDesk from a backup', extensions: ['db'] });
  if (!path) return { restored: false };
  restoreFrom(session, path);
  return { restored: true };
}
