import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupReason } from '../../shared/backups';
import type { KeyFile } from '../db/key-file';
import type { Db } from '../db/open-database';
import { writeBackupFile } from './backup-container';

/**
 * Copies the open, encrypted database to `file` with `VACUUM INTO` (the backup API does
 * not work on encrypted databases), packed with the wrapped keys into one backup file
 * (backup-container.ts) so that it restores on a PC that has no keys.json. The copy is
 * encrypted with the same data key and the file is written atomically.
 */
export function writeBackup(db: Db, file: string, meta: { at: Date; reason: BackupReason; keys: KeyFile }): void {
  // VACUUM INTO reads through this connection, WAL included; the checkpoint also moves
  // committed pages into the main file first, so no copy of the store ever depends on the WAL.
  db.pragma('wal_checkpoint(TRUNCATE)');
  const temporary = join(dirname(file), `.peerdesk-backup-${process.pid}-${Date.now()}.tmp`);
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    writeBackupFile(file, { createdAt: meta.at.toISOString(), reason: meta.reason, schemaVersion, keys: meta.keys }, readFileSync(temporary));
  } finally {
    rmSync(temporary, { force: true });
  }
}
