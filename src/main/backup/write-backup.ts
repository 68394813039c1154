import { rmSync } from 'node:fs';
import type { Db } from '../db/open-database';
import { removeStaleTemporaries, replaceFileAtomically, temporaryPathFor } from '../files/atomic-write';

/**
 * Copies the open, encrypted database to `file` with `VACUUM INTO` (the backup API does
 * not work on encrypted databases). SQLite writes the copy itself, to a temporary name of
 * the one file helper; the helper's last steps (owner-only mode, flush, rename, flush the
 * folder) put it in place, so a backup file is always complete.
 */
export function writeBackup(db: Db, file: string): void {
  removeStaleTemporaries(file);
  const temporary = temporaryPathFor(file);
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    replaceFileAtomically(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
