import { rmSync } from 'node:fs';
import type { BackupReason } from '../../../shared/backups';
import type { KeyFile } from '../vault/key-file';
import { userVersion, type Db } from '../open-database';
import { removeStaleTemporaries, temporaryPathFor } from '../../files/atomic-write';
import { writeBackupFile } from './container';

/**
 * Copies the open, encrypted database to `file` with `VACUUM INTO` (the backup API does
 * not work on encrypted databases), packed with the wrapped keys into one backup file
 * (container.ts) so that it restores on a PC that has no keys.json. The copy is
 * encrypted with the same data key; SQLite writes it to a temporary name of the one file
 * helper, and the backup file is written through that helper, so it is always complete.
 */
export function writeBackup(db: Db, file: string, meta: { at: Date; reason: BackupReason; keys: KeyFile }): void {
  // VACUUM INTO reads through this connection, WAL included; the checkpoint also moves
  // committed pages into the main file first, so no copy of the store ever depends on the WAL.
  db.pragma('wal_checkpoint(TRUNCATE)');
  removeStaleTemporaries(file);
  const temporary = temporaryPathFor(file);
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    const schemaVersion = userVersion(db);
    writeBackupFile(file, { createdAt: meta.at.toISOString(), reason: meta.reason, schemaVersion, keys: meta.keys }, { copyOf: temporary });
  } finally {
    rmSync(temporary, { force: true });
  }
}
