import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../../shared/backups';
import type { KeyFile } from '../vault/key-file';
import { toIsoDate } from '../../../shared/calendar';
import { integrityReport, type Db } from '../open-database';
import type { StoreFiles } from '../store-files';
import { writeFileAtomic } from '../../files/atomic-write';
import { readBackupParts, writeBackupFile } from './container';
import { backupName, backupsDirOf, listBackups } from './backup-files';
import { backupsToKeep } from './retention';
import { verifyBackup } from './verify-backup';
import { writeBackup } from './write-backup';

/** Two backups in one second (a restore right after another) must not overwrite each other. */
function freeBackupName(dir: string, at: Date, reason: BackupReason): string {
  let stamp = at.getTime();
  while (existsSync(join(dir, backupName(new Date(stamp), reason)))) stamp += 1000;
  return backupName(new Date(stamp), reason);
}

/** An automatic backup into the data folder's `backups`, then the retention rule applied. */
export function automaticBackup(db: Db, files: StoreFiles, at: Date, reason: BackupReason, keys: KeyFile): BackupInfo {
  const dir = backupsDirOf(files.dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = freeBackupName(dir, at, reason);
  // The keys as they are now: the backup opens with the passphrase current when it was made.
  writeBackup(db, join(dir, name), { at, reason, keys });
  const all = listBackups(dir);
  // Daily backups rotate 7/4/12; those made before a migration or a restore are few and
  // tied to an event, so the newest five of each are kept whatever their age.
  const keep = backupsToKeep(all.filter((b) => b.reason === 'daily'));
  for (const event of ['before-migration', 'before-restore'] as const) for (const b of all.filter((x) => x.reason === event).slice(0, 5)) keep.add(b.name);
  for (const backup of all) if (backup.reason !== 'manual' && !keep.has(backup.name)) rmSync(join(dir, backup.name), { force: true });
  const made = all.find((b) => b.name === name);
  if (!made) throw new Error(`The backup ${name} was not kept in ${dir}.`);
  return made;
}

/** §"first unlock of each day": true when no automatic backup was made on `at`'s local date. */
export function needsDailyBackup(files: StoreFiles, at: Date): boolean {
  const today = toIsoDate(at);
  return !listBackups(backupsDirOf(files.dataDir)).some((b) => toIsoDate(new Date(b.createdAt)) === today);
}

/** The newest automatic backup that opens with the key and passes its integrity check. */
export function latestGoodBackup(files: StoreFiles, dataKey: Buffer): BackupInfo | null {
  const dir = backupsDirOf(files.dataDir);
  return listBackups(dir).find((b) => verifyBackup(join(dir, b.name), dataKey).ok) ?? null;
}

/** `PRAGMA quick_check` after unlocking: a damaged file is caught before anything is written to it. */
export function quickCheckPasses(db: Db): boolean {
  try {
    return integrityReport(db, 'quick_check').every((line) => line === 'ok');
  } catch {
    return false;
  }
}

/**
 * Puts a verified backup (either format) in place of the closed database. The WAL and
 * shared memory of the database it replaces are removed first (they belong to the old
 * file and would corrupt the new one); whatever they held was kept before, either by the
 * "before restore" backup (VACUUM INTO reads through the WAL) or by keepDamagedCopy. The
 * database is written whole or not at all, so the folder always holds one whole database.
 */
export function swapInBackup(files: StoreFiles, backupFile: string): void {
  const { database, wal } = readBackupParts(backupFile);
  for (const suffix of ['-wal', '-shm']) rmSync(files.database + suffix, { force: true });
  writeFileAtomic(files.database, database);
  if (wal.length) writeFileAtomic(`${files.database}-wal`, wal);
}

const bytesOrNothing = (file: string) => (existsSync(file) ? readFileSync(file) : Buffer.alloc(0));

/**
 * The damaged database kept byte for byte before a restore replaces it, in a backup file
 * with the keys: the main file AND its write-ahead log, since transactions committed after
 * the last checkpoint live only in the WAL (a process killed after committing leaves them there).
 */
export function keepDamagedCopy(files: StoreFiles, at: Date, keys: KeyFile): void {
  const dir = backupsDirOf(files.dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = freeBackupName(dir, at, 'before-restore');
  writeBackupFile(join(dir, name), { createdAt: at.toISOString(), reason: 'before-restore', schemaVersion: null, keys }, bytesOrNothing(files.database), bytesOrNothing(`${files.database}-wal`));
}
