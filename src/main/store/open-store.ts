import { existsSync, rmSync, statSync } from 'node:fs';
import type { Clock } from '../clock';
import { AppError, errorCodeOf } from '../errors';
import { automaticBackup, latestGoodBackup, quickCheckPasses } from './backups/automatic-backups';
import { migrate, schemaVersion } from './migrate';
import { migrations } from './migrations';
import { openEncryptedDatabase, type Db } from './open-database';
import type { StoreFiles } from './store-files';
import { keyFileCopyOf, type KeyFile } from './vault/key-file';

/**
 * Opens the store's database with its data key: present and non-empty first (opening a
 * missing or empty file would create a new, empty store over the program's records), then
 * a backup before any migration, then the migration. `quick_check` reads the whole file, so
 * it runs here only before a migration (which writes); otherwise the session runs it once
 * the first screen is shown, and in any case before anything is written (Session.checkIntegrityIfOwed).
 */
export function openStoreFile(files: StoreFiles, dataKey: Buffer, clock: Clock, keys: () => KeyFile): Db {
  const { database } = files;
  if (!existsSync(database)) throw damagedDatabase(files, dataKey, 'peerdesk.db is missing from the data folder; PeerDesk did not create a new, empty one.');
  if (statSync(database).size === 0) throw damagedDatabase(files, dataKey, 'peerdesk.db is empty (0 bytes); PeerDesk left it as it is.');
  let db: Db;
  try {
    db = openEncryptedDatabase(database, dataKey);
  } catch (error) {
    // The key unwrapped, so a file that does not open with it is damaged (or not ours).
    const code = errorCodeOf(error);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw damagedDatabase(files, dataKey, 'peerdesk.db is damaged: it does not open with its key.');
    throw error;
  }
  try {
    const version = schemaVersion(db);
    if (version > 0 && version < migrations.length) {
      // A migration writes: the file is checked first, as before any other write.
      if (!quickCheckPasses(db)) throw damagedDatabase(files, dataKey, 'The database failed its integrity check.');
      automaticBackup(db, files, clock(), 'before-migration', keys());
    }
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A new, empty store's database. The caller writes keys.json last: until it exists the
 * folder counts as not set up. A database without its key file is never overwritten: it
 * may be the only copy of the program's records, waiting for keys.json to be restored.
 */
export function createStoreFile(files: StoreFiles, dataKey: Buffer, initialize: (db: Db) => void): Db {
  if (existsSync(files.database)) {
    throw new AppError(
      'conflict',
      'This data folder holds a PeerDesk database but not its key file (keys.json). Restore the key file from a backup, or choose another data folder to start afresh.',
    );
  }
  let db: Db | null = null;
  try {
    db = openEncryptedDatabase(files.database, dataKey);
    migrate(db);
    initialize(db);
    return db;
  } catch (error) {
    // Only what this call itself created is removed.
    db?.close();
    removeStoreFiles(files, { keys: false });
    throw error;
  }
}

/** Removes what a failed setup or restore created in a folder that held no store before it. */
export function removeStoreFiles(files: StoreFiles, { keys }: { keys: boolean }): void {
  const paths = [files.database, `${files.database}-wal`, `${files.database}-shm`];
  if (keys) paths.push(files.keys, keyFileCopyOf(files.keys));
  for (const path of paths) rmSync(path, { force: true });
}

/** The error for a database that cannot be used: the problem, and the newest backup that verifies. */
export function damagedDatabase(files: StoreFiles, dataKey: Buffer, problem: string): AppError {
  const backup = latestGoodBackup(files, dataKey);
  return new AppError(
    'io',
    backup
      ? `${problem} Restore the latest good backup, made ${backup.createdAt.slice(0, 16).replace('T', ' ')} UTC (backups/${backup.name}).`
      : `${problem} There is no good backup in the data folder. To restore one from your removable drive, move this folder's files elsewhere and choose "Restore from a backup file" on the first screen (CLI: restore --from FILE into an empty folder).`,
    { backup: backup?.name ?? null },
  );
}
