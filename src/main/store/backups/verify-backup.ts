import { errorCodeOf } from '../../errors';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { integrityReport, userVersion } from '../open-database';
import type { BackupCheck } from '../../../shared/backups';
import { migrations } from '../migrations';
import { BackupFormatError, readBackupParts } from './container';

/**
 * Before a backup is trusted: it opens with the data key, passes `PRAGMA integrity_check`,
 * and was not written by a newer PeerDesk. A backup file (container.ts) is unpacked
 * into a private temporary folder first (its database part stays encrypted); a bare
 * database from before that format is opened read-only in place. Checking changes nothing.
 */
export function verifyBackup(file: string, dataKey: Buffer): BackupCheck {
  let parts: ReturnType<typeof readBackupParts>;
  try {
    parts = readBackupParts(file);
  } catch (error) {
    if (error instanceof BackupFormatError) return { ok: false, schemaVersion: null, problem: error.message };
    return { ok: false, schemaVersion: null, problem: 'The file cannot be opened.' };
  }
  if (!parts.header) return verifyDatabaseFile(file, dataKey, true);
  const folder = mkdtempSync(join(tmpdir(), 'peerdesk-verify-'));
  try {
    const database = join(folder, 'backup.db');
    writeFileSync(database, parts.database, { mode: 0o600 });
    if (parts.wal.length) writeFileSync(`${database}-wal`, parts.wal, { mode: 0o600 });
    // A WAL is replayed only by a writable connection; this one is a private copy.
    return verifyDatabaseFile(database, dataKey, parts.wal.length === 0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function verifyDatabaseFile(file: string, dataKey: Buffer, readonly: boolean): BackupCheck {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly, fileMustExist: true });
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    const version = userVersion(db);
    const integrity = integrityReport(db, 'integrity_check');
    if (integrity.join() !== 'ok') return { ok: false, schemaVersion: version, problem: `The integrity check failed: ${integrity.slice(0, 3).join('; ')}` };
    if (version > migrations.length) return { ok: false, schemaVersion: version, problem: `It was made by a newer PeerDesk (schema ${version}).` };
    const members = db.prepare<[], number>('SELECT count(*) FROM members').pluck().get() ?? 0;
    return { ok: true, schemaVersion: version, problem: null, members };
  } catch (error) {
    const code = errorCodeOf(error);
    const problem = code === 'SQLITE_NOTADB' ? 'It does not open with this program’s key (another program, or not a PeerDesk backup).' : code === 'SQLITE_CANTOPEN' ? 'The file cannot be opened.' : `It cannot be read (${code || 'unknown error'}).`;
    return { ok: false, schemaVersion: null, problem };
  } finally {
    db?.close();
  }
}
