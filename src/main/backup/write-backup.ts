import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../db/open-database';

/**
 * Copies the open, encrypted database to `file` with `VACUUM INTO` (the backup API does
 * not work on encrypted databases). The copy is encrypted with the same data key, written
 * to a temporary name, flushed and renamed, so a backup file is always complete.
 */
export function writeBackup(db: Db, file: string): void {
  const temporary = join(dirname(file), `.peerdesk-backup-${process.pid}-${Date.now()}.tmp`);
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    const fd = openSync(temporary, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
